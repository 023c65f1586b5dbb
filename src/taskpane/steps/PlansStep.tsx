// Step 5: remediation plans, for every unit (with the loss analysis) or for one unit.
import { Button, Field, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { usePane } from "../context.js";
import { unitOptions } from "./UnitOptions.js";
import { useStyles } from "../styles.js";

export function PlansStep() {
  const { c, state, t } = usePane();
  const s = useStyles();
  const busy = state.busy !== null;
  const units = state.units;
  const one = state.planTarget !== "";
  return (
    <section className={s.section} aria-labelledby="step-plans-title">
      <Text as="h2" id="step-plans-title" weight="semibold" size={400}>
        {t("stepPlans")}
      </Text>
      <Text>{t("plansIntro")}</Text>
      <Field label={t("planFor")}>
        <RadioGroup value={one ? "one" : "all"} disabled={busy} onChange={(_, d) => c.setPlanTarget(d.value === "one" ? (units[0]?.sheet ?? "") : "")}>
          <Radio value="all" label={t("planAll")} />
          <Radio value="one" label={t("planOne")} disabled={units.length === 0} />
        </RadioGroup>
      </Field>
      {one ? (
        <Field label={t("planUnit")}>
          <Select value={state.planTarget} disabled={busy} onChange={(_, d) => c.setPlanTarget(d.value)}>
            {unitOptions(units)}
          </Select>
        </Field>
      ) : null}
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || !state.framework || units.length === 0} onClick={() => void c.plan()}>
          {t("planButton")}
        </Button>
      </div>
      <Text className={s.muted}>{t("planKeepsEntries")}</Text>
      {units.length === 0 && state.ready ? <Text>{t("noUnitsToScore")}</Text> : null}
    </section>
  );
}
