// The rules on a criteria set (framework sheet, JSON file, built-in sample), and their runner.
// A rule reports what a reader met (its facts) and checks the framework as read; see input.ts.
import type { FrameworkRead } from "../../framework/facts.js";
import { leaves } from "../../framework/model.js";
import type { FindingOf } from "../../types.js";
import { runRules, type Where } from "../rule.js";
import { frameworkBandInvalid } from "./bandInvalid.js";
import { frameworkCodeInvalid } from "./codeInvalid.js";
import { frameworkCodeMissing } from "./codeMissing.js";
import { frameworkDuplicateCode } from "./duplicateCode.js";
import { frameworkEmpty } from "./empty.js";
import { frameworkGroupUnknown } from "./groupUnknown.js";
import { frameworkHeaderMissing } from "./headerMissing.js";
import { frameworkInput, type FrameworkRule, type FrameworkSubject } from "./input.js";
import { frameworkJsonInvalid } from "./jsonInvalid.js";
import { frameworkMaxInvalid } from "./maxInvalid.js";
import { frameworkMetaInvalid } from "./metaInvalid.js";
import { frameworkNumberingGap } from "./numberingGap.js";
import { frameworkOrphan } from "./orphan.js";
import { frameworkParentSum } from "./parentSum.js";
import { frameworkScaleInvalid } from "./scaleInvalid.js";
import { frameworkRuleInvalid } from "./ruleInvalid.js";
import { frameworkScaleOverMax } from "./scaleOverMax.js";
import { frameworkTitleEmpty } from "./titleEmpty.js";
import { frameworkTotal } from "./total.js";
import { frameworkValueInvalid } from "./valueInvalid.js";

/**
 * The framework rules in catalogue order: first those that only report what a reader met, then
 * those that check the framework, in the order their findings come (see runFrameworkRules).
 */
export const FRAMEWORK_RULES = [
  frameworkJsonInvalid,
  frameworkHeaderMissing,
  frameworkMetaInvalid,
  frameworkCodeMissing,
  frameworkCodeInvalid,
  frameworkValueInvalid,
  frameworkEmpty,
  frameworkMaxInvalid,
  frameworkParentSum,
  frameworkTotal,
  frameworkDuplicateCode,
  frameworkOrphan,
  frameworkNumberingGap,
  frameworkScaleInvalid,
  frameworkScaleOverMax,
  frameworkTitleEmpty,
  frameworkGroupUnknown,
  frameworkBandInvalid,
  frameworkRuleInvalid,
] as const;

/** The id of one of these rules. */
export type FrameworkRuleId = (typeof FRAMEWORK_RULES)[number]["meta"]["id"];

/** A finding of one of these rules. */
export type FrameworkFinding = FindingOf<FrameworkRuleId>;

/**
 * Runs framework rules on what a reader gave. The reader's facts come first, in reading order
 * (field by field, row by row, as staff read the sheet): each fact is shown to the rules on its
 * own. Then, when there is a framework, each rule checks it in list order; consecutive per-leaf
 * rules are shown the leaves one by one, together.
 */
export function runFrameworkRules(
  read: FrameworkRead,
  where: Where,
  rules: readonly FrameworkRule<FrameworkRuleId>[] = FRAMEWORK_RULES,
): FrameworkFinding[] {
  const out: FrameworkFinding[] = [];
  const run = (some: readonly FrameworkRule<FrameworkRuleId>[], subject: FrameworkSubject) =>
    out.push(...runRules(some, frameworkInput(read, subject), where));
  for (const fact of read.facts) run(rules, { kind: "fact", fact });
  const fw = read.framework;
  if (!fw) return out;
  let i = 0;
  while (i < rules.length) {
    if (!rules[i].perLeaf) {
      run([rules[i]], { kind: "framework", framework: fw });
      i++;
      continue;
    }
    let j = i;
    while (j < rules.length && rules[j].perLeaf) j++;
    for (const leaf of leaves(fw)) run(rules.slice(i, j), { kind: "leaf", leaf });
    i = j;
  }
  return out;
}
