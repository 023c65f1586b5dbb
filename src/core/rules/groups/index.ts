import type { GroupEntry } from "../../inputs/groupTable.js";
import type { FindingOf, Framework } from "../../types.js";
import { runRules } from "../rule.js";
import { groupNotInFramework } from "./groupNotInFramework.js";
import type { GroupTableInput } from "./input.js";

/** The rules on group tables ("Đơn vị | Nhóm"), in report order. */
export const GROUP_TABLE_RULES = [groupNotInFramework] as const;

/** A finding of one of these rules. */
export type GroupTableFinding = FindingOf<(typeof GROUP_TABLE_RULES)[number]["meta"]["id"]>;

/** Runs the group-table rules on the entries read for a framework; each finding names its table's sheet. */
export function checkGroupTables(entries: readonly GroupEntry[], fw: Framework): GroupTableFinding[] {
  const input: GroupTableInput = { entries, groups: fw.groups };
  return runRules(GROUP_TABLE_RULES, input, { sheet: "" });
}
