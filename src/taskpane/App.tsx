// The task pane: the five steps of the appraisal season as tabs, one status area (progress, what
// went wrong and what to do, what was done), and the current step.
import {
  Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Tab, TabList, Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExcelGateway } from "../excel/gateway.js";
import { PaneProvider, usePane } from "./context.js";
import { STEPS, StepId, TaskPaneController } from "./controller.js";
import { CheckStep } from "./steps/CheckStep.js";
import { FrameworkStep } from "./steps/FrameworkStep.js";
import { PlansStep } from "./steps/PlansStep.js";
import { ScoreStep } from "./steps/ScoreStep.js";
import { UnitsStep } from "./steps/UnitsStep.js";
import { useStyles } from "./styles.js";

const STEP_KEY = { framework: "stepFramework", units: "stepUnits", check: "stepCheck", score: "stepScore", plans: "stepPlans" } as const;

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

function Pane() {
  const { c, state, t } = usePane();
  const s = useStyles();
  const i = STEPS.indexOf(state.step);
  const next = STEPS[i + 1];
  return (
    <main className={s.pane} lang={state.lang}>
      <header className={s.header}>
        <Text as="h1" size={500} weight="semibold">
          {t("appTitle")}
        </Text>
        <Text className={s.muted}>{t("appSubtitle")}</Text>
      </header>
      <TabList
        className={s.tabs}
        aria-label={t("stepsLabel")}
        selectedValue={state.step}
        onTabSelect={(_, d) => c.goTo(d.value as StepId)}
        size="small"
      >
        {STEPS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="step-panel">
            {t(STEP_KEY[id])}
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
        <div className={s.footer}>
          <Button appearance="subtle" onClick={() => c.goTo(next)}>
            {t("next")}: {t(STEP_KEY[next])}
          </Button>
        </div>
      ) : null}
    </main>
  );
}

/** Progress of the running operation, the last error (with what to do) and the last result. */
function Status() {
  const { c, state, t, r } = usePane();
  const s = useStyles();
  const { busy, error, notice } = state;
  const fraction = busy && busy.total ? Math.min(1, (busy.done ?? 0) / busy.total) : undefined;
  return (
    <div className={s.statusList} aria-live="polite">
      {busy ? (
        <Field
          data-testid="progress"
          label={r(busy.label)}
          hint={[busy.detail && state.lang === "vi" ? busy.detail : "", busy.total ? t("progressOf", { done: busy.done ?? 0, total: busy.total }) : ""].filter(Boolean).join(" · ")}
        >
          <ProgressBar value={fraction} thickness="large" />
        </Field>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {error.text ? (state.lang === "en" ? error.text.en : error.text.vi) : error.message ? r(error.message) : null}
            {error.code ? (
              <Text block size={200}>
                {t("errorCode", { code: error.code })}
              </Text>
            ) : null}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => c.dismissError()}>
              {t("close")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.intent === "success" ? <MessageBarTitle>{t("doneTitle")}</MessageBarTitle> : null}
            {notice.messages.map((m, k) => (
              <Text key={k} block>
                {r(m)}
              </Text>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => c.dismissNotice()}>
              {t("close")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
