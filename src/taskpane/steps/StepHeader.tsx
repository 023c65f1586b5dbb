// The heading of a step: its numbered title (the section is labelled by it) and what the step is for.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { usePane } from "../context.js";
import type { StepId } from "../state.js";

/** The catalog key of each step's title ("1. Bộ tiêu chí", …). */
export const STEP_TITLE = {
  framework: "stepFramework",
  units: "stepUnits",
  check: "stepCheck",
  score: "stepScore",
  plans: "stepPlans",
} as const satisfies Record<StepId, string>;

/** The id of a step's heading, for the section's aria-labelledby. */
export function stepTitleId(step: StepId): string {
  return `step-${step}-title`;
}

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalMNudge },
});

/** A step's heading: its title as a level-2 heading and, when given, a description below it. */
export function StepHeader(props: { step: StepId; description?: string }) {
  const { text } = usePane();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h2" id={stepTitleId(props.step)} weight="semibold" size={400}>
        {text(STEP_TITLE[props.step])}
      </Text>
      {props.description ? <Text>{props.description}</Text> : null}
    </header>
  );
}
