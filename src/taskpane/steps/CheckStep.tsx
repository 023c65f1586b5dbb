// Step 3: check. Validate every sheet or one; see the findings grouped by unit, filtered by
// severity and rule, each selecting its cell in Excel; highlight the cells; a clear ready count.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { RULE_CATALOGUE } from "../../core/index.js";
import type { Severity } from "../../core/index.js";
import { usePane } from "../context.js";
import { countByRule, countSeverity, groupByRule, passes, visibleFindings } from "../findingFilters.js";
import { FindingList } from "../Findings.js";
import type { UnitCheck } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";
import { unitOptions } from "./UnitOptions.js";

const SEVERITIES: { id: Severity; key: "sevError" | "sevWarning" | "sevInfo" }[] = [
  { id: "error", key: "sevError" },
  { id: "warning", key: "sevWarning" },
  { id: "info", key: "sevInfo" },
];

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  row: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
  },
  readyCount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  severities: { border: "none", margin: 0, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  unitHeader: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalSNudge, alignItems: "center" },
  counts: { color: tokens.colorNeutralForeground3 },
});

/** The findings shown, one section per rule with its count and the units it concerns; each line names its sheet. */
function ByRule() {
  const { state, text } = usePane();
  const styles = useStyles();
  const groups = groupByRule(state.units, state.filter);
  return (
    <Accordion multiple collapsible data-testid="findings-by-rule">
      {groups.map((g) => {
        const entry = RULE_CATALOGUE.find((r) => r.id === g.rule);
        return (
          <AccordionItem key={g.rule} value={g.rule} data-rule-group={g.rule}>
            <AccordionHeader size="small">
              <span className={styles.unitHeader}>
                <strong>{entry ? entry.title[state.lang] : g.rule}</strong>
                <span className={styles.counts}>
                  {text("ruleCounts", { findings: g.findings.length, units: g.units })}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <FindingList findings={g.findings} showSheet />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

/** Which unit sections are open: the first unit with errors, for the list it was chosen from. */
function firstOpen(units: UnitCheck[]): { units: UnitCheck[]; items: string[] } {
  const first = units.find((u) => !u.ready);
  return { units, items: first ? [first.sheet] : [] };
}

/** Step 3: checks the unit sheets and lists their findings. */
export function CheckStep() {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const units = state.units;
  const [one, setOne] = useState("");
  const [by, setBy] = useState<"unit" | "rule">("unit");
  const target = units.some((u) => u.sheet === one) ? one : (units[0]?.sheet ?? "");
  const ready = units.filter((u) => u.ready).length;
  const all = useMemo(() => units.flatMap((u) => u.findings), [units]);
  const shown = visibleFindings(units, state.filter);
  const rules = useMemo(
    () =>
      countByRule(all).map(({ rule: id, count }) => {
        const entry = RULE_CATALOGUE.find((r) => r.id === id);
        return { id, count, title: entry ? entry.title[state.lang] : id };
      }),
    [all, state.lang],
  );

  // Units with errors open first; reset whenever a new check replaces the list.
  const [open, setOpen] = useState(() => firstOpen(units));
  if (open.units !== units) setOpen(firstOpen(units));

  return (
    <section className={styles.step} aria-labelledby={stepTitleId("check")}>
      <StepHeader step="check" description={text("checkIntro")} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !state.framework} onClick={() => void controller.validate()}>
          {text("checkAll")}
        </Button>
      </div>
      {units.length ? (
        <div className={styles.row}>
          <Field label={text("checkWhich")}>
            <Select value={target} disabled={busy} onChange={(_, d) => setOne(d.value)}>
              {unitOptions(units)}
            </Select>
          </Field>
          <Button disabled={busy || !target} onClick={() => void controller.validate(target)}>
            {text("checkOne")}
          </Button>
        </div>
      ) : null}

      {units.length === 0 ? (
        <Text>{state.ready ? text("unitsNone") : text("notChecked")}</Text>
      ) : (
        <div role="status" data-testid="ready-count">
          <Text as="p" className={styles.readyCount} block>
            {text("readyCount", { ready, total: units.length })}
          </Text>
          {ready < units.length ? <Text>{text("blockedCount", { n: units.length - ready })}</Text> : null}
        </div>
      )}

      {all.length ? (
        <>
          <fieldset className={styles.severities}>
            <legend>
              <Text weight="semibold">{text("filterSeverity")}</Text>
            </legend>
            <div className={styles.row}>
              {SEVERITIES.map((sev) => (
                <Checkbox
                  key={sev.id}
                  checked={state.filter.severities.includes(sev.id)}
                  onChange={() => controller.toggleSeverity(sev.id)}
                  label={text("sevCount", { label: text(sev.key), n: countSeverity(all, sev.id) })}
                />
              ))}
            </div>
          </fieldset>
          <Field label={text("filterRule")}>
            <Select
              value={state.filter.rule ?? ""}
              onChange={(_, d) => controller.setFilter({ rule: d.value || null })}
            >
              <option value="">{text("allRules")}</option>
              {rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({r.count})
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Button disabled={busy || shown.length === 0} onClick={() => void controller.highlight()}>
              {text("highlight")}
            </Button>
            <Button disabled={busy} onClick={() => void controller.clearHighlights()}>
              {text("clearHighlights")}
            </Button>
          </div>
          <Text className={styles.hint}>{text("findingHint")}</Text>
          {state.filter.severities.includes("info") ? null : (
            <Text className={styles.hint}>{text("findingsDefaultHint")}</Text>
          )}
          {shown.length === 0 ? <Text>{text("noFindingsShown")}</Text> : null}
          <Field label={text("groupBy")}>
            <RadioGroup layout="horizontal" value={by} onChange={(_, d) => setBy(d.value as "unit" | "rule")}>
              <Radio value="unit" label={text("groupByUnit")} />
              <Radio value="rule" label={text("groupByRule")} />
            </RadioGroup>
          </Field>
        </>
      ) : null}

      {by === "rule" && all.length ? <ByRule /> : null}

      {units.length && (by === "unit" || all.length === 0) ? (
        <Accordion
          multiple
          collapsible
          openItems={open.items}
          onToggle={(_, d) => setOpen({ units, items: d.openItems as string[] })}
        >
          {units.map((u) => {
            const mine = u.findings.filter((f) => passes(f, state.filter));
            return (
              <AccordionItem key={u.sheet} value={u.sheet} data-unit={u.sheet}>
                <AccordionHeader size="small">
                  <span className={styles.unitHeader}>
                    <Badge appearance="outline" color={u.ready ? "success" : "danger"}>
                      {u.ready ? text("statusReady") : text("statusBlocked")}
                    </Badge>
                    <span>
                      <strong>{u.unit}</strong> — {u.sheet}
                    </span>
                    <span className={styles.counts}>
                      {text("unitCounts", { errors: u.errors, warnings: u.warnings, infos: u.infos })}
                    </span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {mine.length ? (
                    <FindingList findings={mine} />
                  ) : (
                    <Text>{u.findings.length ? text("noFindingsShown") : text("noFindingsUnit")}</Text>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      ) : null}
    </section>
  );
}
