// Workbooks for the task pane's tests, built by code from the engine's sample generator.
import { frameworkSheetPlan } from "../../../src/core/framework/frameworkSheet.js";
import { getBuiltinFramework } from "../../../src/core/framework/samples.js";
import { sampleUnitSpecs } from "../../../src/core/sample/units.js";
import { buildUnitSheet } from "../../../src/core/sample/unitSheet.js";
import type { Framework, SheetSnapshot } from "../../../src/core/types.js";

export const COMMUNE = "mau-cap-xa";

export function communeFramework(): Framework {
  return getBuiltinFramework(COMMUNE)!;
}

/** `n` realistic commune/ward submissions (some with the planted problems of the sample generator). */
export function unitSheets(n: number, opts: { problems?: boolean } = {}): SheetSnapshot[] {
  const fw = communeFramework();
  return sampleUnitSpecs(fw, n, { problems: opts.problems }).map((s) => buildUnitSheet(fw, s));
}

/** The framework sheet as the add-in inserts it, read back as values (optionally edited). */
export function frameworkSheet(fw: Framework = communeFramework(), name = "Bộ tiêu chí", generated = true): SheetSnapshot {
  const plan = frameworkSheetPlan(fw);
  const values = plan.cells.map((row) => row.map((c) => (c?.value ?? null) as string | number | boolean | null));
  return { name, originRow: 0, originCol: 0, values, ...(generated ? { generated: "framework" } : {}) };
}
