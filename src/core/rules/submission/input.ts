import type { MatchedRow, Submission } from "../../submission/parseSubmission.js";
import type { Framework } from "../../types.js";
import type { Rule } from "../rule.js";

/** What the submission rules check: a parsed submission, its framework, and its rows by kind. */
export interface SubmissionInput {
  /** The sheet as read, with what reading met (`submission.reading`) for the reading rules. */
  submission: Submission;
  framework: Framework;
  /** Matched rows of leaves that apply to the unit's group. */
  leafRows: MatchedRow[];
  /** Matched rows of parents (areas, criteria with sub-criteria). */
  parentRows: MatchedRow[];
}

/** Declares a submission rule (its check gets a SubmissionInput and `report`). */
export function defineSubmissionRule<const Id extends string>(
  rule: Rule<Id, SubmissionInput>,
): Rule<Id, SubmissionInput> {
  return rule;
}
