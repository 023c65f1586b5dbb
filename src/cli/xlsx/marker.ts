// The mark that tells a generated sheet from a user's sheet in an .xlsx file.
//
// The add-in uses worksheet custom properties, which ExcelJS can neither read nor write. The file
// mark is a workbook-level defined name per generated sheet, `_ParIndex_<kind>_<n>`, referring to
// cell A1 of that sheet (e.g. _ParIndex_summary_1 = 'Tổng hợp'!$A$1). Why this form:
// - ExcelJS keeps only defined names that refer to cells (constants are dropped on load), and drops
//   the sheet scope (localSheetId) of ordinary names, so the kind lives in the name itself and the
//   sheet is found through the reference;
// - Excel and LibreOffice keep such names on save, and move the reference along when the user
//   renames the sheet; deleting the sheet turns the name into #REF!, which marks nothing.
// "-" is not allowed in a name, so "unit-plan" is written "unit_plan".
import type * as ExcelJS from "exceljs";
import { markerName, parseMarkerName } from "../../core/index.js";
import type { GeneratedKind } from "../../core/index.js";
import { sheetNameKey } from "./sheetNames.js";

export { markerName, parseMarkerName };

/** Generated sheets of the workbook: sheet-name key (see sheetNameKey) → kind. */
export function generatedSheets(workbook: ExcelJS.Workbook): Map<string, GeneratedKind> {
  const out = new Map<string, GeneratedKind>();
  for (const { name, sheetName } of nameCells(workbook)) {
    const kind = parseMarkerName(name);
    if (kind && sheetName) out.set(sheetNameKey(sheetName), kind);
  }
  const present = new Set(workbook.worksheets.map((w) => sheetNameKey(w.name)));
  for (const key of [...out.keys()]) if (!present.has(key)) out.delete(key);
  return out;
}

/** The kind of a generated sheet, undefined for a user's sheet. */
export function generatedKind(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet): GeneratedKind | undefined {
  return generatedSheets(workbook).get(sheetNameKey(worksheet.name));
}

/** Marks the sheet as generated, of this kind (replacing any earlier mark on it). */
export function markGenerated(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, kind: GeneratedKind): void {
  unmarkSheet(workbook, worksheet.name);
  const used = new Set(nameCells(workbook).map((c) => c.name.toLowerCase()));
  let n = 1;
  while (used.has(markerName(kind, n).toLowerCase())) n++;
  workbook.definedNames.add(`${quoteSheet(worksheet.name)}!$A$1`, markerName(kind, n));
}

/**
 * Removes a sheet with its generated-sheet mark. Other defined names pointing into it are removed
 * too (so none is left dangling), unless `replacing`: a sheet of the same name takes its place and
 * the user's names keep working.
 */
export function removeWorksheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, replacing = false): void {
  forgetNamesOn(workbook, worksheet.name, (name) => !replacing || parseMarkerName(name) !== undefined);
  workbook.removeWorksheet(worksheet.id);
}

function unmarkSheet(workbook: ExcelJS.Workbook, sheetName: string): void {
  forgetNamesOn(workbook, sheetName, (name) => parseMarkerName(name) !== undefined);
}

function forgetNamesOn(workbook: ExcelJS.Workbook, sheetName: string, which: (name: string) => boolean): void {
  const key = sheetNameKey(sheetName);
  const doomed = nameCells(workbook).filter(
    (c) => c.sheetName !== undefined && sheetNameKey(c.sheetName) === key && which(c.name),
  );
  for (const d of doomed) workbook.definedNames.removeEx(d.location, d.name);
}

interface NameCell {
  name: string;
  sheetName?: string;
  location: ExcelJS.Location;
}

// ExcelJS keeps defined names as a matrix of cells ({ sheetName, row, col, address }), whatever its typings say.
function nameCells(workbook: ExcelJS.Workbook): NameCell[] {
  const out: NameCell[] = [];
  workbook.definedNames.forEach((name, cell) => {
    const location = cell as unknown as ExcelJS.Location & { sheetName?: string };
    // ExcelJS strips the quotes of 'It''s'!$A$1 but keeps the doubled apostrophe.
    out.push({ name, sheetName: location.sheetName?.replace(/''/g, "'"), location });
  });
  return out;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
