// How big a request to Excel is. Excel on the web refuses a request or a response over 5 MB
// (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); the adapter plans every
// batch with the estimate below and keeps each one under SYNC_BUDGET, well inside the limit.
// The estimate is calibrated to never fall below the size office.js itself serialises (checked on
// @microsoft/office-js's own proxies, test/unit/excel/officeJs.test.ts) and is the same one the fake
// uses to measure, so a test that stays under the limit on the fake stays under it on Excel.

/** Excel on the web's limit for one request or one response. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the adapter allows itself per sync (request or expected response). */
export const SYNC_BUDGET = 4 * 1024 * 1024;

/**
 * Fixed cost of one queued command, with the objects office.js reaches on the way: an action
 * ({"Id":9,"ActionType":4,"Name":"Values","ObjectPathId":7,"ArgumentInfo":…,"L":[7]} ≈ 100 bytes) and
 * each object path with its instantiate action (GetRange, format, fill… ≈ 160 each). Calibrated on
 * @microsoft/office-js's own requests (test/unit/excel/officeJs.test.ts): filling one cell
 * (getRange → format → fill → color) is 7 entries, ≈ 625 bytes, for two commands here; reading a
 * loaded sheet's used range, 5 entries ≈ 714 bytes for two.
 */
export const OP_OVERHEAD = 360;

/**
 * Estimated serialized size of a value, never below what office.js sends (JSON in UTF-8): strings 2
 * bytes an ASCII character (a quote or backslash is escaped to two) and 3 bytes any other
 * (Vietnamese letters take 2–3 in UTF-8), numbers their decimal length, arrays and objects summed.
 */
export function estimateBytes(v: unknown): number {
  if (typeof v === "string") {
    let n = 2;
    for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 0x80 ? 2 : 3;
    return n;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length + 1 : 4;
  if (typeof v === "boolean" || v === null || v === undefined) return 5;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += estimateBytes(x) + 1;
    return n;
  }
  if (typeof v === "object") {
    let n = 2;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) n += 2 * k.length + 4 + estimateBytes(x);
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
