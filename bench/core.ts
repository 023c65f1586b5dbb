// The engine's cost by phase on a generated workbook: parse, validate, score, rank, plan, and the
// whole (analyseWorkbook + buildPlans), each the median of several runs after a warm-up.
import { performance } from "node:perf_hooks";
import {
  analyseWorkbook,
  Analysis,
  buildPlans,
  checkWorkbook,
  gatherInputs,
  parseWorkbook,
  PipelineOptions,
  rankWithinGroups,
  resolveSheetNames,
  scoreUnits,
} from "../src/core/index.js";
import type { SheetPlan, WorkbookSnapshot } from "../src/core/index.js";
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
  /** The very first run in a fresh process, before the JIT has warmed up: what the first click costs. */
  coldMs: number;
  /** Median CPU milliseconds of those runs: less moved than wall time when other processes share the CPUs. */
  totalCpuMs: number;
  /** Sheets and cells the plans hold (what a shell has to write). */
  planSheets: number;
  planCells: number;
  /** Peak resident memory of the process that ran this size (generation included), MB. */
  peakRssMb: number;
  /**
   * Heap in use after a full garbage collection while the workbook snapshot, one analysis and its
   * plans are held, MB: what the engine's data needs (V8 lets the heap grow well past it).
   */
  liveHeapMb: number | null;
}

const SELECT = { remediation: true } as const;

/**
 * analyseWorkbook + buildPlans cut at the phase boundaries, calling the pipeline's own phase
 * functions (the same ones analyseWorkbook calls); `sameAsPipeline` checks the two still agree.
 */
function phased(
  snapshot: WorkbookSnapshot,
  opts: PipelineOptions,
): { ms: Record<Phase, number>; analysis: Analysis; plans: SheetPlan[] } {
  const fw = opts.framework;
  const counted = opts.counted ?? "appraised-else-self";
  const t0 = performance.now();
  const parsed = parseWorkbook(snapshot, fw, { file: opts.file, overrides: opts.overrides });
  const t1 = performance.now();
  const validation = checkWorkbook(parsed, fw);
  const t2 = performance.now();
  const inputs = gatherInputs(snapshot, validation, opts);
  validation.findings.push(...inputs.findings);
  const scores = scoreUnits(validation, fw, inputs.bySheet, counted);
  const t3 = performance.now();
  rankWithinGroups(scores);
  const t4 = performance.now();
  const analysis: Analysis = { framework: fw, counted, validation, scores };
  const plans = buildPlans(analysis, snapshot, opts, SELECT);
  const t5 = performance.now();
  return { ms: { parse: t1 - t0, validate: t2 - t1, score: t3 - t2, rank: t4 - t3, plan: t5 - t4 }, analysis, plans };
}

function whole(
  snapshot: WorkbookSnapshot,
  opts: PipelineOptions,
): { ms: number; cpuMs: number; analysis: Analysis; plans: SheetPlan[] } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const analysis = analyseWorkbook(snapshot, opts);
  const plans = buildPlans(analysis, snapshot, opts, SELECT);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, analysis, plans };
}

/** Throws when the phased run and the real pipeline disagree (the bench would time something else). */
function sameAsPipeline(
  a: { analysis: Analysis; plans: SheetPlan[] },
  b: { analysis: Analysis; plans: SheetPlan[] },
): void {
  const picture = (x: { analysis: Analysis; plans: SheetPlan[] }) =>
    JSON.stringify({
      scores: x.analysis.scores,
      findings: x.analysis.validation.findings,
      skipped: x.analysis.validation.skipped,
      plans: x.plans,
    });
  if (picture(a) !== picture(b))
    throw new Error("bench: the phased pipeline no longer matches analyseWorkbook + buildPlans (update bench/core.ts)");
}

function cellsOf(plans: SheetPlan[]): number {
  return plans.reduce((t, p) => t + p.cells.reduce((u, row) => u + row.filter((c) => c !== null).length, 0), 0);
}

/**
 * Times the engine on `units` generated units: a cold run, warm-ups (2 to 5 of each kind, about
 * 1 s in all: the JIT needs a few runs), then `runs` phased and `runs` whole runs, interleaved.
 */
export function measureCore(units: number, runs: number): CoreFigures {
  const { framework, snapshot, surveys } = workload(units);
  const opts: PipelineOptions = { framework, names: resolveSheetNames(snapshot), surveys, year: framework.year };
  const first = whole(snapshot, opts);
  // On the first 24 units (every kind of planted problem): the whole pictures would weigh on the peak memory.
  const few: WorkbookSnapshot = { sheets: snapshot.sheets.slice(0, 24) };
  sameAsPipeline(
    phased(few, { ...opts, names: resolveSheetNames(few) }),
    whole(few, { ...opts, names: resolveSheetNames(few) }),
  );
  const warmups = Math.max(2, Math.min(5, Math.ceil(1000 / first.ms)));
  for (let i = 0; i < warmups; i++) {
    phased(snapshot, opts);
    whole(snapshot, opts);
  }
  const byPhase: Record<Phase, number[]> = { parse: [], validate: [], score: [], rank: [], plan: [] };
  const totals: number[] = [];
  const cpus: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    const p = phased(snapshot, opts);
    for (const k of PHASES) byPhase[k].push(p.ms[k]);
    last = whole(snapshot, opts);
    totals.push(last.ms);
    cpus.push(last.cpuMs);
  }
  // Forced collections only here: before every run they made the runs slower, not steadier.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const liveHeapMb = gc && last.plans.length ? process.memoryUsage().heapUsed / 1024 / 1024 : null;
  const phases = Object.fromEntries(PHASES.map((k) => [k, median(byPhase[k])])) as Record<Phase, number>;
  return {
    units,
    runs,
    phases,
    totalMs: median(totals),
    coldMs: first.ms,
    totalCpuMs: median(cpus),
    planSheets: first.plans.length,
    planCells: cellsOf(first.plans),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    liveHeapMb,
  };
}
