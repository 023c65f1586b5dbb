// Starts the engine's Web Worker. webpack 5 bundles engine.worker.ts as a chunk of its own from this
// `new Worker(new URL(…, import.meta.url))` (an ES module file: import.meta is not allowed where the
// type checker builds CommonJS, so this is the one .mts file; jest never loads it).
export function startEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "par-index-engine" });
}
