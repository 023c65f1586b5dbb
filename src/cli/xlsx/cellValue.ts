// ExcelJS cell values → the engine's CellValue, the same values Office.js `range.values` gives,
// so the engine sees a file exactly as it would see the open workbook in Excel.
import type * as ExcelJS from "exceljs";
import type { CellValue } from "../../core/index.js";

const MS_PER_DAY = 86_400_000;
// Days from the Excel epoch (1899-12-30 in the 1900 system, 1904-01-01 in the 1904 system) to 1970-01-01.
const UNIX_EPOCH_1900 = 25_569;
const UNIX_EPOCH_1904 = 24_107;

/** Excel serial number of a date as ExcelJS reads it (UTC), e.g. 2024-01-15 → 45306. */
export function excelSerial(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? UNIX_EPOCH_1904 : UNIX_EPOCH_1900);
}

/**
 * The value a cell shows: numbers, text (rich text and hyperlinks as plain text), booleans, dates as
 * Excel serial numbers (as Office.js returns them), errors as { error }, formulas as their cached
 * result (null when the file has none).
 */
export function toCellValue(v: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : excelSerial(v, date1904);
  if (typeof v !== "object") return null;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) return richText(o.richText);
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result as ExcelJS.CellValue | undefined, date1904);
  if ("hyperlink" in o || "text" in o) {
    const t = o.text;
    if (typeof t === "string") return t;
    if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText))
      return richText((t as { richText: unknown[] }).richText);
    return typeof t === "number" || typeof t === "boolean" ? String(t) : null;
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs
    .map((r) =>
      r && typeof r === "object" && typeof (r as { text?: unknown }).text === "string"
        ? (r as { text: string }).text
        : "",
    )
    .join("");
}
