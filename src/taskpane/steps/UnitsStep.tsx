// Step 2: the units' files. Import ward files (several at once) and review the unit sheets found,
// correcting a unit's name or group where it was read wrongly.
import { Badge, Button, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "../context.js";
import { toImportFiles } from "../files.js";
import { useStyles } from "../styles.js";
import type { UnitCheck } from "../controller.js";

export function UnitsStep() {
  const { c, state, t } = usePane();
  const s = useStyles();
  const busy = state.busy !== null;
  const fileInput = useRef<HTMLInputElement>(null);
  const onFiles = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (fileInput.current) fileInput.current.value = "";
    if (files.length) await c.importFiles(await toImportFiles(files));
  };
  return (
    <section className={s.section} aria-labelledby="step-units-title">
      <Text as="h2" id="step-units-title" weight="semibold" size={400}>
        {t("stepUnits")}
      </Text>
      <Text>{t("unitsIntro")}</Text>
      {state.canImport ? (
        <div className={s.row}>
          <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t("importFiles")}
          </Button>
          <input
            ref={fileInput}
            className={s.hiddenInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t("importFiles")}
            data-testid="import-input"
            onChange={(e) => void onFiles(e.currentTarget.files)}
          />
          <Button disabled={busy} onClick={() => void c.rescan()}>
            {t("reread")}
          </Button>
        </div>
      ) : (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("importUnsupported")}</MessageBarBody>
          </MessageBar>
          <div className={s.row}>
            <Button disabled={busy} onClick={() => void c.rescan()}>
              {t("reread")}
            </Button>
          </div>
        </>
      )}
      <Text weight="semibold">{state.units.length ? t("unitsFound", { n: state.units.length }) : t("unitsNone")}</Text>
      {state.units.length ? (
        <>
          <Text className={s.muted}>{t("unitsEditHint")}</Text>
          <ul className={s.unitList}>
            {state.units.map((u) => (
              <UnitRow key={u.sheet} unit={u} />
            ))}
          </ul>
        </>
      ) : null}
      {state.skipped.length ? (
        <details>
          <summary>{t("skippedTitle", { n: state.skipped.length })}</summary>
          <ul>
            {state.skipped.map((k) => (
              <li key={k.sheet}>
                {k.sheet} ({t("skipReason", { reason: k.reason })})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** Groups a unit can be put in: the settings' groups, plus its current one. */
function groupOptions(groupsText: string, current: string): string[] {
  const groups = groupsText.split(/[,;\n]/).map((g) => g.trim()).filter(Boolean);
  return groups.includes(current) ? groups : [...groups, current];
}

function UnitRow(props: { unit: UnitCheck }) {
  const { c, state, t } = usePane();
  const s = useStyles();
  const u = props.unit;
  return (
    <li className={s.unitItem} data-sheet={u.sheet}>
      <div className={s.unitHead}>
        <Text weight="semibold">
          {t("colSheet")}: {u.sheet}
        </Text>
        <Badge appearance="outline" color={u.ready ? "success" : "danger"}>
          {u.ready ? t("statusReady") : t("statusBlocked")}
        </Badge>
      </div>
      <div className={s.unitFields}>
        <UnitNameInput sheet={u.sheet} name={u.unit} label={t("unitNameLabel", { sheet: u.sheet })} onCommit={(v) => c.setUnitName(u.sheet, v)} />
        <Select aria-label={t("unitGroupLabel", { sheet: u.sheet })} value={u.group} disabled={state.busy !== null} onChange={(_, d) => c.setUnitGroup(u.sheet, d.value)}>
          {groupOptions(state.settings.groupsText, u.group).map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
      </div>
    </li>
  );
}

/** The unit's name, edited freely and applied when the field is left or Enter is pressed. */
function UnitNameInput(props: { sheet: string; name: string; label: string; onCommit: (v: string) => void }) {
  const s = useStyles();
  const [value, setValue] = useState(props.name);
  const [shown, setShown] = useState(props.name);
  if (shown !== props.name) {
    // The name changed from outside (a new reading of the workbook): show it.
    setShown(props.name);
    setValue(props.name);
  }
  const commit = () => {
    if (value.trim() && value !== props.name) props.onCommit(value);
    else setValue(props.name);
  };
  return (
    <Input
      className={s.grow}
      aria-label={props.label}
      value={value}
      onChange={(_, d) => setValue(d.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
      }}
    />
  );
}
