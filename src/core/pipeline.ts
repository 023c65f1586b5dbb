import { analysisSheetPlan } from "./plans/analysisSheet.js";
import { DocumentHeader } from "./plans/builder.js";
import { remediationPlan, unitPlanName, unitRemediationPlan } from "./plans/remediation.js";
import { DEFAULT_SHEET_NAMES, resolveSheetNames, SheetNames } from "./plans/sheetNames.js";
import { readPreviousResults, readSummaryInputs, readSurveyTable, SurveyEntry } from "./plans/carryOver.js";
import { surveyMax } from "./framework/model.js";
import { finding } from "./submission/findings.js";
import { DetailLayout, detailSheetPlan } from "./plans/detailSheet.js";
import { rankingSheetPlan } from "./plans/rankingSheet.js";
import { PreviousResult, SummaryLayout, summarySheetPlan } from "./plans/summarySheet.js";
import { rankWithinGroups, scoreUnit, UnitInputs, UnitScore } from "./scoring/score.js";
import { CountedRule } from "./submission/counted.js";
import { validateWorkbook, WorkbookValidation } from "./submission/validate.js";
import { Framework, SheetPlan, WorkbookSnapshot } from "./types.js";
import { foldLoose } from "./util/text.js";

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
  /** Last year's results; matched to units by name. */
  previous?: PreviousResult[];
  /** Official header of the generated documents. */
  header?: Partial<DocumentHeader>;
  year?: number;
  /** Which score counts (default: the appraised score where filled, else the self score). */
  counted?: CountedRule;
  /** Names of the generated sheets; default: resolved from the snapshot (see resolveSheetNames). */
  names?: SheetNames;
}

export interface Analysis {
  framework: Framework;
  counted: CountedRule;
  validation: WorkbookValidation;
  scores: UnitScore[];
}

/** Validates every unit sheet, scores and ranks the units (inputs carried over from an existing summary). */
export function analyseWorkbook(snapshot: WorkbookSnapshot, opts: PipelineOptions): Analysis {
  const fw = opts.framework;
  const counted = opts.counted ?? "appraised-else-self";
  const validation = validateWorkbook(snapshot, fw, { file: opts.file, overrides: opts.overrides });
  const existing = snapshot.sheets.find((s) => s.generated === "summary");
  const carried = existing ? readSummaryInputs(existing) : new Map();
  const surveys = opts.surveys ?? snapshot.sheets.flatMap(readSurveyTable);
  const cap = surveyMax(fw);
  for (const s of surveys) {
    if (cap > 0 && s.points > cap + 1e-9 && s.sheet && s.cell)
      validation.findings.push(
        finding({ sheet: s.sheet, file: s.file }, "survey-over-max", "warning", s.cell, undefined,
          `Điểm điều tra XHH của ${s.unit} (${s.points}) vượt phần điều tra của bộ tiêu chí (${cap} điểm); chỉ tính ${cap}. Kiểm tra lại (có thể đã nhập tỷ lệ %).`,
          `Survey points of ${s.unit} (${s.points}) exceed the framework's survey part (${cap}); ${cap} counted. Check the figure (a percentage?).`,
          cap, s.points),
      );
  }
  const surveyByName = new Map(surveys.map((s) => [foldLoose(s.unit), s.points]));
  const scores = validation.sheets.map((v) => {
    const sheet = v.submission.sheet;
    const fromTable = surveyByName.get(foldLoose(v.submission.unit)) ?? surveyByName.get(foldLoose(sheet));
    // The survey table is the source: it wins over a value an earlier run copied into the summary.
    const inputs = { ...(carried.get(sheet) ?? {}), ...(fromTable !== undefined ? { survey: fromTable } : {}), ...(opts.inputs?.[sheet] ?? {}) };
    return scoreUnit(v, fw, inputs, counted);
  });
  rankWithinGroups(scores);
  return { framework: fw, counted, validation, scores };
}

