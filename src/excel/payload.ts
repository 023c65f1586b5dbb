// How big a request to Excel is. Excel on the web refuses a request or a response over 5 MB
// (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); the adapter plans every
// batch with the estimate below and keeps each one under SYNC_BUDGET, well inside the limit.
// The estimate is deliberately pessimistic (UTF-16 strings, 8-byte numbers) and is the same one the
// fake uses to measure, so a test that stays under the limit on the fake has a margin on Excel.

/** Excel on the web's limit for one request or one response. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the adapter allows itself per sync (request or expected response). */
export const SYNC_BUDGET = 4 * 1024 * 1024;

/** Fixed cost of one queued command (object path, action id, property name). */
export const OP_OVERHEAD = 64;

/** Estimated serialized size of a value: strings 2 bytes a character, numbers 8, arrays and objects summed. */
export function estimateBytes(v: unknown): number {
  if (typeof v === "string") return 2 * v.length + 2;
  if (typeof v === "number") return 8;
  if (typeof v === "boolean" || v === null || v === undefined) return 4;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += estimateBytes(x) + 1;
    return n;
  }
  if (typeof v === "object") {
    let n = 2;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) n += 2 * k.length + 3 + estimateBytes(x);
    return n;
  }
  return 8;
}

/** A unit of work for a batch: queues its commands when run; `bytes` is its estimated request (or expected response) size. */
export interface SizedStep {
  bytes: number;
  run(): void;
}

/**
 * Runs steps in as few syncs as the budget allows (in order; one sync per group). `before` queues
 * commands at the start of every group (e.g. suspending calculation).
 */
export async function runInSyncs(
  ctx: { sync(): Promise<unknown> },
  steps: readonly SizedStep[],
  budget = SYNC_BUDGET,
  before?: () => void,
): Promise<number> {
  const groups = packBySize(steps, (s) => s.bytes, budget);
  for (const group of groups) {
    before?.();
    for (const step of group) step.run();
    await ctx.sync();
  }
  return groups.length;
}

/** Groups items into consecutive batches whose summed size stays within `budget` (an item larger than the budget goes alone). */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, budget = SYNC_BUDGET): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
