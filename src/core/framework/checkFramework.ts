// Consistency checks of a criteria framework, linter-style: the framework rules
// (src/core/rules/framework) run on a framework that was not read from a sheet or file here.
import { runFrameworkRules } from "../rules/framework/index.js";
import type { Framework } from "../types.js";
import type { Finding } from "../findings.js";
import { defaultFrameworkLocation, FRAMEWORK_SHEET_NAME, type FrameworkLocation } from "./layout.js";

/**
 * Checks that maxima add up (parents, total 100), codes are unique, numbered without gaps and sit
 * under their parent, scales fit their maximum and bands are usable. Never throws.
 * Cells come from node.sourceRow and `where` (defaults to the written layout at A1); nodes without
 * a sourceRow (e.g. from JSON) get an empty cell.
 */
export function checkFramework(
  fw: Framework,
  sheetName: string = FRAMEWORK_SHEET_NAME,
  where: FrameworkLocation = defaultFrameworkLocation(),
): Finding[] {
  return runFrameworkRules({ framework: fw, location: where, facts: [] }, { sheet: sheetName });
}