/** The official header, completed with defaults (today's date, a neutral appraising body). */
export function documentHeader(h: Partial<DocumentHeader> = {}, today = new Date()): DocumentHeader {
  return {
    issuingBody: h.issuingBody ?? "SỞ NỘI VỤ",
    parentBody: h.parentBody ?? "ỦY BAN NHÂN DÂN TỈNH",
    place: h.place ?? "………",
    date: h.date ?? { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
  };
}

export interface ResultPlans {
  plans: SheetPlan[];
  detail: DetailLayout;
  summary: SummaryLayout;
}

/** Matches last year's results to this year's units by name (case, spacing and diacritics ignored). */
export function matchPrevious(scores: UnitScore[], previous: PreviousResult[] | undefined): Map<string, PreviousResult> {
  const out = new Map<string, PreviousResult>();
  if (!previous?.length) return out;
  const byName = new Map(previous.map((p) => [foldLoose(p.unit), p]));
  for (const s of scores) {
    const p = byName.get(foldLoose(s.unit)) ?? byName.get(foldLoose(s.sheet));
    if (p) out.set(s.sheet, p);
  }
  return out;
}

/** The detail, summary ("Tổng hợp") and ranking ("Xếp hạng") sheets of an analysis. */
export function resultPlans(a: Analysis, opts: PipelineOptions): ResultPlans {
  const header = documentHeader(opts.header);
  const names = opts.names ?? DEFAULT_SHEET_NAMES;
  const units = a.validation.sheets;
  const detail = detailSheetPlan(a.framework, units, names.detail, a.counted);
  const summary = summarySheetPlan(a.framework, units, a.scores, detail.layout, { header, year: opts.year, previous: matchPrevious(a.scores, opts.previous), name: names.summary, counted: a.counted });
  const ranking = rankingSheetPlan(a.framework, a.scores, summary.layout, { header, year: opts.year, name: names.ranking });
  return { plans: [summary.plan, ranking, detail.plan], detail: detail.layout, summary: summary.layout };
}

/** Which plans a run produces besides the results (summary, ranking, detail), which are always written. */
export interface PlanSelection {
  /** The remediation plan for all units and the loss analysis. */
  remediation?: boolean;
  /** Sheet names of units that also get their own plan sheet. */
  unitPlans?: string[];
}

/**
 * The sheets to write for an analysis: the results (summary, ranking, detail) and, on request, the
 * remediation plan, the analysis and per-unit plans. Generated sheets of these kinds already in the
 * workbook are regenerated too: they read the results by reference, and replacing the results
 * under them would leave them with #REF!. Staff entries in existing plan sheets are carried over.
 */
export function buildPlans(a: Analysis, snapshot: WorkbookSnapshot, options: PipelineOptions, select: PlanSelection = { remediation: true }): SheetPlan[] {
  const opts = { ...options, names: options.names ?? resolveSheetNames(snapshot) };
  const header = documentHeader(opts.header);
  const r = resultPlans(a, opts);
  const out: SheetPlan[] = [...r.plans];
  const present = new Set(snapshot.sheets.map((s) => s.generated));
  const existing = snapshot.sheets.filter((s) => s.generated === "plan" || s.generated === "unit-plan");
  if (select.remediation || present.has("plan") || present.has("analysis")) {
    out.push(remediationPlan(a, r.detail, { header, existing, year: opts.year, name: opts.names.plan }));
    out.push(analysisSheetPlan(a, r.detail, r.summary, { header, year: opts.year, name: opts.names.analysis }));
  }
  const unitSheets = new Set(select.unitPlans ?? []);
  for (const s of snapshot.sheets) {
    if (s.generated !== "unit-plan") continue;
    const unit = a.validation.sheets.find((v) => unitPlanName(v.submission.sheet) === s.name);
    if (unit) unitSheets.add(unit.submission.sheet);
  }
  for (const sheet of unitSheets) {
    const p = unitRemediationPlan(a, r.detail, sheet, { header, existing, year: opts.year });
    if (p) out.push(p);
  }
  return out;
}

/** The whole engine on a workbook: validate, score, rank, and the sheets to write. */
export function runPipeline(snapshot: WorkbookSnapshot, opts: PipelineOptions, select?: PlanSelection): { analysis: Analysis; plans: SheetPlan[] } {
  const analysis = analyseWorkbook(snapshot, opts);
  return { analysis, plans: buildPlans(analysis, snapshot, opts, select) };
}

export { readPreviousResults };
