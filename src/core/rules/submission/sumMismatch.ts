import type { ReadCell, Submission } from "../../submission/parseSubmission.js";
import type { CriterionNode } from "../../types.js";
import { displayCode } from "../../util/codes.js";
import { formatVi, round } from "../../util/numbers.js";
import type { Report } from "../rule.js";
import { defineSubmissionRule } from "./input.js";

type Column = "self" | "appraised";

/** A node's value in a column: what its row states when that is a number, else the sum of its children. */
function value(submission: Submission, n: CriterionNode, col: Column): number | null {
  const c = submission.byCode.get(n.code)?.[col];
  if (c && c.num.kind === "number") return c.num.value;
  // A broken child is formula-error's; the parent is not blamed for it.
  if (c && c.num.kind === "error") return null;
  if (n.children.length === 0) return 0;
  let t = 0;
  for (const ch of n.children) {
    const v = value(submission, ch, col);
    if (v === null) return null;
    t += v;
  }
  return t;
}

/** What a row of these nodes should state: the sum of their values (missing leaves are criterion-missing's). */
function expectedOf(submission: Submission, nodes: CriterionNode[], col: Column): number | null {
  let t = 0;
  for (const ch of nodes) {
    if (!submission.byCode.has(ch.code) && ch.children.length === 0) continue;
    const v = value(submission, ch, col);
    if (v === null) return null;
    t += v;
  }
  return round(t, 6);
}

/** Reports a stated number that is not the expected sum. */
function compare(
  report: Report,
  cell: ReadCell | null,
  expected: number | null,
  label: string,
  labelEn: string,
  code?: string,
): void {
  if (!cell || cell.num.kind !== "number" || expected === null) return;
  if (Math.abs(cell.num.value - expected) < 1e-6) return;
  report(
    cell.addr,
    {
      vi: `${label} ghi ${formatVi(cell.num.value)} nhưng tổng các dòng con là ${formatVi(expected)}.`,
      en: `${labelEn} states ${cell.num.value} but its rows add up to ${expected}.`,
    },
    { code, expected, actual: cell.num.value },
  );
}

/** A parent or total row whose stated score is not the sum of its children. */
export const sumMismatch = defineSubmissionRule({
  meta: {
    id: "sum-mismatch",
    severity: "error",
    title: { vi: "Tổng không khớp", en: "Subtotal does not add up" },
    description: {
      vi: "Điểm ghi ở dòng lĩnh vực, tiêu chí có tiêu chí thành phần hoặc dòng tổng điểm khác tổng các dòng con.",
      en: "The score stated on an area, a parent criterion or the total row differs from the sum of its rows.",
    },
  },
  check({ submission, framework, parentRows, report }) {
    for (const m of parentRows) {
      for (const col of ["self", "appraised"] as const) {
        const which = col === "self" ? "tự chấm" : "thẩm định";
        compare(
          report,
          m[col],
          expectedOf(submission, m.node.children, col),
          `Điểm ${which} của ${displayCode(m.node.code)}`,
          `The ${col} score of ${m.node.code}`,
          m.node.code,
        );
      }
    }
    const total = submission.totalRow;
    if (!total) return;
    for (const col of ["self", "appraised"] as const) {
      const which = col === "self" ? "tự chấm" : "thẩm định";
      compare(
        report,
        total[col],
        expectedOf(submission, framework.areas, col),
        `Tổng điểm ${which}`,
        `The total ${col} score`,
      );
    }
  },
});
