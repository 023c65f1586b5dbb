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

/** A row's cells, with its appraisal rounds when the sheet has several. */
interface RowCells {
  self: ReadCell | null;
  appraised: ReadCell | null;
  rounds?: (ReadCell | null)[];
  round?: number | null;
}

/**
 * A row's cell in a column. With several appraisal rounds, `upTo` bounds the round: a subtotal
 * stated in round 1's column adds its rows as round 1 left them, even where round 2 changed one.
 */
function cellIn(m: RowCells | undefined, col: Column, upTo: number | null): ReadCell | null | undefined {
  if (!m || col === "self" || !m.rounds || upTo === null) return m?.[col];
  for (let i = Math.min(upTo, m.rounds.length - 1); i >= 0; i--) {
    const c = m.rounds[i];
    if (c && c.num.kind !== "empty") return c;
  }
  return m.rounds[0];
}

/** The round a stated appraised value belongs to (null: one round, or the self column). */
function roundOf(m: RowCells, col: Column): number | null {
  return col === "appraised" && m.rounds ? (m.round ?? m.rounds.length - 1) : null;
}

/** A node's value in a column: what its row states when that is a number, else the sum of its children. */
function value(submission: Submission, n: CriterionNode, col: Column, upTo: number | null = null): Sum | null {
  const c = cellIn(submission.byCode.get(n.code), col, upTo);
  if (c && c.num.kind === "number") return { value: c.num.value, rounded: isRounded(c.num.value) ? 1 : 0 };
  // A broken child is formula-error's; the parent is not blamed for it.
  if (c && c.num.kind === "error") return null;
  if (n.children.length === 0) return { value: 0, rounded: 0 };
  return sumOf(submission, n.children, col, false, upTo);
}

function sumOf(
  submission: Submission,
  nodes: CriterionNode[],
  col: Column,
  skipMissingLeaves: boolean,
  upTo: number | null = null,
): Sum | null {
  let t = 0,
    rounded = 0;
  for (const ch of nodes) {
    if (skipMissingLeaves && !submission.byCode.has(ch.code) && ch.children.length === 0) continue;
    const v = value(submission, ch, col, upTo);
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
        sumOf(submission, m.node.children, col, true, roundOf(m, col)),
        { vi: `Điểm ${which} của ${displayCode(m.node.code)}`, en: `The ${col} score of ${m.node.code}` },
        m.node.code,
      );
    }
  }
  const total = submission.totalRow;
  if (!total) return out;
  for (const col of ["self", "appraised"] as const) {
    const which = col === "self" ? "tự chấm" : "thẩm định";
    const areas = sumOf(submission, framework.areas, col, true, roundOf(total, col));
    // A grand total that adds the unit's bonus and takes off its penalty ("Tổng cộng = tổng + thưởng − phạt") is right too.
    const adjusted = areas && withAdjustments(submission, areas, col);
    const stated = total[col];
    if (adjusted && stated?.num.kind === "number" && Math.abs(stated.num.value - adjusted.value) < 1e-6) continue;
    add(stated, areas, {
      vi: `Tổng điểm ${which}`,
      en: `The total ${col} score`,
    });
  }
  return out;
}

/** The areas' sum plus the sheet's bonus rows less its penalty rows in a column, or null without such rows. */
function withAdjustments(submission: Submission, areas: Sum, col: Column): Sum | null {
  const rows = submission.reading.adjustments;
  if (!rows.length) return null;
  let t = areas.value;
  for (const a of rows) {
    const c = a[col];
    if (c && c.num.kind === "number") t += a.kind === "bonus" ? c.num.value : -Math.abs(c.num.value);
  }
  return { value: round(t, 6), rounded: areas.rounded };
}

/** True when rounding to two decimals explains the difference. */
export function explainedByRounding(s: StatedSum): boolean {
  return Math.abs(s.actual - s.expected) <= s.tolerance + 1e-9;
}
