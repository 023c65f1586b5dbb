import { CriterionNode, Finding, Framework, Severity } from "../../types.js";
import { MatchedRow, Submission } from "../parseSubmission.js";

export interface RuleContext {
  submission: Submission;
  framework: Framework;
  /** Matched rows of leaves that apply to the unit's group. */
  leafRows: MatchedRow[];
  /** Matched rows of parents (areas, criteria with sub-criteria). */
  parentRows: MatchedRow[];
  where: { sheet: string; file?: string };
}

/** A validation rule, like a linter's: stable id, default severity, one check. */
export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  titleEn: string;
  check(ctx: RuleContext): Finding[];
}

/** True for a leaf scored by the unit itself (not a survey). */
export function selfScored(n: CriterionNode): boolean {
  return n.children.length === 0 && n.source === "self";
}
