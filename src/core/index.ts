// The engine's one public surface: the shells (src/excel, src/cli, src/taskpane, src/preview) and the
// benchmark import the core only from here (lint enforces it). Everything else under src/core is internal.

// Types: the data the engine takes and gives.
export * from "./types.js";
export type { Finding } from "./findings.js";
export type { Analysis, PipelineOptions, PlanSelection } from "./analysis.js";
export type { CountedRule } from "./submission/counted.js";
export type { SheetSummary, ValidatedSheet, WorkbookValidation } from "./submission/validate.js";
export type { UnitInputs, UnitScore } from "./scoring/score.js";
export type { PreviousResult, SurveyEntry } from "./inputs/readers.js";
export type { GroupEntry } from "./inputs/groupTable.js";
export type { GroupSource } from "./submission/groups.js";
export type { DocumentHeader } from "./plans/builder.js";
export type { SheetNames } from "./plans/sheetNames.js";
export type { SampleOptions } from "./sample/units.js";

// The pipeline, whole and by phase (the benchmark times the phases).
export {
  analyseWorkbook,
  buildPlans,
  gatherInputs,
  matchPrevious,
  resultPlans,
  runPipeline,
  scoreUnits,
  resolveHeader,
} from "./pipeline.js";
export {
  checkSubmission,
  checkWorkbook,
  notASubmission,
  parseWorkbook,
  validateSheet,
  validateWorkbook,
} from "./submission/validate.js";
export { rankWithinGroups, groupsInOrder } from "./scoring/rank.js";
export { skipReasonText, unitReading } from "./submission/readingNotes.js";
export type { UnitReading } from "./submission/readingNotes.js";
export { scoreUnit } from "./scoring/score.js";

// Rules.
export { RULE_CATALOGUE, RULES } from "./rules/catalogue.js";
export { checkWorkbookSheets } from "./rules/workbook/index.js";
export type { WorkbookInput } from "./rules/workbook/input.js";
export type { RuleId } from "./rules/catalogue.js";
export type { RuleMeta, Text } from "./rules/rule.js";

// Criteria sets.
export { builtinFrameworks, getBuiltinFramework } from "./framework/samples.js";
export { DEFAULT_FRAMEWORK_ID, defaultFramework, defaultFrameworkChoice, frameworkSheets } from "./framework/choice.js";
export type { DefaultFramework, FrameworkChoice } from "./framework/choice.js";
export { checkFramework } from "./framework/checkFramework.js";
export { UNCLASSIFIED, UNCLASSIFIED_EN } from "./framework/bandsText.js";
export { acceptedErrorsNote, acceptedErrorsNoteEn, frameworkErrors, frameworkGate } from "./framework/gate.js";
export type { FrameworkGate } from "./framework/gate.js";
export { frameworkSheetPlan, readFrameworkSheet } from "./framework/frameworkSheet.js";
export type { ReadFrameworkResult } from "./framework/frameworkSheet.js";
export { parseFrameworkJson } from "./framework/frameworkJson.js";
export { looksLikeFrameworkSheet } from "./framework/layout.js";
export {
  allNodes,
  frameworkSummary,
  leaves,
  nodeMax,
  surveyLeaves,
  surveyMax,
  unitSurveyLeaves,
} from "./framework/model.js";
export { submissionTemplatePlan } from "./framework/template.js";

// Inputs staff keep in the workbook.
export { readPreviousResults, readSummaryInputs, readSurveyTable } from "./inputs/readers.js";
export { DOCUMENT_INFO_SHEET, documentInfoOf, readDocumentInfo, textDate } from "./inputs/documentInfo.js";
export { csvSheet, readGroupTable } from "./inputs/groupTable.js";
export { groupTablesOf } from "./submission/groups.js";
export type { GroupTables } from "./submission/groups.js";

// Generated sheets.
export { documentHeader } from "./plans/builder.js";
export { lostItems } from "./plans/remediation.js";
export { keptPlanEntries, KEPT_SECTION } from "./plans/remediation.js";
export { DEFAULT_SHEET_NAMES, resolveSheetNames } from "./plans/sheetNames.js";

// Sample data (the demo, the preview, the benchmark).
export { buildUnitSheet } from "./sample/unitSheet.js";
export { prng, sampleUnitSpecs } from "./sample/units.js";

// Helpers the shells share with the engine: A1 addresses, Excel names, numbers and text.
export { a1, colIndex, colLetter, parseA1, parseRange, rangeA1 } from "./util/a1.js";
export {
  cleanSheetName,
  cleanTableName,
  freeName,
  isGeneratedKind,
  isVariantOf,
  markerName,
  MAX_SHEET_NAME,
  nameKey,
  nameVariants,
  parseMarkerName,
} from "./util/sheetNames.js";
export { formatVi, parseLocaleNumber } from "./util/numbers.js";
export { foldLoose } from "./util/text.js";
export { displayCode } from "./util/codes.js";
