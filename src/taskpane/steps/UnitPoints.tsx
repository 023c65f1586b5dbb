// The points staff type per unit besides its self-assessment (survey, bonus, penalty): one card per
// unit, its name on a line of its own and the fields beside each other, each saying at the field
// what is wrong with what was typed. Narrow enough for a 320 px pane.
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/index.js";
import { usePane } from "../context.js";
import { checkPoints, PointLimits } from "../fieldChecks.js";
import type { InputField } from "../settings.js";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  name: { display: "block", fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  fields: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  field: { flexBasis: "84px", flexGrow: 1, maxWidth: "160px" },
  number: { width: "100%" },
});

/** The typed fields of the criteria set: survey always, bonus and penalty when it has them. */
export function pointFields(fw: Framework | null): { id: InputField; key: "colSurvey" | "colBonus" | "colPenalty" }[] {
  const fields: { id: InputField; key: "colSurvey" | "colBonus" | "colPenalty" }[] = [
    { id: "survey", key: "colSurvey" },
  ];
  if (fw?.bonusMax !== undefined) fields.push({ id: "bonus", key: "colBonus" });
  if (fw?.penaltyMax !== undefined) fields.push({ id: "penalty", key: "colPenalty" });
  return fields;
}

/** One card per unit with its survey, bonus and penalty fields. */
export function UnitPoints(props: { limits: PointLimits }) {
  const { controller, state, text, render, formatNumber } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const fields = pointFields(state.framework);
  const carried = (sheet: string, field: InputField) => {
    const v = state.carried[sheet]?.[field];
    return typeof v === "number" ? formatNumber(v) : "";
  };
  return (
    <ul className={styles.list} data-testid="unit-points">
      {state.units.map((u) => (
        <li key={u.sheet} className={styles.card} role="group" aria-label={text("inputsOf", { unit: u.unit })}>
          <Text className={styles.name}>{u.unit}</Text>
          <div className={styles.fields}>
            {fields.map((f) => {
              const value = state.settings.inputs[u.sheet]?.[f.id] ?? "";
              const problem = checkPoints(value, props.limits[f.id]);
              return (
                <Field
                  key={f.id}
                  className={styles.field}
                  label={text(f.key)}
                  size="small"
                  validationState={problem ? problem.intent : "none"}
                  validationMessage={problem ? render(problem.message) : undefined}
                >
                  <Input
                    className={styles.number}
                    size="small"
                    inputMode="decimal"
                    aria-label={text("inputLabel", { what: text(f.key), unit: u.unit })}
                    placeholder={carried(u.sheet, f.id)}
                    value={value}
                    disabled={busy}
                    onChange={(_, d) => controller.setInput(u.sheet, f.id, d.value)}
                  />
                </Field>
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
