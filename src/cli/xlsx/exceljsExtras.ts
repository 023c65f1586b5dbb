// Parts of ExcelJS 4.4 that work but are missing from its type declarations.
import type * as ExcelJS from "exceljs";

/** A worksheet's data validations, keyed by cell address or range ("B7" or "B7:B30"). */
export interface DataValidations {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): ExcelJS.DataValidation;
  find(address: string): ExcelJS.DataValidation | undefined;
}

/** The worksheet's data validations (ExcelJS has them, its typings do not). */
export function dataValidations(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

/** Tab position key ExcelJS sorts worksheets by. */
export function orderNo(ws: ExcelJS.Worksheet): number {
  return (ws as unknown as { orderNo: number }).orderNo;
}

/** Moves a worksheet to the tab position of another (by ExcelJS's order key). */
export function setOrderNo(ws: ExcelJS.Worksheet, n: number): void {
  (ws as unknown as { orderNo: number }).orderNo = n;
}

/** The worksheet's conditional formats (ExcelJS has them, its typings do not). */
export function conditionalFormattings(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}
