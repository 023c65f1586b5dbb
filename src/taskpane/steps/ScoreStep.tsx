// Step 4: score and rank. Settings (which score counts, groups, bands, survey points, last year,
// the document's header), then the summary and ranking sheets, and the results in plain words.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { foldLoose, UNCLASSIFIED, UNCLASSIFIED_EN } from "../../core/index.js";
import type { Framework, UnitScore } from "../../core/index.js";
import { usePane } from "../context.js";
import { FormulasAtRiskBar } from "./FormulasAtRiskBar.js";
import { ScoreSettings } from "./ScoreSettings.js";
import { scoringGate } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";
import { SurveyPoints } from "./SurveyPoints.js";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
  row: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
  },
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
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const fw = state.framework;
  const results = state.results;
  return (
    <section className={styles.step} aria-labelledby={stepTitleId("score")}>
      <StepHeader step="score" description={text("scoreIntro")} />
      <SurveyPoints />
      <ScoreSettings />
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
