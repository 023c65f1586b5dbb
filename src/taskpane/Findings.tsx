// Findings as staff act on them: a severity said in words (not colour alone), where, and what is
// wrong; each line is a button that selects the cell in Excel (click or Enter).
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/index.js";
import { usePane } from "./context.js";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  finding: {
    display: "flex",
    gap: tokens.spacingHorizontalSNudge,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalSNudge}`,
    cursor: "pointer",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
    ":disabled": { cursor: "default" },
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { fontWeight: tokens.fontWeightSemibold },
  badge: { flexShrink: 0, minWidth: "64px" },
});

const SEVERITY: Record<
  Severity,
  { key: "sevError" | "sevWarning" | "sevInfo"; color: "danger" | "warning" | "informative"; mark: string }
> = {
  error: { key: "sevError", color: "danger", mark: "✖" },
  warning: { key: "sevWarning", color: "warning", mark: "▲" },
  info: { key: "sevInfo", color: "informative", mark: "●" },
};

/** The severity as a labelled badge: a shape and a word as well as a colour. */
export function SeverityBadge(props: { severity: Severity }) {
  const { text } = usePane();
  const styles = useStyles();
  const sev = SEVERITY[props.severity];
  return (
    <Badge className={styles.badge} appearance="tint" color={sev.color} shape="rounded">
      <span aria-hidden="true">{sev.mark}&nbsp;</span>
      {text(sev.key)}
    </Badge>
  );
}

/** One finding as a button selecting its cell; a finding without a cell is shown but not clickable. */
export function FindingItem(props: { finding: Finding; showSheet?: boolean }) {
  const { controller, state, text } = usePane();
  const styles = useStyles();
  const f = props.finding;
  const message = state.lang === "en" ? f.messageEn || f.message : f.message;
  const where = props.showSheet ? text("findingCell", { sheet: f.sheet, cell: f.cell }) : f.cell;
  return (
    <li>
      <button
        type="button"
        className={styles.finding}
        disabled={!f.cell}
        onClick={() => void controller.selectFinding(f)}
        aria-label={f.cell ? text("findingAction", { sheet: f.sheet, cell: f.cell, message }) : message}
        data-cell={f.cell}
        data-sheet={f.sheet}
        data-rule={f.rule}
      >
        <SeverityBadge severity={f.severity} />
        <span className={styles.text}>
          <span className={styles.where}>
            {where}
            {f.code ? ` · ${text("findingCode", { code: f.code })}` : ""}
          </span>
          <span>{message}</span>
        </span>
      </button>
    </li>
  );
}

/** Findings as a list of buttons, each selecting its cell. */
export function FindingList(props: { findings: Finding[]; showSheet?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.findings.map((f, i) => (
        <FindingItem key={`${f.sheet}|${f.cell}|${f.rule}|${i}`} finding={f} showSheet={props.showSheet} />
      ))}
    </ul>
  );
}
