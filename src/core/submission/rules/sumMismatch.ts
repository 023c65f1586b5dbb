import { CriterionNode, Finding } from "../../types.js";
import { displayCode } from "../../util/codes.js";
import { round } from "../../util/numbers.js";
import { formatVi } from "../../util/numbers.js";
import { finding } from "../findings.js";
import { MatchedRow, ReadCell } from "../parseSubmission.js";
import { Rule, RuleContext } from "./rule.js";

type Column = "self" | "appraised";

/** A node's value in a column: what its row states when that is a number, else the sum of its children. */
function value(ctx: RuleContext, n: CriterionNode, col: Column): number | null {
  const m = ctx.submission.byCode.get(n.code);
  const c = m?.[col];
  if (c && c.num.kind === "number") return c.num.value;
  if (c && c.num.kind === "error") return null;
  if (n.children.length === 0) return 0;
  let t = 0;
  for (const ch of n.children) {
    const v = value(ctx, ch, col);
    if (v === null) return null;
    t += v;
  }
  return t;
}

function expectedOf(ctx: RuleContext, nodes: CriterionNode[], col: Column): number | null {
  let t = 0;
  for (const ch of nodes) {
    if (!ctx.submission.byCode.has(ch.code) && ch.children.length === 0) continue;
    const v = value(ctx, ch, col);
    if (v === null) return null;
    t += v;
  }
  return round(t, 6);
}

function check(ctx: RuleContext, cell: ReadCell | null, expected: number | null, label: string, labelEn: string, code?: string): Finding[] {
  if (!cell || cell.num.kind !== "number" || expected === null) return [];
  if (Math.abs(cell.num.value - expected) < 1e-6) return [];
  return [
    finding(ctx.where, "sum-mismatch", "error", cell.addr, code,
      `${label} ghi ${formatVi(cell.num.value)} nhưng tổng các dòng con là ${formatVi(expected)}.`,
      `${labelEn} states ${cell.num.value} but its rows add up to ${expected}.`, expected, cell.num.value),
  ];
}

/** A parent or total row whose stated score is not the sum of its children. */
export const sumMismatch: Rule = {
  id: "sum-mismatch",
  severity: "error",
  title: "Tổng không khớp",
  titleEn: "Subtotal does not add up",
  check: (ctx) => {
    const out: Finding[] = [];
    for (const m of ctx.parentRows as MatchedRow[]) {
      for (const col of ["self", "appraised"] as const) {
        const which = col === "self" ? "tự chấm" : "thẩm định";
        out.push(...check(ctx, m[col], expectedOf(ctx, m.node.children, col), `Điểm ${which} của ${displayCode(m.node.code)}`, `The ${col} score of ${m.node.code}`, m.node.code));
      }
    }
    const total = ctx.submission.totalRow;
    if (total) {
      for (const col of ["self", "appraised"] as const) {
        const which = col === "self" ? "tự chấm" : "thẩm định";
        out.push(...check(ctx, total[col], expectedOf(ctx, ctx.framework.areas, col), `Tổng điểm ${which}`, `The total ${col} score`));
      }
    }
    return out;
  },
};
