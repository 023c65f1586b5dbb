// The engine's Web Worker (started by startEngineWorker.mts): answers each request of the pane
// (engine.ts's protocol) with progress and one result, computed off the pane's thread.
import { EngineReply, EngineRequest, handleEngineRequest } from "./engine.js";

/** The worker's global scope, as far as it is used here (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(reply: EngineReply): void;
};

scope.onmessage = (e) => void handleEngineRequest(e.data, (reply) => scope.postMessage(reply));
