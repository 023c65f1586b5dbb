// Step 4: score and rank. Settings (which score counts, groups, bands, survey points, last year,
// the document's header), then the summary and ranking sheets, and the results in plain words.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { documentHeader, foldLoose, frameworkSummary, UNCLASSIFIED, UNCLASSIFIED_EN } from "../../core/index.js";
import type { CountedRule, Framework, UnitScore } from "../../core/index.js";
import { usePane } from "../context.js";
import { FormulasAtRiskBar } from "./FormulasAtRiskBar.js";
import type { InputField } from "../settings.js";
import { scoringGate } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";
import { SurveyPoints } from "./SurveyPoints.js";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  row: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  number: { width: "72px", minWidth: "72px" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th": {
      textAlign: "left",
      fontWeight: tokens.fontWeightSemibold,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    },
    "& td": {
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "middle",
    },
  },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  groupTitle: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Step 4: the scoring settings, then the summary and ranking sheets and the results. */
export function ScoreStep() {
  const { controller, state, text, formatNumber } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const fw = state.framework;
  const settings = state.settings;
  const results = state.results;
  const status = results
    ? {
        appraised: results.filter((u) => u.appraisalStatus === "appraised").length,
        partial: results.filter((u) => u.appraisalStatus === "partial").length,
        none: results.filter((u) => u.appraisalStatus === "not-appraised").length,
      }
    : null;
  const fields: { id: InputField; key: "colSurvey" | "colBonus" | "colPenalty" }[] = [
    { id: "survey", key: "colSurvey" },
  ];
  if (fw?.bonusMax !== undefined) fields.push({ id: "bonus", key: "colBonus" });
  if (fw?.penaltyMax !== undefined) fields.push({ id: "penalty", key: "colPenalty" });
  const unitSheets = new Set(state.units.map((u) => u.sheet));
  // Blank fields print what the workbook keeps (sheet "Thông tin văn bản"), else the engine's defaults.
  const defaults = documentHeader(state.keptHeader);
  const kept = state.keptHeader;
  const more: {
    id: "number" | "dateText" | "sign" | "signer";
    label: "numberLabel" | "dateLabel" | "signLabel" | "signerLabel";
    placeholder: string;
  }[] = [
    { id: "number", label: "numberLabel", placeholder: kept.number ?? "…/BC-SNV" },
    {
      id: "dateText",
      label: "dateLabel",
      placeholder:
        kept.dateText ?? (kept.date ? `${kept.date.day}/${kept.date.month}/${kept.date.year}` : "15/12/2025"),
    },
    { id: "sign", label: "signLabel", placeholder: kept.sign?.join(" / ") ?? "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" },
    { id: "signer", label: "signerLabel", placeholder: kept.signer ?? "" },
  ];
  const carried = (sheet: string, field: InputField) => {
    const v = state.carried[sheet]?.[field];
    return typeof v === "number" ? formatNumber(v) : "";
  };

  return (
    <section className={styles.step} aria-labelledby={stepTitleId("score")}>
      <StepHeader step="score" description={text("scoreIntro")} />
      <div>
        <Text weight="semibold" block>
          {text("settingsCounting")}
        </Text>
        <Field label={text("countingChoice")}>
          <Select
            value={settings.counted}
            disabled={busy}
            onChange={(_, d) => controller.updateSettings({ counted: d.value as CountedRule })}
          >
            <option value="appraised-else-self">{text("countingRule")}</option>
            <option value="appraised">{text("countingAppraised")}</option>
            <option value="self">{text("countingSelf")}</option>
          </Select>
        </Field>
        {fw ? <Text block>{text("notApplicableRule", { rule: fw.notApplicableRule })}</Text> : null}
        {status ? <Text block>{text("countingStatus", status)}</Text> : null}
      </div>
      <SurveyPoints />
      <Accordion multiple collapsible>
        <AccordionItem value="groups">
          <AccordionHeader>{text("settingsGroups")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              <Field label={text("groupsLabel")}>
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
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="inputs">
          <AccordionHeader>{text("settingsInputs")}</AccordionHeader>
          <AccordionPanel>
            <Text block className={styles.hint}>
              {text("inputsHint", { survey: formatNumber(fw ? frameworkSummary(fw).surveyMax : 0) })}
            </Text>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{text("colUnit")}</th>
                  {fields.map((f) => (
                    <th scope="col" key={f.id}>
                      {text(f.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.units.map((u) => (
                  <tr key={u.sheet}>
                    <td>{u.unit}</td>
                    {fields.map((f) => (
                      <td key={f.id}>
                        <Input
                          className={styles.number}
                          inputMode="decimal"
                          aria-label={text("inputLabel", { what: text(f.key), unit: u.unit })}
                          placeholder={carried(u.sheet, f.id)}
                          value={settings.inputs[u.sheet]?.[f.id] ?? ""}
                          disabled={busy}
                          onChange={(_, d) => controller.setInput(u.sheet, f.id, d.value)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="previous">
          <AccordionHeader>{text("settingsPrevious")}</AccordionHeader>
          <AccordionPanel>
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
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="document">
          <AccordionHeader>{text("settingsDocument")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              <Field label={text("yearLabel")}>
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
                <Field key={f.id} label={text(f.label)}>
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
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !fw || state.units.length === 0 || scoringGate(state).blocked}
          onClick={() => void controller.score()}
        >
          {text("scoreButton")}
        </Button>
      </div>
      <FormulasAtRiskBar action="score" />
      {scoringGate(state).blocked ? (
        <Text>{text("frameworkBlocksScoring", { errors: scoringGate(state).errors.length })}</Text>
      ) : null}
      {state.units.length === 0 && state.ready ? <Text>{text("noUnitsToScore")}</Text> : null}
      {results && fw ? <Results scores={results} /> : null}
    </section>
  );
}

/** The ranking per group, as a quick look before opening the sheets. */
function Results(props: { scores: UnitScore[] }) {
  const { state, text, formatNumber } = usePane();
  const styles = useStyles();
  const fw = state.framework!;
  const bandOf = (label: string | null) => {
    if (!label) return "";
    const b = fw.bands.find((x) => x.label === label);
    if (!b && label === UNCLASSIFIED) return state.lang === "en" ? UNCLASSIFIED_EN : label;
    return state.lang === "en" ? (b?.labelEn ?? label) : label;
  };
  return (
    <div data-testid="results">
      <Text as="h3" weight="semibold" block>
        {text("resultsTitle")}
      </Text>
      {byGroup(fw, props.scores).map((g) => {
        const ranked = g.units
          .filter((u) => u.rank !== null)
          .sort((a, b) => a.rank! - b.rank! || a.unit.localeCompare(b.unit, "vi"));
        const blocked = g.units.filter((u) => u.rank === null);
        return (
          <div key={g.group}>
            <Text as="h4" className={styles.groupTitle} block>
              {text("groupHeading", { group: g.group, n: g.units.length })}
            </Text>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{text("colRank")}</th>
                  <th scope="col">{text("colUnit")}</th>
                  <th scope="col" className={styles.numeric}>
                    {text("colIndex")}
                  </th>
                  <th scope="col">{text("colBand")}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((u) => (
                  <tr key={u.sheet}>
                    <td>{u.rank}</td>
                    <td>{u.unit}</td>
                    <td className={styles.numeric}>{formatNumber(u.index, 2)}</td>
                    <td>{bandOf(u.band)}</td>
                  </tr>
                ))}
                {blocked.map((u) => (
                  <tr key={u.sheet}>
                    <td>—</td>
                    <td>{u.unit}</td>
                    <td className={styles.numeric}>{formatNumber(u.index, 2)}</td>
                    <td>
                      {text("notRanked")} ({text("notRankedReason", { errors: u.errors })})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

/** Every unit by group, in the framework's group order and then any other group (units with errors included). */
function byGroup(fw: Framework, scores: UnitScore[]): { group: string; units: UnitScore[] }[] {
  const order = [...fw.groups];
  for (const u of scores) if (!order.some((g) => foldLoose(g) === foldLoose(u.group))) order.push(u.group);
  return order
    .map((group) => ({ group, units: scores.filter((u) => foldLoose(u.group) === foldLoose(group)) }))
    .filter((g) => g.units.length > 0);
}
