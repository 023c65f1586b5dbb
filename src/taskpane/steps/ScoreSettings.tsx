// The scoring step's settings as collapsed sections, each with a one-line summary of its state:
// which score counts, groups and bands, the points typed per unit, last year's results, and the
// document's header. Every field says at the field what is wrong with what was typed.
import { Accordion, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { documentHeader, frameworkSummary } from "../../core/index.js";
import type { CountedRule } from "../../core/index.js";
import { usePane } from "../context.js";
import {
  checkBand,
  checkDate,
  checkGroups,
  checkYear,
  FieldProblem,
  PointLimits,
  settingsProblems,
} from "../fieldChecks.js";
import { parseGroups } from "../settings.js";
import { Section } from "./Section.js";
import { UnitPoints } from "./UnitPoints.js";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  hint: { color: tokens.colorNeutralForeground3 },
  number: { width: "96px", minWidth: "72px" },
  wide: { width: "100%" },
});

const COUNTING: { value: CountedRule; key: "countingRule" | "countingAppraised" | "countingSelf" }[] = [
  { value: "appraised-else-self", key: "countingRule" },
  { value: "appraised", key: "countingAppraised" },
  { value: "self", key: "countingSelf" },
];

/** Field props for a problem found at the field (none when the text is fine). */
function useValidation() {
  const { render } = usePane();
  return (p: FieldProblem | null) =>
    p ? { validationState: p.intent, validationMessage: render(p.message) } : { validationState: "none" as const };
}

/** The limits of the typed points under the chosen criteria set. */
export function pointLimits(fw: ReturnType<typeof usePane>["state"]["framework"]): PointLimits {
  if (!fw) return {};
  return { survey: frameworkSummary(fw).surveyMax, bonus: fw.bonusMax, penalty: fw.penaltyMax };
}

