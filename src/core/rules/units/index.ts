import type { FindingOf } from "../../types.js";
import { runRules } from "../rule.js";
import type { UnitsInput } from "./input.js";
import { unitDuplicate } from "./unitDuplicate.js";

/** The rules on the units of a run as a whole. */
export const UNITS_RULES = [unitDuplicate] as const;

/** A finding of one of these rules. */
export type UnitsFinding = FindingOf<(typeof UNITS_RULES)[number]["meta"]["id"]>;

/** Runs the unit rules; each finding names its own sheet and file. */
export function checkUnits(input: UnitsInput): UnitsFinding[] {
  return runRules(UNITS_RULES, input, { sheet: "" });
}
