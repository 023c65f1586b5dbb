// Small pure helpers of the task pane's controller (kept apart so controller.ts stays under 600 lines).
import type { Finding } from "../core/index.js";

/** What Office says, or `fallback` when it cannot say (an older host, a closed session). */
export function askOffice<T>(ask: () => T, fallback: T): T {
  try {
    return ask();
  } catch {
    return fallback;
  }
}

/** The framework's errors as one key (rule, cell, message), to tell whether staff accepted these very errors. */
export function errorsKey(findings: readonly Finding[]): string {
  return JSON.stringify(
    findings
      .filter((f) => f.severity === "error" && f.rule.startsWith("framework-"))
      .map((f) => [f.rule, f.cell, f.message]),
  );
}