/** The settings sections of step 4, all collapsed at first. */
export function ScoreSettings() {
  const { controller, state, text, formatNumber } = usePane();
  const styles = useStyles();
  const v = useValidation();
  const busy = state.busy !== null;
  const fw = state.framework;
  const settings = state.settings;
  const limits = pointLimits(fw);
  const problems = settingsProblems(settings, state.units, limits).filter(([, p]) => p.intent === "error");
  const count = (pred: (id: string) => boolean) => problems.filter(([id]) => pred(id)).length;
  const invalid = (n: number) => (n ? text("summaryInputsInvalid", { n }) : undefined);
  const unitSheets = new Set(state.units.map((u) => u.sheet));
  const typed = state.units.filter((u) => Object.values(settings.inputs[u.sheet] ?? {}).some((x) => x?.trim())).length;
  const results = state.results;
  const status = results
    ? {
        appraised: results.filter((u) => u.appraisalStatus === "appraised").length,
        partial: results.filter((u) => u.appraisalStatus === "partial").length,
        none: results.filter((u) => u.appraisalStatus === "not-appraised").length,
      }
    : null;
  // Blank fields print what the workbook keeps (sheet "Thông tin văn bản"), else the engine's defaults.
  const defaults = documentHeader(state.keptHeader);
  const kept = state.keptHeader;
  const more: {
    id: "number" | "dateText" | "sign" | "signer";
    label: "numberLabel" | "dateLabel" | "signLabel" | "signerLabel";
    placeholder: string;
    check?: FieldProblem | null;
  }[] = [
    { id: "number", label: "numberLabel", placeholder: kept.number ?? "…/BC-SNV" },
    {
      id: "dateText",
      label: "dateLabel",
      placeholder:
        kept.dateText ?? (kept.date ? `${kept.date.day}/${kept.date.month}/${kept.date.year}` : "15/12/2025"),
      check: checkDate(settings.dateText),
    },
    { id: "sign", label: "signLabel", placeholder: kept.sign?.join(" / ") ?? "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" },
    { id: "signer", label: "signerLabel", placeholder: kept.signer ?? "" },
  ];
  const rule = COUNTING.find((c) => c.value === settings.counted) ?? COUNTING[0];
  const groups = parseGroups(settings.groupsText);

  return (
    <Accordion multiple collapsible>
      <Section value="counting" title={text("settingsCounting")} summary={text(rule.key)}>
        <div className={styles.fields}>
          <Field label={text("countingChoice")}>
            <Select
              className={styles.wide}
              value={settings.counted}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ counted: d.value as CountedRule })}
            >
              {COUNTING.map((c) => (
                <option key={c.value} value={c.value}>
                  {text(c.key)}
                </option>
              ))}
            </Select>
          </Field>
          {fw ? <Text block>{text("notApplicableRule", { rule: fw.notApplicableRule })}</Text> : null}
          {status ? <Text block>{text("countingStatus", status)}</Text> : null}
        </div>
      </Section>
      <Section
        value="groups"
        title={text("settingsGroups")}
        summary={
          groups.length
            ? text("summaryGroups", { groups: groups.length, bands: settings.bands.length })
            : text("summaryGroupsNone")
        }
        problem={invalid(count((id) => id === "groups" || id.startsWith("band-")))}
      >
        <div className={styles.fields}>
          <Field label={text("groupsLabel")} {...v(checkGroups(settings.groupsText))}>
            <Input
              value={settings.groupsText}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ groupsText: d.value })}
            />
          </Field>
          {settings.bands.map((b, i) => (
            <Field
              key={b.label}
              label={text("bandLabel", { label: state.lang === "en" ? (b.labelEn ?? b.label) : b.label })}
              {...v(checkBand(settings.bands, i))}
            >
              <Input
                className={styles.number}
                inputMode="decimal"
                value={b.minText}
                disabled={busy}
                onChange={(_, d) => controller.setBandMin(i, d.value)}
              />
            </Field>
          ))}
        </div>
      </Section>
      <Section
        value="inputs"
        title={text("settingsInputs")}
        summary={text("summaryInputs", { typed, total: state.units.length })}
        problem={invalid(count((id) => id.includes("|")))}
      >
        <Text block className={styles.hint}>
          {text("inputsHint", { survey: formatNumber(limits.survey ?? 0) })}
        </Text>
        <UnitPoints limits={limits} />
      </Section>
      <Section
        value="previous"
        title={text("settingsPrevious")}
        summary={
          settings.previousSheet
            ? text("summaryPrevious", { sheet: settings.previousSheet })
            : text("summaryPreviousNone")
        }
      >
        <Field label={text("previousSheet")}>
          <Select
            value={settings.previousSheet}
            disabled={busy}
            onChange={(_, d) => controller.updateSettings({ previousSheet: d.value })}
          >
            <option value="">{text("previousNone")}</option>
            {state.sheets
              .filter((sh) => !unitSheets.has(sh) && !state.frameworkSheets.includes(sh))
              .map((sh) => (
                <option key={sh} value={sh}>
                  {sh}
                </option>
              ))}
          </Select>
        </Field>
      </Section>
      <Section
        value="document"
        title={text("settingsDocument")}
        summary={text("summaryDocument", {
          body: settings.issuingBody.trim() || defaults.issuingBody,
          place: settings.place.trim() || defaults.place,
        })}
        problem={invalid(count((id) => id === "year"))}
      >
        <div className={styles.fields}>
          <Field label={text("yearLabel")} {...v(checkYear(settings.year))}>
            <Input
              className={styles.number}
              inputMode="numeric"
              value={settings.year}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ year: d.value })}
            />
          </Field>
          <Field label={text("parentBodyLabel")}>
            <Input
              value={settings.parentBody}
              placeholder={defaults.parentBody}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ parentBody: d.value })}
            />
          </Field>
          <Field label={text("issuingBodyLabel")}>
            <Input
              value={settings.issuingBody}
              placeholder={defaults.issuingBody}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ issuingBody: d.value })}
            />
          </Field>
          <Field label={text("placeLabel")}>
            <Input
              value={settings.place}
              placeholder={defaults.place}
              disabled={busy}
              onChange={(_, d) => controller.updateSettings({ place: d.value })}
            />
          </Field>
          {more.map((f) => (
            <Field key={f.id} label={text(f.label)} {...v(f.check ?? null)}>
              <Input
                value={settings[f.id]}
                placeholder={f.placeholder}
                disabled={busy}
                onChange={(_, d) => controller.updateSettings({ [f.id]: d.value })}
              />
            </Field>
          ))}
          <Text size={200}>{text("documentKept")}</Text>
        </div>
      </Section>
    </Accordion>
  );
}
