import { leaves } from "../../src/core/framework/model";
import { buildUnitSheet, LeafEntry, SheetQuirks, UNIT_COLUMNS } from "../../src/core/sample/unitSheet";
import { CellValue, Framework, SheetSnapshot } from "../../src/core/types";
import { a1, parseA1 } from "../../src/core/util/a1";
import { normalizeCode } from "../../src/core/util/codes";

/** Entries giving every self-scored leaf its maximum, with evidence, appraised the same. */
export function fullMarks(fw: Framework, appraise = true): Map<string, LeafEntry> {
  const m = new Map<string, LeafEntry>();
  for (const l of leaves(fw))
    if (l.source === "self")
      m.set(l.code, { self: l.max, evidence: "Kế hoạch số 15/KH-UBND", ...(appraise ? { appraised: l.max } : {}) });
  return m;
}

/** A clean unit sheet (optionally with quirks), built like a real submission. */
export function unitSheet(
  fw: Framework,
  opts: {
    name?: string;
    unit?: string;
    entries?: Map<string, LeafEntry>;
    quirks?: SheetQuirks;
    appraisal?: boolean;
  } = {},
): SheetSnapshot {
  return buildUnitSheet(fw, {
    sheetName: opts.name ?? "P. Hồng Hà",
    unitName: opts.unit ?? "Phường Hồng Hà",
    entries: opts.entries ?? fullMarks(fw, opts.appraisal !== false),
    appraisalColumns: opts.appraisal !== false,
    quirks: opts.quirks,
  });
}

/** Row (0-based) of the row holding a criterion code. */
export function rowOf(sheet: SheetSnapshot, code: string): number {
  const i = sheet.values.findIndex((r) => r && normalizeCode(r[UNIT_COLUMNS.code]) === code);
  if (i < 0) throw new Error(`no row for ${code}`);
  return i + sheet.originRow;
}

/** A1 of a criterion's cell in one of the layout's columns. */
export function cellOf(sheet: SheetSnapshot, code: string, col: keyof typeof UNIT_COLUMNS): string {
  return a1(rowOf(sheet, code), UNIT_COLUMNS[col] + sheet.originCol);
}

/** Sets a cell (value, optional formula) of a snapshot by A1 address. */
export function setCell(sheet: SheetSnapshot, addr: string, v: CellValue, formula: string | null = null): void {
  const p = parseA1(addr)!;
  const r = p.row - sheet.originRow,
    c = p.col - sheet.originCol;
  while (sheet.values.length <= r) sheet.values.push([]);
  sheet.values[r][c] = v;
  if (sheet.formulas) {
    while (sheet.formulas.length <= r) sheet.formulas.push([]);
    sheet.formulas[r][c] = formula;
  }
}
