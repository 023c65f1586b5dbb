// The rules on a unit's submission sheet: the reading rules (what parseSubmission could not read, or
// read by a guess), then the value rules (the scores, maxima, subtotals and evidence it read).
import { appliesTo } from "../../framework/model.js";
import type { Submission } from "../../submission/parseSubmission.js";
import type { FindingOf, Framework } from "../../types.js";
import { parseA1 } from "../../util/a1.js";
import { runRules, type Where } from "../rule.js";
import { appraisalAboveSelf } from "./appraisalAboveSelf.js";
import { appraisalAdjusted } from "./appraisalAdjusted.js";
import { appraisalProposal } from "./appraisalProposal.js";
import { codeAmbiguous } from "./codeAmbiguous.js";
import { codeMismatch } from "./codeMismatch.js";
import { criterionDuplicate } from "./criterionDuplicate.js";
import { criterionMissing } from "./criterionMissing.js";
import { criterionUnknown } from "./criterionUnknown.js";
import { evidenceMissing } from "./evidenceMissing.js";
import { formulaError } from "./formulaError.js";
import { headerMissing } from "./headerMissing.js";
import type { SubmissionInput } from "./input.js";
import { maxMismatch } from "./maxMismatch.js";
import { notApplicable } from "./notApplicable.js";
import { rowHidden } from "./rowHidden.js";
import { scoreMissing } from "./scoreMissing.js";
import { scoreNegative } from "./scoreNegative.js";
import { scoreNotNumber } from "./scoreNotNumber.js";
import { scoreOffScale } from "./scoreOffScale.js";
import { scoreOffRule } from "./scoreOffRule.js";
import { declaredInvalid } from "./declaredInvalid.js";
import { scoreOverMax } from "./scoreOverMax.js";
import { sumMismatch } from "./sumMismatch.js";
import { sumRounding } from "./sumRounding.js";
import { surveySelfScored } from "./surveySelfScored.js";
import { titleMismatch } from "./titleMismatch.js";
import { unitUnknown } from "./unitUnknown.js";
import { groupUnknown } from "./groupUnknown.js";

/** The reading rules, in catalogue order (their findings are then put in sheet order). */
export const READING_RULES = [
  headerMissing,
  unitUnknown,
  groupUnknown,
  criterionMissing,
  criterionUnknown,
  criterionDuplicate,
  codeAmbiguous,
  codeMismatch,
] as const;

/** The value rules, in report order. */
export const VALUE_RULES = [
  titleMismatch,
  maxMismatch,
  scoreMissing,
  scoreNotNumber,
  scoreNegative,
  scoreOverMax,
  scoreOffScale,
  declaredInvalid,
  scoreOffRule,
  formulaError,
  sumMismatch,
  sumRounding,
  evidenceMissing,
  surveySelfScored,
  appraisalAboveSelf,
  appraisalAdjusted,
  appraisalProposal,
  notApplicable,
  rowHidden,
] as const;

/** Every rule on a submission sheet: reading rules first, then value rules, in report order. */
export const SUBMISSION_RULES = [...READING_RULES, ...VALUE_RULES] as const;

/** The id of one of these rules. */
export type SubmissionRuleId = (typeof SUBMISSION_RULES)[number]["meta"]["id"];

/** A finding of one of these rules. */
export type SubmissionFinding = FindingOf<SubmissionRuleId>;

// The reading rules' findings are listed as the parser meets their facts: what concerns the whole
// sheet first, then row by row (on one row, a lost-digit code before the duplicate it turned out
// to be), then the missing criteria in framework order. The rules run one after another, so their
// findings are put back in that order.
const ROW_RULES: readonly string[] = [codeAmbiguous, codeMismatch, criterionUnknown, criterionDuplicate].map(
  (r) => r.meta.id,
);

/** Reading findings in the order the parser met what they report (a stable sort). */
function inSheetOrder(findings: SubmissionFinding[]): SubmissionFinding[] {
  const keyed = findings.map((f) => {
    const rank = ROW_RULES.indexOf(f.rule);
    const stage = rank >= 0 ? 1 : f.rule === criterionMissing.meta.id ? 2 : 0;
    return { f, stage, row: rank >= 0 ? (parseA1(f.cell)?.row ?? 0) : 0, rank };
  });
  keyed.sort((a, b) => a.stage - b.stage || a.row - b.row || a.rank - b.rank);
  return keyed.map((k) => k.f);
}

/** The rules' input for a submission: its rows split into the leaves that apply to its group and the parents. */
export function submissionInput(submission: Submission, framework: Framework): SubmissionInput {
  return {
    submission,
    framework,
    leafRows: submission.rows.filter(
      (m) => m.node.children.length === 0 && appliesTo(framework, m.node, submission.group),
    ),
    parentRows: submission.rows.filter((m) => m.node.children.length > 0),
  };
}

/** Runs every submission rule on a parsed submission: the reading findings in sheet order, then the value findings. */
export function checkSubmissionRules(submission: Submission, framework: Framework, where: Where): SubmissionFinding[] {
  const input = submissionInput(submission, framework);
  const reading = inSheetOrder(runRules(READING_RULES, input, where));
  // Without a header nothing was read: there are no values to check.
  if (!submission.header) return reading;
  return [...reading, ...runRules(VALUE_RULES, input, where)];
}
