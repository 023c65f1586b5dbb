import type { FindingOf } from "../../types.js";
import { runRules } from "../rule.js";
import type { WorkbookInput } from "./input.js";
import { sheetUnreadable } from "./sheetUnreadable.js";
import { unitNamedLikeFramework } from "./unitNamedLikeFramework.js";

/** The rules on a workbook as a whole (sheets not read, sheets not taken as units), in report order. */
export const WORKBOOK_RULES = [sheetUnreadable, unitNamedLikeFramework] as const;

/** A finding of one of these rules. */
export type WorkbookFinding = FindingOf<(typeof WORKBOOK_RULES)[number]["meta"]["id"]>;

/** Runs the workbook rules; each finding names its own sheet and file. */
export function checkWorkbookSheets(input: WorkbookInput): WorkbookFinding[] {
  return runRules(WORKBOOK_RULES, input, { sheet: "" });
}
