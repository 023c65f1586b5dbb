// The task pane: the five steps of the appraisal season as tabs, one status area (progress, what
// went wrong and what to do, what was done), and the current step.
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExcelGateway } from "../excel/gateway.js";
import { PaneProvider, usePane } from "./context.js";
import { TaskPaneController } from "./controller.js";
import { STEPS, StepId } from "./state.js";
import { CheckStep } from "./steps/CheckStep.js";
import { FrameworkStep } from "./steps/FrameworkStep.js";
import { PlansStep } from "./steps/PlansStep.js";
import { ScoreStep } from "./steps/ScoreStep.js";
import { STEP_TITLE } from "./steps/StepHeader.js";
import { UnitsStep } from "./steps/UnitsStep.js";

// Fluent tokens throughout, so light and dark themes both work.
const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px", minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  // A compact step indicator: five numbered tabs on one row (each named in full for screen readers and
  // as a tooltip), the current step's title beside them; full titles on the tabs from 640 px.
  stepRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  tabs: { flexShrink: 0 },
  tab: { minWidth: "36px", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  full: { display: "none", "@media (min-width: 640px)": { display: "inline" } },
  current: {
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    "@media (min-width: 640px)": { display: "none" },
  },
  // Kept in view while the step below scrolls: progress, what went wrong, what was done.
  status: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cancel: { alignSelf: "flex-start" },
  footer: { display: "flex", justifyContent: "flex-end", paddingTop: tokens.spacingVerticalXS },
});

/** The task pane on a gateway (or on a controller made elsewhere, e.g. by a test or the preview). */
export function App(props: { gateway: ExcelGateway; controller?: TaskPaneController }) {
  const [controller] = useState(() => props.controller ?? new TaskPaneController(props.gateway));
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return (
    <PaneProvider controller={controller}>
      <Pane />
    </PaneProvider>
  );
}

/** The header, the step tabs, the status area and the current step. */
function Pane() {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const i = STEPS.indexOf(state.step);
  const next = STEPS[i + 1];
  return (
    <main className={styles.pane} lang={state.lang}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {text("appTitle")}
        </Text>
        <Text className={styles.subtitle}>{text("appSubtitle")}</Text>
      </header>
      <div className={styles.stepRow}>
        <TabList
          className={styles.tabs}
          aria-label={text("stepsLabel")}
          selectedValue={state.step}
          onTabSelect={(_, d) => controller.goTo(d.value as StepId)}
          size="small"
        >
          {STEPS.map((id, k) => (
            <Tab
              key={id}
              value={id}
              id={`tab-${id}`}
              className={styles.tab}
              aria-controls="step-panel"
              aria-label={text(STEP_TITLE[id])}
              title={text(STEP_TITLE[id])}
            >
              {k + 1}
              <span className={styles.full}>{text(STEP_TITLE[id]).replace(/^\d+/, "")}</span>
            </Tab>
          ))}
        </TabList>
        <Text className={styles.current} aria-hidden="true">
          {text("stepOf", {
            n: i + 1,
            total: STEPS.length,
            title: text(STEP_TITLE[state.step]).replace(/^\d+\.\s*/, ""),
          })}
        </Text>
      </div>
      <Status />
      <div id="step-panel" role="tabpanel" aria-labelledby={`tab-${state.step}`}>
        {state.step === "framework" ? <FrameworkStep /> : null}
        {state.step === "units" ? <UnitsStep /> : null}
        {state.step === "check" ? <CheckStep /> : null}
        {state.step === "score" ? <ScoreStep /> : null}
        {state.step === "plans" ? <PlansStep /> : null}
      </div>
      {next ? (
        <div className={styles.footer}>
          <Button appearance="subtle" onClick={() => controller.goTo(next)}>
            {text("next")}: {text(STEP_TITLE[next])}
          </Button>
        </div>
      ) : null}
    </main>
  );
}

/** Progress of the running operation, the last error (with what to do) and the last result. */
function Status() {
  const { controller, state, text, render } = usePane();
  const styles = useStyles();
  const { busy, error, notice } = state;
  const fraction = busy && busy.total ? Math.min(1, (busy.done ?? 0) / busy.total) : undefined;
  return (
    <div className={styles.status} aria-live="polite">
      {busy ? (
        <Field
          data-testid="progress"
          label={render(busy.label)}
          hint={[
            busy.detail && state.lang === "vi" ? busy.detail : "",
            busy.total ? text("progressOf", { done: busy.done ?? 0, total: busy.total }) : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        >
          <ProgressBar value={fraction} thickness="large" />
        </Field>
      ) : null}
      {busy?.cancellable ? (
        <Button
          className={styles.cancel}
          size="small"
          data-testid="cancel"
          title={text("cancelOperation")}
          onClick={() => controller.cancel()}
        >
          {text("cancel")}
        </Button>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{text("errorTitle")}</MessageBarTitle>
            {error.text
              ? state.lang === "en"
                ? error.text.en
                : error.text.vi
              : error.message
                ? render(error.message)
                : null}
            {error.code ? (
              <Text block size={200}>
                {text("errorCode", { code: error.code })}
              </Text>
            ) : null}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => controller.dismissError()}>
              {text("close")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.intent === "success" ? <MessageBarTitle>{text("doneTitle")}</MessageBarTitle> : null}
            {notice.messages.map((m, k) => (
              <Text key={k} block>
                {render(m)}
              </Text>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => controller.dismissNotice()}>
              {text("close")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
