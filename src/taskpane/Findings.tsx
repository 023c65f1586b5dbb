// Findings as staff act on them: a severity said in words (not colour alone), where, and what is
// wrong; each line is a button that selects the cell in Excel (click or Enter).
import { Badge } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/index.js";
import { usePane } from "./context.js";
import { useStyles } from "./styles.js";

const SEVERITY: Record<Severity, { key: "sevError" | "sevWarning" | "sevInfo"; color: "danger" | "warning" | "informative"; mark: string }> = {
  error: { key: "sevError", color: "danger", mark: "✖" },
  warning: { key: "sevWarning", color: "warning", mark: "▲" },
  info: { key: "sevInfo", color: "informative", mark: "●" },
};

/** The severity as a labelled badge: a shape and a word as well as a colour. */
export function SeverityBadge(props: { severity: Severity }) {
  const { t } = usePane();
  const s = useStyles();
  const sev = SEVERITY[props.severity];
  return (
    <Badge className={s.sevBadge} appearance="tint" color={sev.color} shape="rounded">
      <span aria-hidden="true">{sev.mark}&nbsp;</span>
      {t(sev.key)}
    </Badge>
  );
}

/** One finding as a button selecting its cell; a finding without a cell is shown but not clickable. */
export function FindingItem(props: { finding: Finding; showSheet?: boolean }) {
  const { c, state, t } = usePane();
  const s = useStyles();
  const f = props.finding;
  const message = state.lang === "en" ? f.messageEn || f.message : f.message;
  const where = props.showSheet ? t("findingCell", { sheet: f.sheet, cell: f.cell }) : f.cell;
  return (
    <li>
      <button
        type="button"
        className={s.finding}
        disabled={!f.cell}
        onClick={() => void c.selectFinding(f)}
        aria-label={f.cell ? t("findingAction", { sheet: f.sheet, cell: f.cell, message }) : message}
        data-cell={f.cell}
        data-sheet={f.sheet}
        data-rule={f.rule}
      >
        <SeverityBadge severity={f.severity} />
        <span className={s.findingText}>
          <span className={s.findingWhere}>
            {where}
            {f.code ? ` · ${t("findingCode", { code: f.code })}` : ""}
          </span>
          <span>{message}</span>
        </span>
      </button>
    </li>
  );
}

export function FindingList(props: { findings: Finding[]; showSheet?: boolean }) {
  const s = useStyles();
  return (
    <ul className={s.findingList}>
      {props.findings.map((f, i) => (
        <FindingItem key={`${f.sheet}|${f.cell}|${f.rule}|${i}`} finding={f} showSheet={props.showSheet} />
      ))}
    </ul>
  );
}
