// Step 4: score and rank. Settings (which score counts, groups, bands, survey points, last year,
// the document's header), then the summary and ranking sheets, and the results in plain words.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { documentHeader, foldLoose, frameworkSummary } from "../../core/index.js";
import type { CountedRule, Framework, UnitScore } from "../../core/index.js";
import { usePane } from "../context.js";
import type { InputField } from "../controller.js";
import { useStyles } from "../styles.js";

export function ScoreStep() {
  const { c, state, t, n } = usePane();
  const s = useStyles();
  const busy = state.busy !== null;
  const fw = state.framework;
  const set = state.settings;
  const results = state.results;
  const status = results
    ? {
        appraised: results.filter((u) => u.appraisalStatus === "appraised").length,
        partial: results.filter((u) => u.appraisalStatus === "partial").length,
        none: results.filter((u) => u.appraisalStatus === "not-appraised").length,
      }
    : null;
  const fields: { id: InputField; key: "colSurvey" | "colBonus" | "colPenalty" }[] = [{ id: "survey", key: "colSurvey" }];
  if (fw?.bonusMax !== undefined) fields.push({ id: "bonus", key: "colBonus" });
  if (fw?.penaltyMax !== undefined) fields.push({ id: "penalty", key: "colPenalty" });
  const unitSheets = new Set(state.units.map((u) => u.sheet));
  const defaults = documentHeader();
  const carried = (sheet: string, field: InputField) => {
    const v = state.carried[sheet]?.[field];
    return typeof v === "number" ? n(v) : "";
  };

  return (
    <section className={s.section} aria-labelledby="step-score-title">
      <Text as="h2" id="step-score-title" weight="semibold" size={400}>
        {t("stepScore")}
      </Text>
      <Text>{t("scoreIntro")}</Text>
      <div>
        <Text weight="semibold" block>
          {t("settingsCounting")}
        </Text>
        <Field label={t("countingChoice")}>
          <Select value={set.counted} disabled={busy} onChange={(_, d) => c.updateSettings({ counted: d.value as CountedRule })}>
            <option value="appraised-else-self">{t("countingRule")}</option>
            <option value="appraised">{t("countingAppraised")}</option>
            <option value="self">{t("countingSelf")}</option>
          </Select>
        </Field>
        {fw ? <Text block>{t("notApplicableRule", { rule: fw.notApplicableRule })}</Text> : null}
        {status ? <Text block>{t("countingStatus", status)}</Text> : null}
      </div>
      <Accordion multiple collapsible>
        <AccordionItem value="groups">
          <AccordionHeader>{t("settingsGroups")}</AccordionHeader>
          <AccordionPanel>
            <div className={s.section}>
              <Field label={t("groupsLabel")}>
                <Input value={set.groupsText} disabled={busy} onChange={(_, d) => c.updateSettings({ groupsText: d.value })} />
              </Field>
              {set.bands.map((b, i) => (
                <Field key={b.label} label={t("bandLabel", { label: state.lang === "en" ? (b.labelEn ?? b.label) : b.label })}>
                  <Input className={s.narrowInput} inputMode="decimal" value={b.minText} disabled={busy} onChange={(_, d) => c.setBandMin(i, d.value)} />
                </Field>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="inputs">
          <AccordionHeader>{t("settingsInputs")}</AccordionHeader>
          <AccordionPanel>
            <Text block className={s.muted}>
              {t("inputsHint", { survey: n(fw ? frameworkSummary(fw).surveyMax : 0) })}
            </Text>
            <table className={s.table}>
              <thead>
                <tr>
                  <th scope="col">{t("colUnit")}</th>
                  {fields.map((f) => (
                    <th scope="col" key={f.id}>
                      {t(f.key)}
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
                          className={s.narrowInput}
                          inputMode="decimal"
                          aria-label={t("inputLabel", { what: t(f.key), unit: u.unit })}
                          placeholder={carried(u.sheet, f.id)}
                          value={set.inputs[u.sheet]?.[f.id] ?? ""}
                          disabled={busy}
                          onChange={(_, d) => c.setInput(u.sheet, f.id, d.value)}
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
          <AccordionHeader>{t("settingsPrevious")}</AccordionHeader>
          <AccordionPanel>
            <Field label={t("previousSheet")}>
              <Select value={set.previousSheet} disabled={busy} onChange={(_, d) => c.updateSettings({ previousSheet: d.value })}>
                <option value="">{t("previousNone")}</option>
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
          <AccordionHeader>{t("settingsDocument")}</AccordionHeader>
          <AccordionPanel>
            <div className={s.section}>
              <Field label={t("yearLabel")}>
                <Input className={s.narrowInput} inputMode="numeric" value={set.year} disabled={busy} onChange={(_, d) => c.updateSettings({ year: d.value })} />
              </Field>
              <Field label={t("parentBodyLabel")}>
                <Input value={set.parentBody} placeholder={defaults.parentBody} disabled={busy} onChange={(_, d) => c.updateSettings({ parentBody: d.value })} />
              </Field>
              <Field label={t("issuingBodyLabel")}>
                <Input value={set.issuingBody} placeholder={defaults.issuingBody} disabled={busy} onChange={(_, d) => c.updateSettings({ issuingBody: d.value })} />
              </Field>
              <Field label={t("placeLabel")}>
                <Input value={set.place} placeholder={defaults.place} disabled={busy} onChange={(_, d) => c.updateSettings({ place: d.value })} />
              </Field>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || !fw || state.units.length === 0} onClick={() => void c.score()}>
          {t("scoreButton")}
        </Button>
      </div>
      {state.units.length === 0 && state.ready ? <Text>{t("noUnitsToScore")}</Text> : null}
      {results && fw ? <Results scores={results} /> : null}
    </section>
  );
}

/** The ranking per group, as a quick look before opening the sheets. */
function Results(props: { scores: UnitScore[] }) {
  const { state, t, n } = usePane();
  const s = useStyles();
  const fw = state.framework!;
  const bandOf = (label: string | null) => {
    if (!label) return "";
    const b = fw.bands.find((x) => x.label === label);
    return state.lang === "en" ? (b?.labelEn ?? label) : label;
  };
  return (
    <div data-testid="results">
      <Text as="h3" weight="semibold" block>
        {t("resultsTitle")}
      </Text>
      {byGroup(fw, props.scores).map((g) => {
        const ranked = g.units.filter((u) => u.rank !== null).sort((a, b) => a.rank! - b.rank! || a.unit.localeCompare(b.unit, "vi"));
        const blocked = g.units.filter((u) => u.rank === null);
        return (
          <div key={g.group}>
            <Text as="h4" className={s.groupTitle} block>
              {t("groupHeading", { group: g.group, n: g.units.length })}
            </Text>
            <table className={s.table}>
              <thead>
                <tr>
                  <th scope="col">{t("colRank")}</th>
                  <th scope="col">{t("colUnit")}</th>
                  <th scope="col" className={s.num}>
                    {t("colIndex")}
                  </th>
                  <th scope="col">{t("colBand")}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((u) => (
                  <tr key={u.sheet}>
                    <td>{u.rank}</td>
                    <td>{u.unit}</td>
                    <td className={s.num}>{n(u.index, 2)}</td>
                    <td>{bandOf(u.band)}</td>
                  </tr>
                ))}
                {blocked.map((u) => (
                  <tr key={u.sheet}>
                    <td>—</td>
                    <td>{u.unit}</td>
                    <td className={s.num}>{n(u.index, 2)}</td>
                    <td>
                      {t("notRanked")} ({t("notRankedReason", { errors: u.errors })})
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
  return order.map((group) => ({ group, units: scores.filter((u) => foldLoose(u.group) === foldLoose(group)) })).filter((g) => g.units.length > 0);
}
