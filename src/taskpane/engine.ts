// The engine as the task pane calls it: validating, analysing (validate, score, rank) and building the
// sheets to write, behind one interface so that it can run in a Web Worker (engineClient.ts,
// engine.worker.ts) or, where no worker can start, on the main thread a few sheets at a time.
// What crosses the worker boundary is plain data only (structured clone): the workbook snapshot, the
// framework, the overrides and options in; validations, scores and sheet plans out.
import { analyseWorkbook, buildPlans } from "../core/index.js";
import type {
  Analysis,
  Framework,
  PipelineOptions,
  PlanSelection,
  SheetPlan,
  WorkbookSnapshot,
  WorkbookValidation,
} from "../core/index.js";
import type { UnitOverride } from "./settings.js";
import { validateInChunks } from "./validateInChunks.js";

/** What an analysis gives the pane: every unit validated, scored and ranked, and the sheets to write. */
export interface AnalysisResult {
  analysis: Analysis;
  /** Empty when no unit could be scored (nothing to write). */
  plans: SheetPlan[];
}

/** Where the engine is in a long computation: a phase, and for checking, sheets done of all. */
export interface EngineProgress {
  phase: "validating" | "analysing" | "building";
  done?: number;
  total?: number;
}

/** How one computation is watched and stopped. */
export interface EngineRun {
  onProgress?: (p: EngineProgress) => void;
  /** Aborting stops the computation; its promise rejects with EngineCancelled. */
  signal?: AbortSignal;
}

/** The engine, wherever it runs. */
export interface Engine {
  validate(
    snapshot: WorkbookSnapshot,
    framework: Framework,
    overrides: Record<string, UnitOverride>,
    run?: EngineRun,
  ): Promise<WorkbookValidation>;
  analyse(
    snapshot: WorkbookSnapshot,
    options: PipelineOptions,
    select: PlanSelection,
    run?: EngineRun,
  ): Promise<AnalysisResult>;
  /** Where it runs: "worker", or "main-thread" (no worker could start). */
  where(): "worker" | "main-thread";
}

/** Raised when staff cancelled the computation (nothing was written). */
export class EngineCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "EngineCancelled";
  }
}

// ---- The protocol between the pane and its worker ----

/** A request to the worker; `id` matches the replies to it. */
export type EngineRequest =
  | {
      id: number;
      kind: "validate";
      snapshot: WorkbookSnapshot;
      framework: Framework;
      overrides: Record<string, UnitOverride>;
    }
  | { id: number; kind: "analyse"; snapshot: WorkbookSnapshot; options: PipelineOptions; select: PlanSelection };

/** An error as plain data (its class does not survive the boundary; its name and message do). */
export interface EngineFailure {
  name: string;
  message: string;
  stack?: string;
}

/** A reply from the worker: progress (any number), then exactly one of the others. */
export type EngineReply =
  | { id: number; kind: "progress"; progress: EngineProgress }
  | { id: number; kind: "validated"; validation: WorkbookValidation }
  | { id: number; kind: "analysed"; result: AnalysisResult }
  | { id: number; kind: "failed"; error: EngineFailure };

/** Sheets checked between two progress reports. */
export const CHUNK = 10;

/** Anything thrown, as plain data. */
export function toFailure(e: unknown): EngineFailure {
  if (e instanceof Error) return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  return { name: "Error", message: String(e) };
}

/** The error a failure reply stands for, with the worker's name, message and stack. */
export function fromFailure(f: EngineFailure): Error {
  const e = new Error(f.message);
  e.name = f.name;
  if (f.stack) e.stack = f.stack;
  return e;
}

/** Pacing of a computation: how to let others run between chunks, and whether to stop. */
interface Pacing {
  yieldNow: () => Promise<void>;
  signal?: AbortSignal;
  onProgress: (p: EngineProgress) => void;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EngineCancelled();
}

async function validateWith(
  snapshot: WorkbookSnapshot,
  framework: Framework,
  overrides: Record<string, UnitOverride>,
  pacing: Pacing,
  chunk = CHUNK,
): Promise<WorkbookValidation> {
  return validateInChunks(snapshot, framework, overrides, {
    chunk,
    yieldToUi: async () => {
      await pacing.yieldNow();
      throwIfCancelled(pacing.signal);
    },
    onProgress: (done, total) => pacing.onProgress({ phase: "validating", done, total }),
  });
}

async function analyseWith(
  snapshot: WorkbookSnapshot,
  options: PipelineOptions,
  select: PlanSelection,
  pacing: Pacing,
): Promise<AnalysisResult> {
  pacing.onProgress({ phase: "analysing" });
  await pacing.yieldNow();
  throwIfCancelled(pacing.signal);
  const analysis = analyseWorkbook(snapshot, options);
  if (analysis.scores.length === 0) return { analysis, plans: [] };
  pacing.onProgress({ phase: "building" });
  await pacing.yieldNow();
  throwIfCancelled(pacing.signal);
  return { analysis, plans: buildPlans(analysis, snapshot, options, select) };
}

/**
 * The worker's side of the protocol: answers each request with its progress and one result or failure
 * through `post`. Never throws; the worker runs one request at a time (the pane waits for each).
 */
export async function handleEngineRequest(req: EngineRequest, post: (reply: EngineReply) => void): Promise<void> {
  const { id } = req;
  // In the worker nothing else shares the thread: no need to yield between chunks.
  const pacing: Pacing = {
    yieldNow: () => Promise.resolve(),
    onProgress: (progress) => post({ id, kind: "progress", progress }),
  };
  try {
    if (req.kind === "validate") {
      const validation = await validateWith(req.snapshot, req.framework, req.overrides, pacing);
      post({ id, kind: "validated", validation });
    } else if (req.kind === "analyse") {
      const result = await analyseWith(req.snapshot, req.options, req.select, pacing);
      post({ id, kind: "analysed", result });
    } else {
      const kind = (req as { kind?: unknown }).kind;
      post({ id, kind: "failed", error: { name: "EngineProtocolError", message: `unknown request ${String(kind)}` } });
    }
  } catch (e) {
    post({ id, kind: "failed", error: toFailure(e) });
  }
}

/** How the main-thread engine lets the pane repaint. */
export interface MainThreadPacing {
  yieldToUi: () => Promise<void>;
  /** Sheets checked between two repaints. */
  chunk?: number;
}

/**
 * The engine on the main thread, for where no worker can start: checking goes a few sheets at a time
 * with a repaint in between; analysing and building the sheets are one step each, with a repaint (and
 * a chance to cancel) before each.
 */
export function mainThreadEngine(pacingOpts: MainThreadPacing): Engine {
  const pace = (run: EngineRun | undefined): Pacing => ({
    yieldNow: pacingOpts.yieldToUi,
    signal: run?.signal,
    onProgress: (p) => run?.onProgress?.(p),
  });
  return {
    where: () => "main-thread",
    validate: async (snapshot, framework, overrides, run) => {
      throwIfCancelled(run?.signal);
      return validateWith(snapshot, framework, overrides, pace(run), pacingOpts.chunk ?? CHUNK);
    },
    analyse: async (snapshot, options, select, run) => {
      throwIfCancelled(run?.signal);
      return analyseWith(snapshot, options, select, pace(run));
    },
  };
}
