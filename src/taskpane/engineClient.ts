// The pane's side of the engine worker (engine.worker.ts): posts each computation's data, passes its
// progress on, and resolves with its result. Cancelling ends the worker at once (a fresh one starts for
// the next computation), so nothing is computed, and nothing written, after staff said stop. Where no
// worker can start (no Worker in the browser, a policy forbids it, its script does not load), every
// computation runs on the main thread instead (mainThreadEngine), a few sheets at a time.
import type { Framework, PipelineOptions, PlanSelection, WorkbookSnapshot } from "../core/index.js";
import {
  AnalysisResult,
  Engine,
  EngineCancelled,
  EngineProgress,
  EngineReply,
  EngineRequest,
  EngineRun,
  fromFailure,
} from "./engine.js";
import type { UnitOverride } from "./settings.js";

/** What the client needs of a Worker (a test passes a stand-in that runs the handler in the same thread). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  addEventListener(type: "message", listener: (e: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (e: { message?: string }) => void): void;
}

interface Pending {
  resolve: (value: never) => void;
  reject: (e: unknown) => void;
  onProgress?: (p: EngineProgress) => void;
  /** The same computation on the main thread, for when the worker fails to start. */
  onMainThread: () => Promise<unknown>;
  cleanup: () => void;
}

/** Distributes Omit over a union (each request without its id). */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

/**
 * The engine in a Web Worker made by `start` (which may throw where workers are not allowed), with
 * `fallback` (the main-thread engine) for where none can start.
 */
export function workerEngine(start: () => WorkerLike, fallback: Engine): Engine {
  let worker: WorkerLike | null = null;
  /** True once no worker could start: every computation runs on the main thread from then on. */
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    p.cleanup();
    return p;
  };

  const onReply = (data: unknown) => {
    const reply = data as EngineReply;
    if (reply.kind === "progress") {
      pending.get(reply.id)?.onProgress?.(reply.progress);
      return;
    }
    const p = settle(reply.id);
    if (!p) return; // cancelled meanwhile
    if (reply.kind === "failed") p.reject(fromFailure(reply.error));
    else p.resolve((reply.kind === "validated" ? reply.validation : reply.result) as never);
  };

  /** The worker failed as a whole (its script did not load, or it died): its computations go to the main thread. */
  const onCrash = (w: WorkerLike, answered: boolean) => {
    if (worker !== w) return;
    w.terminate();
    worker = null;
    // A worker that never answered will not start next time either; one that worked before may.
    if (!answered) broken = true;
    for (const id of [...pending.keys()]) {
      const p = settle(id)!;
      p.onMainThread().then(p.resolve as (v: unknown) => void, p.reject);
    }
  };

  const ensure = (): WorkerLike | null => {
    if (broken) return null;
    if (worker) return worker;
    let w: WorkerLike;
    try {
      w = start();
    } catch {
      broken = true;
      return null;
    }
    let answered = false;
    w.addEventListener("message", (e) => {
      answered = true;
      onReply(e.data);
    });
    w.addEventListener("error", () => onCrash(w, answered));
    w.addEventListener("messageerror", () => onCrash(w, answered));
    worker = w;
    return w;
  };

  function call<T>(request: WithoutId<EngineRequest>, run: EngineRun | undefined, onMainThread: () => Promise<T>) {
    if (run?.signal?.aborted) return Promise.reject(new EngineCancelled());
    const w = ensure();
    if (!w) return onMainThread();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const signal = run?.signal;
      const onAbort = () => {
        if (!settle(id)) return;
        // Stops the computation now; the next one starts a fresh worker.
        if (worker === w) {
          w.terminate();
          worker = null;
        }
        reject(new EngineCancelled());
      };
      signal?.addEventListener("abort", onAbort);
      pending.set(id, {
        resolve: resolve,
        reject,
        onProgress: run?.onProgress,
        onMainThread,
        cleanup: () => signal?.removeEventListener("abort", onAbort),
      });
      try {
        w.postMessage({ ...request, id });
      } catch (e) {
        // Data that cannot be cloned: a bug of ours, reported as what it is.
        settle(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  return {
    where: () => (broken ? "main-thread" : "worker"),
    validate: (
      snapshot: WorkbookSnapshot,
      framework: Framework,
      overrides: Record<string, UnitOverride>,
      run?: EngineRun,
    ) =>
      call({ kind: "validate", snapshot, framework, overrides }, run, () =>
        fallback.validate(snapshot, framework, overrides, run),
      ),
    analyse: (snapshot: WorkbookSnapshot, options: PipelineOptions, select: PlanSelection, run?: EngineRun) =>
      call<AnalysisResult>({ kind: "analyse", snapshot, options, select }, run, () =>
        fallback.analyse(snapshot, options, select, run),
      ),
  };
}
