// Step 1: the criteria set. Choose a built-in sample or a framework sheet of the workbook, see what
// it holds and what is wrong with it, insert it as an editable sheet or as a template for units.
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { frameworkSummary } from "../../core/index.js";
import type { Framework } from "../../core/index.js";
import { usePane } from "../context.js";
import { countSeverity } from "../findingFilters.js";
import { FindingList } from "../Findings.js";
import type { FrameworkChoice } from "../workbook.js";
import { scoringGate } from "../state.js";
import { StepHeader, stepTitleId } from "./StepHeader.js";

const keyOf = (choice: FrameworkChoice) =>
  choice.kind === "builtin" ? `builtin:${choice.id}` : `sheet:${choice.sheet}`;
const choiceOf = (k: string): FrameworkChoice =>
  k.startsWith("builtin:") ? { kind: "builtin", id: k.slice(8) } : { kind: "sheet", sheet: k.slice(6) };

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
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalMNudge,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  fact: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** Step 1: chooses the criteria set and shows what it holds and what is wrong with it. */
export function FrameworkStep() {
  const { controller, state, text, render } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  const [group, setGroup] = useState("");
  const fw = state.framework;
  return (
    <section className={styles.step} aria-labelledby={stepTitleId("framework")}>
      <StepHeader step="framework" description={text("frameworkIntro")} />
      <RadioGroup
        aria-label={text("frameworkChoice")}
        value={keyOf(state.choice)}
        disabled={busy}
        onChange={(_, d) => void controller.chooseFramework(choiceOf(d.value))}
      >
        {state.builtins.map((b) => (
          <Radio key={b.id} value={`builtin:${b.id}`} label={text("frameworkBuiltin", { name: b.name })} />
        ))}
        {state.frameworkSheets.map((sheet) => (
          <Radio key={sheet} value={`sheet:${sheet}`} label={text("frameworkSheet", { sheet })} />
        ))}
      </RadioGroup>
      {state.frameworkSheets.length === 0 && state.ready ? (
        <Text className={styles.hint}>{text("frameworkNoSheets")}</Text>
      ) : null}
      {state.frameworkProblem ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {text("noteTitle")}: {render(state.frameworkProblem)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {fw ? <FrameworkFacts framework={fw} /> : null}
      {state.frameworkFindings.length > 0 ? (
        <>
          <Text>
            {text("frameworkProblems", {
              errors: countSeverity(state.frameworkFindings, "error"),
              warnings: countSeverity(state.frameworkFindings, "warning"),
            })}
          </Text>
          <FindingList findings={state.frameworkFindings} />
        </>
      ) : fw ? (
        <Text>{text("frameworkProblemsNone")}</Text>
      ) : null}

      <FrameworkGateBar />

      {state.confirm?.kind === "replace-framework" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("confirmReplaceFramework", { sheet: state.confirm.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void controller.insertFrameworkSheet(true)}>
              {text("replace")}
            </Button>
            <Button onClick={() => controller.cancelConfirm()}>{text("cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      <div className={styles.row}>
        {state.choice.kind === "builtin" ? (
          <Button
            disabled={busy || !fw}
            onClick={() => void controller.insertFrameworkSheet()}
            title={text("insertFrameworkHint")}
          >
            {text("insertFramework")}
          </Button>
        ) : null}
        <Button disabled={busy} onClick={() => void controller.rescan()}>
          {text("reread")}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={text("templateGroup")}>
          <Select value={group} disabled={busy || !fw} onChange={(_, d) => setGroup(d.value)}>
            <option value="">{text("templateAllGroups")}</option>
            {(fw?.groups ?? []).map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || !fw} onClick={() => void controller.insertTemplate(group)}>
          {text("insertTemplate")}
        </Button>
      </div>
    </section>
  );
}

/** What the criteria set holds: name, legal basis, level, points, groups and bands. */
function FrameworkFacts(props: { framework: Framework }) {
  const { state, text, formatNumber } = usePane();
  const styles = useStyles();
  const fw = props.framework;
  const sum = frameworkSummary(fw);
  const basis = fw.legalBasis.trim()
    ? fw.legalBasis
    : fw.sample
      ? text("frameworkSampleBasis")
      : text("frameworkNoBasis");
  const bands = [...fw.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${state.lang === "en" ? (b.labelEn ?? b.label) : b.label} ≥ ${formatNumber(b.min)}%`)
    .join("; ");
  const facts: [string, string][] = [
    [text("frameworkName"), fw.name],
    [text("frameworkLegalBasis"), basis],
    [text("frameworkLevel"), fw.level],
    [
      text("frameworkTotal"),
      `${formatNumber(sum.total)} — ${text("frameworkShape", { areas: sum.areas, criteria: sum.criteria, sub: sum.subCriteria, leaves: sum.leaves })}`,
    ],
    ["", text("frameworkSurvey", { points: formatNumber(sum.surveyMax), self: formatNumber(sum.selfMax) })],
    [text("frameworkGroups"), fw.groups.join(", ")],
    [text("frameworkBands"), bands],
  ];
  return (
    <dl className={styles.facts} data-testid="framework-facts">
      {facts.map(([k, v], i) => (
        <div key={i} className={styles.fact}>
          <dt className={styles.term}>{k}</dt>
          <dd className={styles.value}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A framework with errors does not rank: says so, and lets staff accept the errors knowingly. */
function FrameworkGateBar() {
  const { controller, state, text } = usePane();
  const gate = scoringGate(state);
  const errors = gate.errors.length;
  if (errors === 0) return null;
  if (state.confirm?.kind === "accept-framework-errors")
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="framework-gate">
        <MessageBarBody>{text("confirmAcceptFrameworkErrors", { errors })}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => controller.acceptFrameworkErrors(true)}>
            {text("acceptErrors")}
          </Button>
          <Button onClick={() => controller.cancelConfirm()}>{text("cancel")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (!gate.blocked)
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="framework-gate">
        <MessageBarBody>{text("frameworkAccepted", { errors })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => controller.withdrawFrameworkAcceptance()}>{text("withdrawAcceptance")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="error" layout="multiline" data-testid="framework-gate">
      <MessageBarBody>{text("frameworkBlocked", { errors })}</MessageBarBody>
      <MessageBarActions>
        <Button disabled={state.busy !== null} onClick={() => controller.acceptFrameworkErrors()}>
          {text("acceptFrameworkErrors")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
