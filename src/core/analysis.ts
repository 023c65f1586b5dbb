// What the engine takes (PipelineOptions) and what it gives (Analysis): types only, in a module of
// their own so that the sheet builders can name them without importing the pipeline.
import type { CountedRule } from "./submission/counted.js";
import type { DocumentHeader } from "./plans/builder.js";
import type { PreviousResult, SurveyEntry } from "./inputs/readers.js";
import type { GroupEntry } from "./inputs/groupTable.js";
import type { SheetNames } from "./plans/sheetNames.js";
import type { UnitInputs, UnitScore } from "./scoring/score.js";
import type { WorkbookValidation } from "./submission/validate.js";
import type { FindingOf, Framework } from "./types.js";

export interface PipelineOptions {
  framework: Framework;
  /** Source file name, for findings (CLI). */
  file?: string;
  /** Unit name / group corrections by sheet name. */
  overrides?: Record<string, { unit?: string; group?: string }>;
  /** Survey, bonus and penalty points by sheet name (override what the existing summary holds). */
  inputs?: Record<string, UnitInputs>;
  /** Survey points by unit name; default: every survey table ("Đơn vị | Điểm điều tra XHH") in the snapshot. */
  surveys?: SurveyEntry[];
  /**
   * Units' groups given by the shell (the CLI's --groups file): after the group tables in the
   * snapshot, before staff's choice (overrides) and the unit's name.
   */
  groups?: GroupEntry[];
  /** Last year's results; matched to units by name. */
  previous?: PreviousResult[];
  /** Official header of the generated documents. */
  header?: Partial<DocumentHeader>;
  year?: number;
  /** Which score counts (default: the appraised score where filled, else the self score). */
  counted?: CountedRule;
  /** Names of the generated sheets; default: resolved from the snapshot (see resolveSheetNames). */
  names?: SheetNames;
  /**
   * The framework's error findings staff accepted knowingly (--accept-framework-errors, the pane's
   * confirmation): every generated sheet says so under its title.
   */
  acceptedFrameworkErrors?: readonly FindingOf[];
}

/** What analyseWorkbook gives: every unit validated, scored and ranked. */
export interface Analysis {
  framework: Framework;
  counted: CountedRule;
  validation: WorkbookValidation;
  scores: UnitScore[];
}

/** Which plans a run produces besides the results (summary, ranking, detail), which are always written. */
export interface PlanSelection {
  /** The remediation plan for all units and the loss analysis. */
  remediation?: boolean;
  /** Sheet names of units that also get their own plan sheet. */
  unitPlans?: string[];
}
