// Excel's sheet-name rules (src/core/util/sheetNames.ts) applied to an ExcelJS workbook before
// ExcelJS sees a name (it throws on a bad name and silently truncates a long one, which could make
// two units collide).
import type * as ExcelJS from "exceljs";
import { cleanSheetName, freeName, MAX_SHEET_NAME, nameKey, nameVariants } from "../../core/index.js";

export { cleanSheetName, MAX_SHEET_NAME, nameVariants };

/** The key Excel compares sheet names by (case-insensitive, NFC). */
export const sheetNameKey = nameKey;

/** A valid name, based on `wanted`, that no sheet of the workbook has (Excel rules); "Tổng hợp" → "Tổng hợp (2)". */
export function freeSheetName(workbook: ExcelJS.Workbook, wanted: string, alsoTaken: Iterable<string> = []): string {
  return freeName(
    wanted,
    new Set<string>([...workbook.worksheets.map((w) => nameKey(w.name)), ...[...alsoTaken].map(nameKey)]),
  );
}
