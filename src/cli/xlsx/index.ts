// The .xlsx layer of the `par-index` command line: read workbooks into snapshots, write sheet plans,
// copy units' sheets, save atomically.
export { excelSerial, toCellValue } from "./cellValue.js";
export { copySheetInto } from "./copySheet.js";
export { InputFileError, OutputFileError, type InputFileReason } from "./errors.js";
export { conditionalFormattings, dataValidations, type DataValidations } from "./exceljsExtras.js";
export { fromFileFormula, isFutureFunction, toFileFormula } from "./fileFormula.js";
export {
  generatedKind,
  generatedSheets,
  markerName,
  markGenerated,
  parseMarkerName,
  removeWorksheet,
} from "./marker.js";
export {
  readXlsx,
  snapshotSheet,
  snapshotWorkbook,
  type ReadOptions,
  type ReadResult,
  type UnreadSheet,
} from "./readXlsx.js";
export { DEFAULT_LIMITS, EXCEL_COLS, EXCEL_ROWS, MIB, type Limits, type Usage } from "./preflight.js";
export { cleanSheetName, freeSheetName, MAX_SHEET_NAME, nameVariants, sheetNameKey } from "./sheetNames.js";
export { argb, toExcelStyle } from "./style.js";
export { writePlans, type SkippedFeature, type WrittenSheet } from "./writePlans.js";
export { removeStaleTemps, tempName, writeXlsxAtomic } from "./writeXlsx.js";
