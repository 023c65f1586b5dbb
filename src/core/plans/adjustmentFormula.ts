// The live formula of a unit's bonus or penalty read from its own sheet: the counted score of each of
// its "Điểm thưởng" / "Điểm phạt" rows (latest appraisal round with a value, else self), added.
import { sheetAdjustments } from "../scoring/adjustments.js";
import type { CountedRule } from "../submission/counted.js";
import type { Submission } from "../submission/parseSubmission.js";
import { countedExpression } from "./detailSheet.js";

/**
 * `=N(row1)+N(row2)` over the unit's bonus rows, or `=ABS(…)` over its penalty rows (a penalty
 * written "-1" takes one point off, as the engine reads it); null without such rows.
 */
export function adjustmentFormula(
  s: Submission,
  kind: "bonus" | "penalty",
  rule: CountedRule = "appraised-else-self",
): string | null {
  const terms = sheetAdjustments(s, rule)
    .rows[kind].map((a) => countedExpression(a.sheet ?? s.sheet, a, rule))
    .filter((e): e is string => e !== null)
    .map((e) => `N(${e})`);
  if (!terms.length) return null;
  const sum = terms.join("+");
  return kind === "penalty" ? `=ABS(${sum})` : `=${sum}`;
}
