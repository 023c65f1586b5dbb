// The engine end to end: validate, gather inputs, score, rank (analyseWorkbook), then the sheets to
// write (buildPlans). Both shells and the benchmark call these functions.
import type { Analysis, PipelineOptions, PlanSelection } from "./analysis.js";
import { acceptedErrorsNote, noteUnderTitle } from "./framework/gate.js";
import { analysisSheetPlan } from "./plans/analysisSheet.js";
import { DocumentHeader, documentHeader } from "./plans/builder.js";
import { DOCUMENT_INFO_SHEET, documentInfoOf, documentInfoPlan } from "./inputs/documentInfo.js";
import { nameKey } from "./util/sheetNames.js";
import { remediationPlan, unitPlanName, unitRemediationPlan } from "./plans/remediation.js";
import { DEFAULT_SHEET_NAMES, resolveSheetNames } from "./plans/sheetNames.js";
import { readSummaryInputs, PreviousResult, SummaryEntry } from "./inputs/readers.js";
import { gatherSurveys, GatheredSurveys, surveyInputs } from "./inputs/surveyPoints.js";
import { readSurveyTables } from "./inputs/surveyTable.js";
import { checkSurveys } from "./rules/survey/index.js";
import { checkGroupTables } from "./rules/groups/index.js";
import { groupTablesOf } from "./submission/groups.js";
import { DetailLayout, detailSheetPlan } from "./plans/detailSheet.js";
import { rankingSheetPlan } from "./plans/rankingSheet.js";
import { SummaryLayout, summarySheetPlan } from "./plans/summarySheet.js";
import { rankWithinGroups } from "./scoring/rank.js";
import { scoreUnit, UnitInputs, UnitScore } from "./scoring/score.js";
import { CountedRule } from "./submission/counted.js";
import { checkWorkbook, parseWorkbook, WorkbookValidation } from "./submission/validate.js";
import { Framework, SheetPlan, WorkbookSnapshot } from "./types.js";
import type { Finding } from "./findings.js";
import { foldLoose } from "./util/text.js";

/** Survey, bonus and penalty points of each unit sheet, and the findings about the survey tables read. */
export interface GatheredInputs {
  bySheet: Map<string, UnitInputs>;
  findings: Finding[];
  /** Each unit's survey points, component by component, and where they came from. */
  surveys: GatheredSurveys;
}

/**
 * Each unit's survey, bonus and penalty points: what an earlier run's summary holds, then the survey
 * points the office wrote in the unit's sheet (its bonus and penalty rows are read by scoreUnit), then the survey
 * tables (the source: they win over a value an earlier run copied into the summary), then what staff
 * typed in this run (opts.inputs). Survey points come by component where the framework has several
 * (see gatherSurveys). Survey values above their maximum, survey columns naming no component,
 * tables that disagree with a unit's sheet and units without survey points are reported.
 */
export function gatherInputs(
  snapshot: WorkbookSnapshot,
  validation: WorkbookValidation,
  opts: PipelineOptions,
): GatheredInputs {
  const existing = snapshot.sheets.find((s) => s.generated === "summary");
  const carried = existing ? readSummaryInputs(existing) : new Map<string, SummaryEntry>();
  const tables = opts.surveys
    ? { entries: opts.surveys, unknownColumns: [] }
    : readSurveyTables(snapshot.sheets, opts.framework);
  const surveys = gatherSurveys(validation, opts.framework, tables.entries, carried, opts.inputs);
  const findings = checkSurveys(tables.entries, opts.framework, {
    unknownColumns: tables.unknownColumns,
    gathered: surveys,
  });
  const bySheet = new Map<string, UnitInputs>();
  const adjustmentsOf = new Map(validation.sheets.map((v) => [v.submission.sheet, v.submission.reading.adjustments]));
  for (const u of surveys.units) {
    // A unit's own bonus and penalty rows are the source: a value an earlier run copied into the summary does not win over them.
    const prev = { ...(carried.get(u.sheet) ?? {}) };
    for (const a of adjustmentsOf.get(u.sheet) ?? []) delete prev[a.kind];
    const typed = opts.inputs?.[u.sheet] ?? {};
    const bonus = typed.bonus !== undefined ? typed.bonus : prev.bonus;
    const penalty = typed.penalty !== undefined ? typed.penalty : prev.penalty;
    bySheet.set(u.sheet, {
      ...surveyInputs(u),
      ...(bonus !== undefined ? { bonus } : {}),
      ...(penalty !== undefined ? { penalty } : {}),
    });
  }
  return { bySheet, findings, surveys };
}

/** Scores every validated unit with its inputs (ranks are set by rankWithinGroups). */
export function scoreUnits(
  validation: WorkbookValidation,
  fw: Framework,
  inputs: Map<string, UnitInputs>,
  counted: CountedRule,
): UnitScore[] {
  return validation.sheets.map((v) => scoreUnit(v, fw, inputs.get(v.submission.sheet) ?? {}, counted));
}

