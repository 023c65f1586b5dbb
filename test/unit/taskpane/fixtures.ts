// Workbooks for the task pane's tests, built by code from the engine's sample generator.
import { frameworkToGrid } from "../../../src/core/framework/frameworkSheet.js";
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

/** A framework sheet as staff keep it (the add-in's layout), marked as the add-in's own or not. */
export function frameworkSheet(
  fw: Framework = communeFramework(),
  name = "Bộ tiêu chí",
  generated = true,
): SheetSnapshot {
  return {
    name,
    originRow: 0,
    originCol: 0,
    values: frameworkToGrid(fw),
    ...(generated ? { generated: "framework" } : {}),
  };
}
