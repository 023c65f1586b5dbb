// What the task pane shows: the state the controller keeps and every component reads.
import { defaultFrameworkChoice, frameworkGate, unitReading } from "../core/index.js";
import type {
  DocumentHeader,
  Finding,
  Framework,
  FrameworkGate,
  SheetSummary,
  Text,
  UnitInputs,
  UnitScore,
  WorkbookValidation,
} from "../core/index.js";
import type { WrittenSheet } from "../excel/gateway.js";
import type { ErrorState } from "./errors.js";
import { defaultFilter, FindingFilter } from "./findingFilters.js";
import type { Lang, Message } from "./i18n.js";
import { Settings, settingsFor, UnitOverride } from "./settings.js";
import type { FrameworkChoice } from "./workbook.js";

/** The five steps of the appraisal season, as the pane's tabs. */
export type StepId = "framework" | "units" | "check" | "score" | "plans";
/** The steps in order. */
export const STEPS: readonly StepId[] = ["framework", "units", "check", "score", "plans"];

/** A long operation under way: what it is and, when Excel reports it, how far it got. */
export interface Busy {
  label: Message;
  done?: number;
  total?: number;
  /** Excel's own step label (Vietnamese), when it gives one. */
  detail?: string;
  /** True while staff can still stop it (the cancel button); nothing has been written yet. */
  cancellable?: boolean;
}

/** What was done (or needs a look), shown until the next action. */
export interface Notice {
  intent: "success" | "info" | "warning";
  messages: Message[];
}

/** One unit sheet as checked: who it is, its counts and its findings. */
export interface UnitCheck extends SheetSummary {
  findings: Finding[];
  /** What reading decided (header row, what named the unit, sheets joined, rounds counted, bonus/penalty from its rows). */
  reading: Text[];
  /** Every sheet read as this unit (several when tabs were joined). */
  sheets: string[];
}

/** A sheet that is not a unit's submission, and why. */
export interface SkippedSheet {
  sheet: string;
  reason: string;
}

/** Everything the pane shows. */
export interface TaskPaneState {
  lang: Lang;
  step: StepId;
  /** True once the workbook was read for the first time. */
  ready: boolean;
  busy: Busy | null;
  error: ErrorState | null;
  notice: Notice | null;
  canImport: boolean;
  builtins: { id: string; name: string }[];
  choice: FrameworkChoice;
  framework: Framework | null;
  frameworkFindings: Finding[];
  frameworkProblem: Message | null;
  frameworkSheets: string[];
  /** The framework sheet the add-in made earlier, which inserting again replaces. */
  generatedFrameworkSheet: string | null;
  /** A pending question before a destructive action. */
  confirm:
    | { kind: "replace-framework"; sheet: string }
    | { kind: "accept-framework-errors"; errors: number }
    /** Users' formulas point at generated sheets the write would replace (they would become #REF!). */
    | { kind: "formulas-at-risk"; action: "score" | "plan"; cells: string[]; more: number }
    | null;
  /** Staff accepted the framework's errors knowingly: scoring goes on, every generated sheet says so. */
  frameworkAccepted: boolean;
  /** Every sheet name, in order. */
  sheets: string[];
  units: UnitCheck[];
  skipped: SkippedSheet[];
  overrides: Record<string, UnitOverride>;
  filter: FindingFilter;
  carried: Record<string, UnitInputs>;
  /** Units whose survey part would count 0 (`survey-missing`): from the workbook before scoring, what remains after. */
  surveyMissing: Finding[];
  /** The document header the workbook keeps on its sheet "Thông tin văn bản" (what blank fields print). */
  keptHeader: Partial<DocumentHeader>;
  settings: Settings;
  results: UnitScore[] | null;
  previousCount: number | null;
  written: WrittenSheet[];
  planTarget: string;
}

/** The pane before the workbook is read: the first step, the built-in sample chosen, nothing checked, errors and warnings shown. */
export function initialState(lang: Lang, builtins: readonly { id: string; name: string }[]): TaskPaneState {
  return {
    lang,
    step: "framework",
    ready: false,
    busy: null,
    error: null,
    notice: null,
    canImport: false,
    builtins: builtins.map((f) => ({ id: f.id, name: f.name })),
    choice: defaultFrameworkChoice(null),
    framework: null,
    frameworkFindings: [],
    frameworkProblem: null,
    frameworkSheets: [],
    generatedFrameworkSheet: null,
    confirm: null,
    frameworkAccepted: false,
    sheets: [],
    units: [],
    skipped: [],
    overrides: {},
    filter: defaultFilter(),
    carried: {},
    surveyMissing: [],
    keptHeader: {},
    settings: settingsFor(null),
    results: null,
    previousCount: null,
    written: [],
    planTarget: "",
  };
}

/** Whether the framework's errors stop scoring (none, or accepted: it may go on). */
export function scoringGate(state: Pick<TaskPaneState, "frameworkFindings" | "frameworkAccepted">): FrameworkGate {
  return frameworkGate(state.frameworkFindings, state.frameworkAccepted);
}

/** The checked units of a validation, sheets in order. */
export function unitChecks(v: WorkbookValidation, scores?: UnitScore[]): UnitCheck[] {
  return v.sheets.map((s, i) => {
    const r = unitReading(s, scores?.[i]);
    return { ...s.summary, findings: s.findings, reading: r.notes, sheets: r.sheets };
  });
}

/** The sheets a validation passed over, and why. */
export function skippedSheets(v: WorkbookValidation): SkippedSheet[] {
  return v.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason }));
}
