// jest stands in this for src/taskpane/startEngineWorker.mts (jest.config.js): that file holds webpack's
// `new Worker(new URL(…, import.meta.url))`, which CommonJS cannot load, and jsdom has no Web Worker anyway.
// Starting one fails as it does in a host without workers, so the pane runs the engine on the main thread.
export function startEngineWorker(): Worker {
  throw new Error("No Web Worker in this test environment.");
}