/**
 * Validates every unit sheet, scores and ranks the units (inputs carried over from an existing
 * summary). The phases are exported one by one so that the benchmark times exactly this.
 */
export function analyseWorkbook(snapshot: WorkbookSnapshot, opts: PipelineOptions): Analysis {
  const fw = opts.framework;
  const counted = opts.counted ?? "appraised-else-self";
  // Group tables ("Đơn vị | Nhóm") in the snapshot decide groups first, then the shell's (--groups).
  const groupTables = groupTablesOf(snapshot, opts.groups);
  const validation = checkWorkbook(
    parseWorkbook(snapshot, fw, { file: opts.file, overrides: opts.overrides, groupTables }),
    fw,
  );
  validation.findings.push(...checkGroupTables([...groupTables.table!, ...groupTables.option!], fw));
  const inputs = gatherInputs(snapshot, validation, opts);
  validation.findings.push(...inputs.findings);
  const scores = scoreUnits(validation, fw, inputs.bySheet, counted);
  rankWithinGroups(scores);
  return { framework: fw, counted, validation, scores };
}

export interface ResultPlans {
  plans: SheetPlan[];
  detail: DetailLayout;
  summary: SummaryLayout;
}

/** Matches last year's results to this year's units by name (case, spacing and diacritics ignored). */
export function matchPrevious(
  scores: UnitScore[],
  previous: PreviousResult[] | undefined,
): Map<string, PreviousResult> {
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
export function resultPlans(a: Analysis, opts: PipelineOptions, header = documentHeader(opts.header)): ResultPlans {
  const names = opts.names ?? DEFAULT_SHEET_NAMES;
  const units = a.validation.sheets;
  const detail = detailSheetPlan(a.framework, units, names.detail, a.counted);
  const summary = summarySheetPlan(a.framework, units, a.scores, detail.layout, {
    header,
    year: opts.year,
    previous: matchPrevious(a.scores, opts.previous),
    name: names.summary,
    counted: a.counted,
  });
  const ranking = rankingSheetPlan(a.framework, a.scores, summary.layout, {
    header,
    year: opts.year,
    name: names.ranking,
  });
  return { plans: [summary.plan, ranking, detail.plan], detail: detail.layout, summary: summary.layout };
}

/**
 * The sheets to write for an analysis: the results (summary, ranking, detail) and, on request, the
 * remediation plan, the analysis and per-unit plans. Generated sheets of these kinds already in the
 * workbook are regenerated too: they read the results by reference, and replacing the results
 * under them would leave them with #REF!. Staff entries in existing plan sheets are carried over.
 */
export function buildPlans(
  a: Analysis,
  snapshot: WorkbookSnapshot,
  options: PipelineOptions,
  select: PlanSelection = { remediation: true },
): SheetPlan[] {
  const opts = { ...options, names: options.names ?? resolveSheetNames(snapshot) };
  const header = resolveHeader(snapshot, opts, a.framework.issuingBody);
  const r = resultPlans(a, opts, header);
  const out: SheetPlan[] = [...r.plans];
  // The header in force is kept in the workbook when it was set (pane, command line) or kept there
  // before; a user's own sheet of that name is read, never overwritten.
  const userSheet = snapshot.sheets.some((s) => !s.generated && nameKey(s.name) === nameKey(DOCUMENT_INFO_SHEET));
  const keptBefore = snapshot.sheets.some((s) => s.generated === "document");
  if (!userSheet && (keptBefore || Object.values(opts.header ?? {}).some((v) => v !== undefined && v !== "")))
    out.push(documentInfoPlan(header));
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
  if (opts.acceptedFrameworkErrors?.length) {
    const note = acceptedErrorsNote(opts.acceptedFrameworkErrors);
    for (const p of out) noteUnderTitle(p, note);
  }
  return out;
}

/**
 * The document header of the generated sheets: what the pane or the command line set, else what the
 * workbook keeps on its "Thông tin văn bản" sheet, else the framework's issuing body as the parent
 * body and the neutral defaults.
 */
export function resolveHeader(
  snapshot: WorkbookSnapshot,
  opts: Pick<PipelineOptions, "header">,
  frameworkBody?: string,
): DocumentHeader {
  const kept = documentInfoOf(snapshot.sheets);
  const set = Object.fromEntries(Object.entries(opts.header ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  return documentHeader({ ...(frameworkBody ? { parentBody: frameworkBody } : {}), ...kept, ...set });
}

/** The whole engine on a workbook: validate, score, rank, and the sheets to write. */
export function runPipeline(
  snapshot: WorkbookSnapshot,
  opts: PipelineOptions,
  select?: PlanSelection,
): { analysis: Analysis; plans: SheetPlan[] } {
  const analysis = analyseWorkbook(snapshot, opts);
  return { analysis, plans: buildPlans(analysis, snapshot, opts, select) };
}
