// What sum-mismatch and sum-rounding share: every stated subtotal or total, the sum of its rows, and
// how far rounding to two decimals can explain a difference between them.
import type { ReadCell, Submission } from "../../submission/parseSubmission.js";
import type { CriterionNode, Framework } from "../../types.js";
import { displayCode } from "../../util/codes.js";
import { round } from "../../util/numbers.js";

type Column = "self" | "appraised";

/** A sum: its value and how many of the values added were rounded (not in quarter steps). */
interface Sum {
  value: number;
  rounded: number;
}

/** True for a stated value that reads as rounded or computed: not a multiple of the 0,25 scoring step. */
function isRounded(v: number): boolean {
  return Math.abs(v * 4 - Math.round(v * 4)) > 1e-9;
}

/** A node's value in a column: what its row states when that is a number, else the sum of its children. */
function value(submission: Submission, n: CriterionNode, col: Column): Sum | null {
  const c = submission.byCode.get(n.code)?.[col];
  if (c && c.num.kind === "number") return { value: c.num.value, rounded: isRounded(c.num.value) ? 1 : 0 };
  // A broken child is formula-error's; the parent is not blamed for it.
  if (c && c.num.kind === "error") return null;
  if (n.children.length === 0) return { value: 0, rounded: 0 };
  return sumOf(submission, n.children, col, false);
}

function sumOf(submission: Submission, nodes: CriterionNode[], col: Column, skipMissingLeaves: boolean): Sum | null {
  let t = 0,
    rounded = 0;
  for (const ch of nodes) {
    if (skipMissingLeaves && !submission.byCode.has(ch.code) && ch.children.length === 0) continue;
    const v = value(submission, ch, col);
    if (v === null) return null;
    t += v.value;
    rounded += v.rounded;
  }
  return { value: round(t, 6), rounded };
}

/** A stated subtotal or total and the sum of its rows. */
export interface StatedSum {
  cell: ReadCell;
  actual: number;
  expected: number;
  /** How much rounding the rows' values to two decimals can explain: 0,01 per rounded value added. */
  tolerance: number;
  label: { vi: string; en: string };
  code?: string;
}

/** Every stated parent or total score that is not the sum of its rows (missing leaves are criterion-missing's). */
export function differingSums(submission: Submission, framework: Framework): StatedSum[] {
  const out: StatedSum[] = [];
  const add = (cell: ReadCell | null, sum: Sum | null, label: StatedSum["label"], code?: string) => {
    if (!cell || cell.num.kind !== "number" || sum === null) return;
    const actual = cell.num.value;
    if (Math.abs(actual - sum.value) < 1e-6) return;
    const tolerance = round(0.01 * sum.rounded, 6);
    const s: StatedSum = { cell, actual, expected: sum.value, tolerance, label };
    if (code !== undefined) s.code = code;
    out.push(s);
  };
  for (const m of submission.rows) {
    if (m.node.children.length === 0) continue;
    for (const col of ["self", "appraised"] as const) {
      const which = col === "self" ? "tự chấm" : "thẩm định";
      add(
        m[col],
        sumOf(submission, m.node.children, col, true),
        { vi: `Điểm ${which} của ${displayCode(m.node.code)}`, en: `The ${col} score of ${m.node.code}` },
        m.node.code,
      );
    }
  }
  const total = submission.totalRow;
  if (!total) return out;
  for (const col of ["self", "appraised"] as const) {
    const which = col === "self" ? "tự chấm" : "thẩm định";
    add(total[col], sumOf(submission, framework.areas, col, true), {
      vi: `Tổng điểm ${which}`,
      en: `The total ${col} score`,
    });
  }
  return out;
}

/** True when rounding to two decimals explains the difference. */
export function explainedByRounding(s: StatedSum): boolean {
  return Math.abs(s.actual - s.expected) <= s.tolerance + 1e-9;
}
