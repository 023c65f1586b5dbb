// The rule catalogue, derived from the rule modules: every rule the engine can report, its id,
// severity, titles and description. Adding a rule = adding its module to its family's list.
import { FRAMEWORK_RULES } from "./framework/index.js";
import { GROUP_TABLE_RULES } from "./groups/index.js";
import type { RuleMeta } from "./rule.js";
import { SUBMISSION_RULES } from "./submission/index.js";
import { SURVEY_RULES } from "./survey/index.js";
import { UNITS_RULES } from "./units/index.js";
import { WORKBOOK_RULES } from "./workbook/index.js";

/** Every rule module: workbook rules, unit rules, submission rules (reading, then values), survey, group-table and framework rules. */
export const RULES = [
  ...WORKBOOK_RULES,
  ...UNITS_RULES,
  ...SUBMISSION_RULES,
  ...SURVEY_RULES,
  ...GROUP_TABLE_RULES,
  ...FRAMEWORK_RULES,
] as const;

/** The id of any rule in the catalogue. */
export type RuleId = (typeof RULES)[number]["meta"]["id"];

/** The catalogue: each rule's meta, in the order of RULES. */
export const RULE_CATALOGUE: readonly RuleMeta<RuleId>[] = RULES.map((r) => r.meta);
