// The generated workbooks the benchmark measures: `units` phường and xã under the built-in commune
// sample, as their sheets arrive (the same generator as `par-index sample`, problems included).
import { buildUnitSheet, getBuiltinFramework, prng, sampleUnitSpecs, surveyMax } from "../src/core/index.js";
import type { Framework, WorkbookSnapshot } from "../src/core/index.js";

export const FRAMEWORK_ID = "mau-cap-xa";

export interface Workload {
  framework: Framework;
  snapshot: WorkbookSnapshot;
  /** Survey points by unit, as the sample workbook's survey table gives them. */
  surveys: { unit: string; points: number }[];
}

/** The built-in commune sample framework. */
export function benchFramework(): Framework {
  const fw = getBuiltinFramework(FRAMEWORK_ID);
  if (!fw) throw new Error(`bench: no built-in framework ${FRAMEWORK_ID}`);
  return fw;
}

/** A workbook snapshot of `units` generated unit sheets, the same on every run. */
export function workload(units: number, seed = 2025): Workload {
  const framework = benchFramework();
  const specs = sampleUnitSpecs(framework, units, { seed });
  const max = surveyMax(framework);
  const rand = prng(seed + 1);
  const surveys =
    max > 0 ? specs.map((s) => ({ unit: s.unitName, points: Math.round(max * (0.7 + 0.28 * rand()) * 4) / 4 })) : [];
  return { framework, snapshot: { sheets: specs.map((s) => buildUnitSheet(framework, s)) }, surveys };
}
