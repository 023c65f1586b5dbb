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
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap" },
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
      <TabList
        className={styles.tabs}
        aria-label={text("stepsLabel")}
        selectedValue={state.step}
        onTabSelect={(_, d) => controller.goTo(d.value as StepId)}
        size="small"
      >
        {STEPS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="step-panel">
            {text(STEP_TITLE[id])}
          </Tab>
        ))}
      </TabList>
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
