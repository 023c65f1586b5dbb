// Step 4, survey points (issue 15): which units have no survey points before scoring
// (`survey-missing`, with the points at stake), and one input per survey component per unit, each
// checked at its field (not a number, above the component's maximum for the unit's group).
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { displayCode, surveyLeaves } from "../../core/index.js";
import { usePane } from "../context.js";
import { surveyComponentsOf, surveyPartProblem, surveyTyped } from "../surveyInputs.js";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  unit: {
    border: "none",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fields: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  number: { width: "88px", minWidth: "88px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The survey-missing warning and the per-component survey inputs; nothing for a framework without survey points. */
export function SurveyPoints() {
  const { controller, state, text, render } = usePane();
  const styles = useStyles();
  const fw = state.framework;
  if (!fw || surveyLeaves(fw).length === 0) return null;
  const busy = state.busy !== null;
  const settings = state.settings;
  const missing = state.surveyMissing;
  return (
    <div className={styles.block} data-testid="survey-points">
      {missing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text("surveyMissingTitle", { n: missing.length })}</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((f) => (
                <li key={`${f.file ?? ""}|${f.sheet}`}>
                  {state.lang === "en" ? f.messageEn : f.message}
                  {surveyTyped(settings, f.sheet) ? ` (${text("surveyTyped")})` : null}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {/* Open at first when some unit has no survey points, so they can be typed right away. */}
      <Accordion collapsible defaultOpenItems={missing.length > 0 ? ["survey-parts"] : []}>
        <AccordionItem value="survey-parts">
          <AccordionHeader>{text("surveyPartsTitle")}</AccordionHeader>
          <AccordionPanel>
            <Text block className={styles.hint}>
              {text("surveyPartsHint")}
            </Text>
            {state.units.map((u) => (
              <fieldset key={u.sheet} className={styles.unit}>
                <legend className={styles.legend}>{u.unit}</legend>
                <div className={styles.fields}>
                  {surveyComponentsOf(fw, u.group).map(({ leaf, max }) => {
                    const value = settings.surveyParts[u.sheet]?.[leaf.code] ?? "";
                    const problem = surveyPartProblem(value, max);
                    const code = displayCode(leaf.code);
                    return (
                      <Field
                        key={leaf.code}
                        label={text("surveyPartLabel", { code, max })}
                        validationState={problem ? "error" : "none"}
                        validationMessage={problem ? render(problem) : undefined}
                      >
                        <Input
                          className={styles.number}
                          inputMode="decimal"
                          title={leaf.title}
                          aria-label={text("surveyPartAria", { code, title: leaf.title, unit: u.unit })}
                          value={value}
                          disabled={busy}
                          onChange={(_, d) => controller.setSurveyPart(u.sheet, leaf.code, d.value)}
                        />
                      </Field>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
