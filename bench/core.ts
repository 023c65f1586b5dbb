// The engine's cost by phase on a generated workbook: parse, validate, score, rank, plan, and the
// whole (analyseWorkbook + buildPlans), each the median of several runs after a warm-up.
import { performance } from "node:perf_hooks";
import { analyseWorkbook, Analysis, buildPlans, PipelineOptions } from "../src/core/pipeline.js";
import { resolveSheetNames } from "../src/core/plans/sheetNames.js";
import { readSummaryInputs } from "../src/core/plans/carryOver.js";
import { rankWithinGroups, scoreUnit, UnitInputs } from "../src/core/scoring/score.js";
import { parseSubmission } from "../src/core/submission/parseSubmission.js";
import { checkSubmission, notASubmission, WorkbookValidation } from "../src/core/submission/validate.js";
import type { SheetPlan, WorkbookSnapshot } from "../src/core/types.js";
import { foldLoose } from "../src/core/util/text.js";
import { median } from "./stats.js";
import { workload } from "./workload.js";

export const PHASES = ["parse", "validate", "score", "rank", "plan"] as const;
export type Phase = (typeof PHASES)[number];

export interface CoreFigures {
  units: number;
  runs: number;
  /** Median milliseconds of each phase. */
  phases: Record<Phase, number>;
  /** Median milliseconds of analyseWorkbook + buildPlans in one go (timed apart from the phases). */
  totalMs: number;
  /** Sheets and cells the plans hold (what a shell has to write). */
  planSheets: number;
  planCells: number;
  /** Peak resident memory of the process that ran this size (generation included), MB. */
  peakRssMb: number;
}

const SELECT = { results: true, remediation: true } as const;

/**
 * analyseWorkbook + buildPlans cut at the phase boundaries. It follows pipeline.ts step by step;
 * `sameAsPipeline` checks that it still gives what the real pipeline gives.
 */
function phased(snapshot: WorkbookSnapshot, opts: PipelineOptions): { ms: Record<Phase, number>; analysis: Analysis; plans: SheetPlan[] } {
  const fw = opts.framework;
  const t0 = performance.now();
  const parsed = [];
  const validation: WorkbookValidation = { sheets: [], skipped: [], findings: [] };
  for (const sheet of snapshot.sheets) {
    const file = sheet.file ?? opts.file ?? snapshot.source;
    const reason = notASubmission(sheet, fw);
    if (reason) {
      validation.skipped.push({ sheet: sheet.name, file, reason });
      continue;
    }
    const o = opts.overrides?.[sheet.name];
    const parseOpts = { file, unitOverride: o?.unit, groupOverride: o?.group };
    parsed.push({ result: parseSubmission(sheet, fw, parseOpts), parseOpts });
  }
  const t1 = performance.now();
  for (const p of parsed) {
    const v = checkSubmission(p.result, fw, p.parseOpts);
    validation.sheets.push(v);
    validation.findings.push(...v.findings);
  }
  const t2 = performance.now();
  const existing = snapshot.sheets.find((s) => s.generated === "summary");
  const carried: Map<string, UnitInputs> = existing ? readSummaryInputs(existing) : new Map();
  const surveyByName = new Map((opts.surveys ?? []).map((s) => [foldLoose(s.unit), s.points]));
  const scores = validation.sheets.map((v) => {
    const sheet = v.submission.sheet;
    const fromTable = surveyByName.get(foldLoose(v.submission.unit)) ?? surveyByName.get(foldLoose(sheet));
    const inputs = { ...(fromTable !== undefined ? { survey: fromTable } : {}), ...(carried.get(sheet) ?? {}), ...(opts.inputs?.[sheet] ?? {}) };
    return scoreUnit(v, fw, inputs);
  });
  const t3 = performance.now();
  rankWithinGroups(scores);
  const t4 = performance.now();
  const analysis: Analysis = { framework: fw, validation, scores };
  const plans = buildPlans(analysis, snapshot, opts, SELECT);
  const t5 = performance.now();
  return { ms: { parse: t1 - t0, validate: t2 - t1, score: t3 - t2, rank: t4 - t3, plan: t5 - t4 }, analysis, plans };
}

function whole(snapshot: WorkbookSnapshot, opts: PipelineOptions): { ms: number; analysis: Analysis; plans: SheetPlan[] } {
  const t0 = performance.now();
  const analysis = analyseWorkbook(snapshot, opts);
  const plans = buildPlans(analysis, snapshot, opts, SELECT);
  return { ms: performance.now() - t0, analysis, plans };
}

/** Throws when the phased run and the real pipeline disagree (the bench would time something else). */
function sameAsPipeline(a: { analysis: Analysis; plans: SheetPlan[] }, b: { analysis: Analysis; plans: SheetPlan[] }): void {
  const picture = (x: { analysis: Analysis; plans: SheetPlan[] }) => JSON.stringify({ scores: x.analysis.scores, findings: x.analysis.validation.findings, skipped: x.analysis.validation.skipped, plans: x.plans });
  if (picture(a) !== picture(b)) throw new Error("bench: the phased pipeline no longer matches analyseWorkbook + buildPlans (update bench/core.ts)");
}

function cellsOf(plans: SheetPlan[]): number {
  return plans.reduce((t, p) => t + p.cells.reduce((u, row) => u + row.filter((c) => c !== null).length, 0), 0);
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Times the engine on `units` generated units: a warm-up, then `runs` phased and `runs` whole runs, interleaved. */
export function measureCore(units: number, runs: number): CoreFigures {
  const { framework, snapshot, surveys } = workload(units);
  const opts: PipelineOptions = { framework, names: resolveSheetNames(snapshot), surveys, year: framework.year };
  const warm = phased(snapshot, opts);
  const first = whole(snapshot, opts);
  sameAsPipeline(warm, first);
  const byPhase: Record<Phase, number[]> = { parse: [], validate: [], score: [], rank: [], plan: [] };
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const p = phased(snapshot, opts);
    for (const k of PHASES) byPhase[k].push(p.ms[k]);
    gc?.();
    totals.push(whole(snapshot, opts).ms);
  }
  const phases = Object.fromEntries(PHASES.map((k) => [k, median(byPhase[k])])) as Record<Phase, number>;
  return {
    units,
    runs,
    phases,
    totalMs: median(totals),
    planSheets: first.plans.length,
    planCells: cellsOf(first.plans),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
