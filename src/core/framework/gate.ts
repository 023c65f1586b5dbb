// A broken criteria set does not rank. Any error-severity framework-* finding (areas that do not add
// up to 100, a parent whose children do not add up, an unreadable maximum…) stops scoring; staff may
// accept the errors knowingly, and every generated sheet then says so under its title.
import type { Finding } from "../findings.js";
import type { FindingOf, SheetPlan } from "../types.js";
import { a1, parseRange, rangeA1 } from "../util/a1.js";

/** The error-severity findings about the framework itself (rule ids `framework-*`), in order. */
export function frameworkErrors<F extends FindingOf>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === "error" && f.rule.startsWith("framework-"));
}

/** Whether scoring may go on: no framework errors, or staff accepted them. */
export interface FrameworkGate {
  /** True when scoring must not go on. */
  blocked: boolean;
  /** The framework's errors (blocking or accepted). */
  errors: Finding[];
}

/** Decides whether a framework with these findings may be used to score (accepted: staff said so knowingly). */
export function frameworkGate(findings: readonly Finding[], accepted: boolean): FrameworkGate {
  const errors = frameworkErrors(findings);
  return { blocked: errors.length > 0 && !accepted, errors };
}

/** The line every generated sheet carries under its title when the framework's errors were accepted. */
export function acceptedErrorsNote(errors: readonly FindingOf[]): string {
  const rules = [...new Set(errors.map((e) => e.rule))].join(", ");
  return `Lưu ý: bộ tiêu chí có ${errors.length} lỗi (${rules}); kết quả này được tính khi cán bộ đã chấp nhận các lỗi đó.`;
}

/** The same line in English (for the shells' reports). */
export function acceptedErrorsNoteEn(errors: readonly FindingOf[]): string {
  const rules = [...new Set(errors.map((e) => e.rule))].join(", ");
  return `Note: the framework has ${errors.length} error(s) (${rules}); these results were computed after staff accepted them.`;
}

const NOTE_STYLE = { italic: true, bold: true, fontColor: "#C00000", hAlign: "left", wrap: true } as const;

/**
 * Writes `note` under the sheet's title, in a row that is empty in every plan of ours: the spacer row
 * between the title block and the table (the official documents), or appended to the detail sheet's
 * note line (its row 2). Nothing moves: every formula and layout keeps its cells.
 */
export function noteUnderTitle(plan: SheetPlan, note: string): void {
  if (plan.kind === "detail") {
    const cell = plan.cells[1]?.[0];
    if (cell && typeof cell.value === "string") {
      cell.value = `${cell.value} ${note}`;
      plan.styles = [...(plan.styles ?? []), { range: "A2", style: { fontColor: NOTE_STYLE.fontColor, bold: true } }];
      const h = plan.rowHeights?.find((r) => r.row === 1);
      if (h) h.height += 45;
    }
    return;
  }
  // The official header fills rows 1–3 (and a blank 4th); the title starts on row 5 (index 4).
  const titleRow = 4;
  const width = plan.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const titleMerge = (plan.merges ?? []).map(parseRange).find((m) => m !== null && m.r0 === titleRow && m.c0 === 0);
  const end = titleMerge ? titleMerge.c1 : Math.max(0, width - 1);
  const empty = (r: number) => (plan.cells[r] ?? []).every((c) => c === null || c === undefined);
  let row = -1;
  for (let r = titleRow + 1; r < Math.min(plan.cells.length, titleRow + 6); r++)
    if (empty(r)) {
      row = r;
      break;
    }
  if (row < 0) return;
  const cells = plan.cells[row];
  while (cells.length < width) cells.push(null);
  cells[0] = { value: note };
  if (end > 0) plan.merges = [...(plan.merges ?? []), rangeOf(row, 0, row, end)];
  plan.styles = [...(plan.styles ?? []), { range: rangeOf(row, 0, row, end), style: { ...NOTE_STYLE } }];
  const heights = (plan.rowHeights ?? []).filter((h) => h.row !== row);
  plan.rowHeights = [...heights, { row, height: 33 }].sort((a, b) => a.row - b.row);
}

function rangeOf(r0: number, c0: number, r1: number, c1: number): string {
  return r0 === r1 && c0 === c1 ? a1(r0, c0) : rangeA1(r0, c0, r1, c1);
}
