// Bonus and penalty points written in the unit's own sheet ("Điểm thưởng", "Điểm cộng", "Điểm trừ",
// "Điểm phạt" rows): counted as the unit's bonus and penalty, the score that counts read as for a
// criterion (the latest appraisal round with a value, else the self score).
import { countedScore, CountedRule } from "../submission/counted.js";
import type { AdjustmentRow, Submission } from "../submission/parseSubmission.js";
import { round } from "../util/numbers.js";

/** A unit's bonus and penalty from its sheet: null where the sheet has no such row (or none with a number). */
export interface SheetAdjustments {
  bonus: number | null;
  penalty: number | null;
  /** The rows of each kind (the live formulas add them). */
  rows: { bonus: AdjustmentRow[]; penalty: AdjustmentRow[] };
}

/**
 * The sheet's bonus (the sum of its bonus rows) and penalty (the size of the sum of its penalty rows:
 * "-1" and "1" both take one point off). A row whose cell is not a number adds nothing.
 */
export function sheetAdjustments(s: Submission, rule: CountedRule = "appraised-else-self"): SheetAdjustments {
  const rows = {
    bonus: s.reading.adjustments.filter((a) => a.kind === "bonus"),
    penalty: s.reading.adjustments.filter((a) => a.kind === "penalty"),
  };
  const total = (list: AdjustmentRow[]): number | null => {
    const values = list.map((a) => countedScore(a, rule).value).filter((v): v is number => v !== null);
    return values.length
      ? round(
          values.reduce((t, v) => t + v, 0),
          6,
        )
      : null;
  };
  const bonus = total(rows.bonus);
  const penalty = total(rows.penalty);
  return { bonus, penalty: penalty === null ? null : Math.abs(penalty), rows };
}
