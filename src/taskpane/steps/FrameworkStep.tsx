// Step 1: the criteria set. Choose a built-in sample or a framework sheet of the workbook, see what
// it holds and what is wrong with it, insert it as an editable sheet or as a template for units.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { frameworkSummary } from "../../core/index.js";
import type { Framework } from "../../core/index.js";
import { usePane } from "../context.js";
import { FindingList } from "../Findings.js";
import { useStyles } from "../styles.js";
import type { FrameworkChoice } from "../workbook.js";

const keyOf = (c: FrameworkChoice) => (c.kind === "builtin" ? `builtin:${c.id}` : `sheet:${c.sheet}`);
const choiceOf = (k: string): FrameworkChoice => (k.startsWith("builtin:") ? { kind: "builtin", id: k.slice(8) } : { kind: "sheet", sheet: k.slice(6) });

export function FrameworkStep() {
  const { c, state, t, r } = usePane();
  const s = useStyles();
  const busy = state.busy !== null;
  const [group, setGroup] = useState("");
  const fw = state.framework;
  return (
    <section className={s.section} aria-labelledby="step-framework-title">
      <Text as="h2" id="step-framework-title" weight="semibold" size={400}>
        {t("stepFramework")}
      </Text>
      <Text>{t("frameworkIntro")}</Text>
      <RadioGroup aria-label={t("frameworkChoice")} value={keyOf(state.choice)} disabled={busy} onChange={(_, d) => void c.chooseFramework(choiceOf(d.value))}>
        {state.builtins.map((b) => (
          <Radio key={b.id} value={`builtin:${b.id}`} label={t("frameworkBuiltin", { name: b.name })} />
        ))}
        {state.frameworkSheets.map((sheet) => (
          <Radio key={sheet} value={`sheet:${sheet}`} label={t("frameworkSheet", { sheet })} />
        ))}
      </RadioGroup>
      {state.frameworkSheets.length === 0 && state.ready ? <Text className={s.muted}>{t("frameworkNoSheets")}</Text> : null}
      {state.frameworkProblem ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("noteTitle")}: {r(state.frameworkProblem)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {fw ? <FrameworkFacts framework={fw} /> : null}
      {state.frameworkFindings.length > 0 ? (
        <>
          <Text>
            {t("frameworkProblems", {
              errors: state.frameworkFindings.filter((f) => f.severity === "error").length,
              warnings: state.frameworkFindings.filter((f) => f.severity === "warning").length,
            })}
          </Text>
          <FindingList findings={state.frameworkFindings} />
        </>
      ) : fw ? (
        <Text>{t("frameworkProblemsNone")}</Text>
      ) : null}

      {state.confirm?.kind === "replace-framework" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("confirmReplaceFramework", { sheet: state.confirm.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void c.insertFrameworkSheet(true)}>
              {t("replace")}
            </Button>
            <Button onClick={() => c.cancelConfirm()}>{t("cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      <div className={s.row}>
        {state.choice.kind === "builtin" ? (
          <Button disabled={busy || !fw} onClick={() => void c.insertFrameworkSheet()} title={t("insertFrameworkHint")}>
            {t("insertFramework")}
          </Button>
        ) : null}
        <Button disabled={busy} onClick={() => void c.rescan()}>
          {t("reread")}
        </Button>
      </div>
      <div className={s.row}>
        <Field label={t("templateGroup")}>
          <Select value={group} disabled={busy || !fw} onChange={(_, d) => setGroup(d.value)}>
            <option value="">{t("templateAllGroups")}</option>
            {(fw?.groups ?? []).map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || !fw} onClick={() => void c.insertTemplate(group)}>
          {t("insertTemplate")}
        </Button>
      </div>
    </section>
  );
}

function FrameworkFacts(props: { framework: Framework }) {
  const { state, t, n } = usePane();
  const s = useStyles();
  const fw = props.framework;
  const sum = frameworkSummary(fw);
  const basis = fw.legalBasis.trim() ? fw.legalBasis : fw.sample ? t("frameworkSampleBasis") : t("frameworkNoBasis");
  const bands = [...fw.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${state.lang === "en" ? (b.labelEn ?? b.label) : b.label} ≥ ${n(b.min)}%`)
    .join("; ");
  const facts: [string, string][] = [
    [t("frameworkName"), fw.name],
    [t("frameworkLegalBasis"), basis],
    [t("frameworkLevel"), fw.level],
    [t("frameworkTotal"), `${n(sum.total)} — ${t("frameworkShape", { areas: sum.areas, criteria: sum.criteria, sub: sum.subCriteria, leaves: sum.leaves })}`],
    ["", t("frameworkSurvey", { points: n(sum.surveyMax), self: n(sum.selfMax) })],
    [t("frameworkGroups"), fw.groups.join(", ")],
    [t("frameworkBands"), bands],
  ];
  return (
    <dl className={s.facts} data-testid="framework-facts">
      {facts.map(([k, v], i) => (
        <div key={i} style={{ display: "contents" }}>
          <dt className={s.factTerm}>{k}</dt>
          <dd className={s.factValue}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
