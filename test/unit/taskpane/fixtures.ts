// Workbooks for the task pane's tests, built by code from the engine's sample generator.
import { frameworkToGrid } from "../../../src/core/framework/frameworkSheet.js";
import type { Framework, SheetSnapshot } from "../../../src/core/types.js";
import { communeFramework, sampleUnitSheets } from "../../helpers/fixtures";

export { communeFramework };
export const COMMUNE = "mau-cap-xa";

/** `n` realistic commune/ward submissions (some with the planted problems of the sample generator). */
export function unitSheets(n: number, opts: { problems?: boolean } = {}): SheetSnapshot[] {
  return sampleUnitSheets(n, communeFramework(), { problems: opts.problems });
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
