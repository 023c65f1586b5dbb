// Step 2: the units' files. Import ward files (several at once) and review the unit sheets found,
// correcting a unit's name or group where it was read wrongly.
import {
  Badge,
  Caption1,
  Button,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "../context.js";
import { toImportFiles } from "../files.js";
import { parseGroups } from "../settings.js";
import type { UnitCheck } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  row: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  fileInput: { display: "none" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  unit: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalSNudge} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unitHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalSNudge,
  },
  unitFields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(90px, 120px)",
    gap: tokens.spacingHorizontalSNudge,
  },
  name: { minWidth: 0, width: "100%" },
  reading: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
  },
});

/** Step 2: imports the units' files and lists the unit sheets, with their name and group. */
export function UnitsStep() {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const fileInput = useRef<HTMLInputElement>(null);
  const onFiles = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (fileInput.current) fileInput.current.value = "";
    if (files.length) await controller.importFiles(await toImportFiles(files));
  };
  return (
    <section className={styles.step} aria-labelledby={stepTitleId("units")}>
      <StepHeader step="units" description={text("unitsIntro")} />
      {state.canImport ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
            {text("importFiles")}
          </Button>
          <input
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={text("importFiles")}
            data-testid="import-input"
            onChange={(e) => void onFiles(e.currentTarget.files)}
          />
          <Button disabled={busy} onClick={() => void controller.rescan()}>
            {text("reread")}
          </Button>
        </div>
      ) : (
        <>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text("importUnsupported")}</MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => void controller.rescan()}>
              {text("reread")}
            </Button>
          </div>
        </>
      )}
      <Text weight="semibold">
        {state.units.length ? text("unitsFound", { n: state.units.length }) : text("unitsNone")}
      </Text>
      {state.units.length ? (
        <>
          <Text className={styles.hint}>{text("unitsEditHint")}</Text>
          <ul className={styles.list}>
            {state.units.map((u) => (
              <UnitRow key={u.sheet} unit={u} />
            ))}
          </ul>
        </>
      ) : null}
      {state.skipped.length ? (
        <details>
          <summary>{text("skippedTitle", { n: state.skipped.length })}</summary>
          <ul>
            {state.skipped.map((k) => (
              <li key={k.sheet}>
                {k.sheet} ({text("skipReason", { reason: k.reason })})
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
  const groups = parseGroups(groupsText);
  // A unit whose group could not be decided (group-unknown) shows "not chosen" first.
  if (current === "") return ["", ...groups];
  return groups.includes(current) ? groups : [...groups, current];
}

/** One unit sheet: its readiness, and its name and group as corrected in the pane. */
function UnitRow(props: { unit: UnitCheck }) {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const u = props.unit;
  return (
    <li className={styles.unit} data-sheet={u.sheet}>
      <div className={styles.unitHead}>
        <Text weight="semibold">
          {text("colSheet")}: {u.sheet}
        </Text>
        <Badge appearance="outline" color={u.ready ? "success" : "danger"}>
          {u.ready ? text("statusReady") : text("statusBlocked")}
        </Badge>
      </div>
      {u.reading.length ? (
        <ul className={styles.reading} aria-label={text("readingLabel", { sheet: u.sheet })}>
          {u.reading.map((n) => (
            <li key={n.vi}>
              <Caption1>{state.lang === "en" ? n.en : n.vi}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.unitFields}>
        <UnitNameInput
          sheet={u.sheet}
          name={u.unit}
          label={text("unitNameLabel", { sheet: u.sheet })}
          onCommit={(v) => controller.setUnitName(u.sheet, v)}
        />
        <Select
          aria-label={text("unitGroupLabel", { sheet: u.sheet })}
          value={u.group}
          disabled={state.busy !== null}
          onChange={(_, d) => controller.setUnitGroup(u.sheet, d.value)}
        >
          {groupOptions(state.settings.groupsText, u.group).map((g) => (
            <option key={g} value={g}>
              {g === "" ? text("groupNotChosen") : g}
            </option>
          ))}
        </Select>
      </div>
    </li>
  );
}

/** The unit's name, edited freely and applied when the field is left or Enter is pressed. */
function UnitNameInput(props: { sheet: string; name: string; label: string; onCommit: (v: string) => void }) {
  const styles = useStyles();
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
      className={styles.name}
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
