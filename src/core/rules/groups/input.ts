import type { GroupEntry } from "../../inputs/groupTable.js";
import type { Rule } from "../rule.js";

/** What the group-table rules check: every entry read from the group tables, and the framework's groups. */
export interface GroupTableInput {
  entries: readonly GroupEntry[];
  groups: readonly string[];
}

/** Declares a group-table rule (its check gets a GroupTableInput and `report`). */
export function defineGroupTableRule<const Id extends string>(
  rule: Rule<Id, GroupTableInput>,
): Rule<Id, GroupTableInput> {
  return rule;
}
