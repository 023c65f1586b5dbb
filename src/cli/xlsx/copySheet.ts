// Copying a unit's sheet from its own file into the consolidated output workbook, as submitted.
import type * as ExcelJS from "exceljs";
import { freeSheetName } from "./sheetNames.js";

/**
 * Copies a worksheet into another workbook under a free name based on `name` and returns the copy:
 * values, formulas with their cached results (shared formulas stay shared), styles, merges, column
 * widths, row heights, hidden rows (ExcelJS saves no row that has neither cells nor a height) and columns, freeze panes, page setup, filters, validations and
 * conditional formats. The source is not changed. Not copied: pictures, and the table objects of
 * Excel tables (their cells are copied). Formulas that point to other sheets of the source file keep
 * their text and will show #REF! when recalculated if no sheet of that name exists in the target.
 */
export function copySheetInto(target: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const copy = target.addWorksheet(freeSheetName(target, name));
  // The worksheet model is what ExcelJS itself loads a sheet from; cloning it keeps the copy
  // independent of the source (no shared style objects).
  const model = structuredClone({ ...source.model, media: [], tables: [] }) as ExcelJS.WorksheetModel &
    Record<string, unknown>;
  // ExcelJS reads merges back from "mergeCells", though it reports them as "merges".
  model.mergeCells = model.merges;
  model.name = copy.name;
  model.id = copy.id;
  copy.model = model;
  return copy;
}
