import { SheetPlan, SheetSnapshot } from "../../src/core/types";

/** What a generated sheet looks like when read back (constants only; formula cells read as null). */
export function planToSnapshot(plan: SheetPlan, generated = true): SheetSnapshot {
  return {
    name: plan.name,
    originRow: 0,
    originCol: 0,
    values: plan.cells.map((r) => r.map((c) => (c && c.formula === undefined ? (c.value ?? null) : null))),
    formulas: plan.cells.map((r) => r.map((c) => c?.formula ?? null)),
    ...(generated ? { generated: plan.kind } : {}),
  };
}

/** Finds the (0-based) column of a header text in a plan's row. */
export function headerCol(plan: SheetPlan, row: number, text: string): number {
  const i = plan.cells[row].findIndex((c) => c?.value === text);
  if (i < 0) throw new Error(`no column ${text}`);
  return i;
}

/** The first row whose cells include a header text. */
export function headerRow(plan: SheetPlan, text: string): number {
  const r = plan.cells.findIndex((row) => row.some((c) => c?.value === text));
  if (r < 0) throw new Error(`no header ${text}`);
  return r;
}
