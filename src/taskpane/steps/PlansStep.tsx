// Step 5: remediation plans, for every unit (with the loss analysis) or for one unit.
import { Button, Field, makeStyles, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { usePane } from "../context.js";
import { FormulasAtRiskBar } from "./FormulasAtRiskBar.js";
import { scoringGate } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";
import { unitOptions } from "./UnitOptions.js";

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
});

/** Step 5: writes the remediation plan for every unit or for one. */
export function PlansStep() {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const units = state.units;
  const one = state.planTarget !== "";
  return (
    <section className={styles.step} aria-labelledby={stepTitleId("plans")}>
      <StepHeader step="plans" description={text("plansIntro")} />
      <Field label={text("planFor")}>
        <RadioGroup
          value={one ? "one" : "all"}
          disabled={busy}
          onChange={(_, d) => controller.setPlanTarget(d.value === "one" ? (units[0]?.sheet ?? "") : "")}
        >
          <Radio value="all" label={text("planAll")} />
          <Radio value="one" label={text("planOne")} disabled={units.length === 0} />
        </RadioGroup>
      </Field>
      {one ? (
        <Field label={text("planUnit")}>
          <Select value={state.planTarget} disabled={busy} onChange={(_, d) => controller.setPlanTarget(d.value)}>
            {unitOptions(units)}
          </Select>
        </Field>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !state.framework || units.length === 0 || scoringGate(state).blocked}
          onClick={() => void controller.plan()}
        >
          {text("planButton")}
        </Button>
      </div>
      <FormulasAtRiskBar action="plan" />
      {scoringGate(state).blocked ? (
        <Text>{text("frameworkBlocksScoring", { errors: scoringGate(state).errors.length })}</Text>
      ) : null}
      <Text className={styles.hint}>{text("planKeepsEntries")}</Text>
      {units.length === 0 && state.ready ? <Text>{text("noUnitsToScore")}</Text> : null}
    </section>
  );
}
