// Step 3: check. Validate every sheet or one; see the findings grouped by unit, filtered by
// severity and rule, each selecting its cell in Excel; highlight the cells; a clear ready count.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Checkbox, Field, Select, Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { RULE_CATALOGUE } from "../../core/index.js";
import type { Severity } from "../../core/index.js";
import { usePane } from "../context.js";
import { unitOptions } from "./UnitOptions.js";
import { passes, visibleFindings } from "../controller.js";
import { FindingList } from "../Findings.js";
import { useStyles } from "../styles.js";

const SEVERITIES: { id: Severity; key: "sevError" | "sevWarning" | "sevInfo" }[] = [
  { id: "error", key: "sevError" },
  { id: "warning", key: "sevWarning" },
  { id: "info", key: "sevInfo" },
];

export function CheckStep() {
  const { c, state, t } = usePane();
  const s = useStyles();
  const busy = state.busy !== null;
  const units = state.units;
  const [one, setOne] = useState("");
  const target = units.some((u) => u.sheet === one) ? one : (units[0]?.sheet ?? "");
  const ready = units.filter((u) => u.ready).length;
  const all = useMemo(() => units.flatMap((u) => u.findings), [units]);
  const shown = visibleFindings(units, state.filter);
  const rules = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of all) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts].map(([id, count]) => {
      const entry = RULE_CATALOGUE.find((r) => r.id === id);
      return { id, count, title: entry ? (state.lang === "en" ? entry.titleEn : entry.title) : id };
    });
  }, [all, state.lang]);

  // Units with errors open first; reset whenever a new check replaces the list.
  const firstOpen = (list: typeof units) => {
    const first = list.find((u) => !u.ready);
    return { units: list, items: first ? [first.sheet] : [] };
  };
  const [open, setOpen] = useState(() => firstOpen(units));
  if (open.units !== units) setOpen(firstOpen(units));

  return (
    <section className={s.section} aria-labelledby="step-check-title">
      <Text as="h2" id="step-check-title" weight="semibold" size={400}>
        {t("stepCheck")}
      </Text>
      <Text>{t("checkIntro")}</Text>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || !state.framework} onClick={() => void c.validate()}>
          {t("checkAll")}
        </Button>
      </div>
      {units.length ? (
        <div className={s.row}>
          <Field label={t("checkWhich")}>
            <Select value={target} disabled={busy} onChange={(_, d) => setOne(d.value)}>
              {unitOptions(units)}
            </Select>
          </Field>
          <Button disabled={busy || !target} onClick={() => void c.validate(target)}>
            {t("checkOne")}
          </Button>
        </div>
      ) : null}

      {units.length === 0 ? (
        <Text>{state.ready ? t("unitsNone") : t("notChecked")}</Text>
      ) : (
        <div role="status" data-testid="ready-count">
          <Text as="p" className={s.big} block>
            {t("readyCount", { ready, total: units.length })}
          </Text>
          {ready < units.length ? <Text>{t("blockedCount", { n: units.length - ready })}</Text> : null}
        </div>
      )}

      {all.length ? (
        <>
          <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
            <legend>
              <Text weight="semibold">{t("filterSeverity")}</Text>
            </legend>
            <div className={s.row}>
              {SEVERITIES.map((sev) => (
                <Checkbox
                  key={sev.id}
                  checked={state.filter.severities.includes(sev.id)}
                  onChange={() => c.toggleSeverity(sev.id)}
                  label={t("sevCount", { label: t(sev.key), n: all.filter((f) => f.severity === sev.id).length })}
                />
              ))}
            </div>
          </fieldset>
          <Field label={t("filterRule")}>
            <Select value={state.filter.rule ?? ""} onChange={(_, d) => c.setFilter({ rule: d.value || null })}>
              <option value="">{t("allRules")}</option>
              {rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({r.count})
                </option>
              ))}
            </Select>
          </Field>
          <div className={s.row}>
            <Button disabled={busy || shown.length === 0} onClick={() => void c.highlight()}>
              {t("highlight")}
            </Button>
            <Button disabled={busy} onClick={() => void c.clearHighlights()}>
              {t("clearHighlights")}
            </Button>
          </div>
          <Text className={s.muted}>{t("findingHint")}</Text>
          {shown.length === 0 ? <Text>{t("noFindingsShown")}</Text> : null}
        </>
      ) : null}

      {units.length ? (
        <Accordion multiple collapsible openItems={open.items} onToggle={(_, d) => setOpen({ units, items: d.openItems as string[] })}>
          {units.map((u) => {
            const mine = u.findings.filter((f) => passes(f, state.filter));
            return (
              <AccordionItem key={u.sheet} value={u.sheet} data-unit={u.sheet}>
                <AccordionHeader size="small">
                  <span style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center" }}>
                    <Badge appearance="outline" color={u.ready ? "success" : "danger"}>
                      {u.ready ? t("statusReady") : t("statusBlocked")}
                    </Badge>
                    <span>
                      <strong>{u.unit}</strong> — {u.sheet}
                    </span>
                    <span className={s.muted}>{t("unitCounts", { errors: u.errors, warnings: u.warnings, infos: u.infos })}</span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>{mine.length ? <FindingList findings={mine} /> : <Text>{u.findings.length ? t("noFindingsShown") : t("noFindingsUnit")}</Text>}</AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      ) : null}
    </section>
  );
}
