// Runs one submission rule alone on a sheet, read as validateSheet reads it, so a rule's test sees
// only that rule's findings.
import { submissionInput, type SubmissionRuleId } from "../../../../src/core/rules/submission/index";
import type { SubmissionInput } from "../../../../src/core/rules/submission/input";
import { runRules, type Rule } from "../../../../src/core/rules/rule";
import { parseSubmission, type ParseOptions } from "../../../../src/core/submission/parseSubmission";
import type { Framework, SheetSnapshot } from "../../../../src/core/types";
import type { Finding } from "../../../../src/core/findings";

/** The findings one submission rule reports on a sheet. */
export function reports(
  rule: Rule<SubmissionRuleId, SubmissionInput>,
  sheet: SheetSnapshot,
  fw: Framework,
  opts: ParseOptions = {},
): Finding[] {
  return runRules([rule], submissionInput(parseSubmission(sheet, fw, opts), fw), {
    sheet: sheet.name,
    file: opts.file,
  });
}
