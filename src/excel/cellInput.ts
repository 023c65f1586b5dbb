// What the adapter sends through `range.formulas` so that Excel stores exactly what a plan says.
// Excel parses what it is given as if typed: "=…" becomes a formula, "1.10" the number 1.1,
// "- Nội dung" a broken formula, "TRUE" a boolean. A leading apostrophe makes Excel keep the rest as
// text (the apostrophe is not part of the value; Office's own behaviour, see office-js issue #6687),
// so every string Excel might reinterpret is sent with one.
import type { PlanCell } from "../core/index.js";

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** Whether Excel would read `s` as something other than this exact text. */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  const t = s.trimStart();
  return /^[=+\-@'#.,(\d$€£¥%]/.test(t) || /^(true|false)$/i.test(t.trim()) || MONTH.test(t);
}

/** The text as sent to Excel so it stays this text. */
export function guardText(s: string): string {
  return needsTextGuard(s) ? `'${s}` : s;
}

/** The `formulas` entry for a plan cell: the formula (after `rewrite`), a guarded text, a number or boolean; null leaves the cell empty. */
export function formulaInput(
  cell: PlanCell | null | undefined,
  rewrite: (formula: string) => string = (f) => f,
): string | number | boolean | null {
  if (!cell) return null;
  if (cell.formula !== undefined && cell.formula !== "") {
    const f = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    return rewrite(f);
  }
  const v = cell.value;
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return guardText(v);
}
