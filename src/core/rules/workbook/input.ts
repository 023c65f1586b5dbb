import type { SheetSnapshot, UnreadSheet } from "../../types.js";
import type { Rule } from "../rule.js";

/** What the workbook rules check: the sheets read, the ones not read, and which were not units. */
export interface WorkbookInput {
  sheets: SheetSnapshot[];
  /** Sheets the shell could not read (or chose not to). */
  unread: UnreadSheet[];
  /** Sheets read but not taken as units, and why ("framework", "generated", …). */
  skipped: { sheet: string; file?: string; reason: string }[];
  /** The sheet the framework was read from, when it came from the inputs. */
  frameworkSheet?: string;
}

/** Declares a workbook rule (its check gets a WorkbookInput and `report`). */
export function defineWorkbookRule<const Id extends string>(rule: Rule<Id, WorkbookInput>): Rule<Id, WorkbookInput> {
  return rule;
}
