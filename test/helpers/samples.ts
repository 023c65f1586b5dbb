// Realistic frameworks and submissions from the engine's own sample generator, the same on every
// run for a seed: the built-in criteria sets, and unit sheets as units send them (numeric codes,
// text scores, broken subtotals, NFD titles, hidden rows … in some, unless `problems: false`).
import { getBuiltinFramework } from "../../src/core/framework/samples";
import { buildUnitSheet, UnitSheetSpec } from "../../src/core/sample/unitSheet";
import { SampleOptions, sampleUnitSpecs } from "../../src/core/sample/units";
import { Framework, SheetSnapshot } from "../../src/core/types";

export { sampleUnitSpecs };

/** A built-in framework by id; throws when there is none (a test's typo, not a case to handle). */
export function builtinFramework(id: string): Framework {
  const fw = getBuiltinFramework(id);
  if (!fw) throw new Error(`no built-in framework ${id}`);
  return fw;
}

/** The built-in commune-level sample ("mau-cap-xa": 8 areas, 100 points, groups Phường and Xã). */
export function communeFramework(): Framework {
  return builtinFramework("mau-cap-xa");
}

/** The built-in department sample ("mau-so-nganh"). */
export function departmentFramework(): Framework {
  return builtinFramework("mau-so-nganh");
}

/** The sheets of unit specs, built as the units would send them (after a test edited the specs). */
export function unitSheetsOf(fw: Framework, specs: readonly UnitSheetSpec[]): SheetSnapshot[] {
  return specs.map((s) => buildUnitSheet(fw, s));
}

/** `n` sample submissions under `fw`: the specs (what each unit entered) and the sheets built from them. */
export function sampleUnits(
  fw: Framework,
  n: number,
  opts: SampleOptions = {},
): { specs: UnitSheetSpec[]; sheets: SheetSnapshot[] } {
  const specs = sampleUnitSpecs(fw, n, opts);
  return { specs, sheets: unitSheetsOf(fw, specs) };
}

/** `n` sample submission sheets under `fw` (by default the commune sample). */
export function sampleUnitSheets(
  n: number,
  fw: Framework = communeFramework(),
  opts: SampleOptions = {},
): SheetSnapshot[] {
  return sampleUnits(fw, n, opts).sheets;
}
