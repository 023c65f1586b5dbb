// The Excel adapter on its in-memory fake, as the task pane runs "score and plan": read the whole
// workbook through the gateway, run the engine, write the plans, with a simulated round trip per sync.
import { performance } from "node:perf_hooks";
import { analyseWorkbook, buildPlans, PipelineOptions } from "../src/core/index.js";
import { FakeExcel, fakeExcelGateway } from "../src/excel/fake/index.js";
import type { SheetPlan } from "../src/core/index.js";
import { planSteps } from "../src/excel/applyPlan.js";
import { EXCEL_PAYLOAD_LIMIT } from "../src/excel/payload.js";
import { median } from "./stats.js";
import { workload } from "./workload.js";

/** Excel on the web's round trip, as the issue sets it. */
export const SYNC_DELAY_MS = 100;

export interface AdapterFigures {
  units: number;
  runs: number;
  /** Syncs of the whole pipeline (read + write). */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Median wall time of read → engine → write with SYNC_DELAY_MS per sync, ms. */
  totalMs: number;
  /** The part of totalMs that is waiting for round trips (syncs × delay). */
  roundTripMs: number;
  /**
   * The part of totalMs the fake spends carrying out the commands (its model of Excel: cells,
   * renames, formula references), which Excel does on its side; null if the fake cannot be timed.
   */
  fakeWorkMs: number | null;
  /** totalMs − round trips − the fake's work: the adapter and the engine, the add-in's own time. */
  ownMs: number | null;
  /** Median time of the gateway's read and write, ms (round trips included). */
  readMs: number;
  writeMs: number;
  /** Requests or responses over Excel's 5 MB limit (the fake refuses them: the run fails). */
  overLimit: boolean;
  /** Each sync of the last run: commands, request and response bytes. */
  perSync: { ops: number; requestBytes: number; responseBytes: number }[];
  /** Estimated write request bytes by term ("<plan kind> <step term>", e.g. "analysis cells"), largest first. */
  writeTerms: Record<string, number>;
  /** Estimated write request bytes of all the plans' steps. */
  writeBytes: number;
}

/** The plans' write steps (applyPlan) summed by plan kind and term, with the payload estimator. */
export function writeTerms(plans: readonly SheetPlan[]): { terms: Record<string, number>; total: number } {
  const sums = new Map<string, number>();
  let total = 0;
  for (const plan of plans)
    for (const step of planSteps(plan, { sheet: () => undefined as never, rewrite: (f) => f, tableName: () => "T" })) {
      const key = `${plan.kind} ${step.term ?? "other"}`;
      sums.set(key, (sums.get(key) ?? 0) + step.bytes);
      total += step.bytes;
    }
  return { terms: Object.fromEntries([...sums].sort((a, b) => b[1] - a[1])), total };
}

/**
 * Wraps the fake's sync executor (a private method, hence the cast) to sum the time spent in syncs,
 * delay included; the returned function reads the sum, or null when the fake has no such method.
 */
function timeSyncs(fake: FakeExcel): () => number | null {
  const target = fake as unknown as { execute?: (ops: unknown[]) => Promise<void> };
  const execute = target.execute;
  if (typeof execute !== "function") return () => null;
  let ms = 0;
  target.execute = async (ops) => {
    const t0 = performance.now();
    try {
      await execute.call(fake, ops);
    } finally {
      ms += performance.now() - t0;
    }
  };
  return () => ms;
}

/** Runs the pipeline `runs` times on a fresh fake workbook of `units` generated unit sheets (after one warm-up without delay). */
export async function measureAdapter(units: number, runs: number): Promise<AdapterFigures> {
  const { framework, snapshot, surveys } = workload(units);
  let lastPlans: SheetPlan[] = [];
  const once = async (delayMs: number) => {
    const fake = new FakeExcel({ sheets: snapshot.sheets, delayMs });
    const inFake = timeSyncs(fake);
    const gateway = fakeExcelGateway(fake);
    const t0 = performance.now();
    const read = await gateway.readWorkbook();
    const t1 = performance.now();
    const readSyncs = fake.syncCount;
    const opts: PipelineOptions = { framework, surveys, year: framework.year };
    const analysis = analyseWorkbook(read, opts);
    const plans = buildPlans(analysis, read, opts, { remediation: true });
    const t2 = performance.now();
    lastPlans = plans;
    await gateway.writePlans(plans);
    const t3 = performance.now();
    const syncMs = inFake();
    return {
      fake,
      readSyncs,
      totalMs: t3 - t0,
      readMs: t1 - t0,
      writeMs: t3 - t2,
      fakeWorkMs: syncMs === null ? null : syncMs - fake.syncCount * delayMs,
    };
  };
  await once(0);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(SYNC_DELAY_MS));
  const last = all[all.length - 1];
  const syncs = last.fake.syncCount;
  const largestRequestBytes = last.fake.maxRequestBytes;
  const largestResponseBytes = last.fake.maxResponseBytes;
  const terms = writeTerms(lastPlans);
  return {
    units,
    runs,
    syncs,
    readSyncs: last.readSyncs,
    writeSyncs: syncs - last.readSyncs,
    largestRequestBytes,
    largestResponseBytes,
    totalMs: median(all.map((r) => r.totalMs)),
    roundTripMs: syncs * SYNC_DELAY_MS,
    fakeWorkMs: all.some((r) => r.fakeWorkMs === null) ? null : median(all.map((r) => r.fakeWorkMs!)),
    ownMs: all.some((r) => r.fakeWorkMs === null)
      ? null
      : median(all.map((r) => r.totalMs - r.fakeWorkMs! - r.fake.syncCount * SYNC_DELAY_MS)),
    readMs: median(all.map((r) => r.readMs)),
    writeMs: median(all.map((r) => r.writeMs)),
    overLimit: largestRequestBytes > EXCEL_PAYLOAD_LIMIT || largestResponseBytes > EXCEL_PAYLOAD_LIMIT,
    perSync: last.fake.syncs.map((s) => ({ ops: s.ops, requestBytes: s.requestBytes, responseBytes: s.responseBytes })),
    writeTerms: terms.terms,
    writeBytes: terms.total,
  };
}
