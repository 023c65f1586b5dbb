// Asks before a write that would turn users' formulas into #REF! (they point at generated sheets it replaces).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { usePane } from "../context.js";

/** The question for one action (score or plan), shown where its button is; nothing when nothing is at risk. */
export function FormulasAtRiskBar(props: { action: "score" | "plan" }) {
  const { controller, state, text } = usePane();
  const c = state.confirm;
  if (c?.kind !== "formulas-at-risk" || c.action !== props.action) return null;
  const go = () => void (props.action === "score" ? controller.score(true) : controller.plan(true));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="formulas-at-risk">
      <MessageBarBody>{text("confirmFormulasAtRisk", { cells: c.cells, more: c.more })}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={go}>
          {text("writeAnyway")}
        </Button>
        <Button onClick={() => controller.cancelConfirm()}>{text("cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
