// Survey points the office wrote in the unit's own sheet: the Ministry's system puts SIPAS, the
// leaders' survey and the socio-economic impact in the Thẩm định column of the survey criteria.
import type { Submission } from "../submission/parseSubmission.js";
import { round } from "../util/numbers.js";

/** The sum of the appraised numbers of the sheet's survey leaves, or null when none has one. */
export function sheetSurveyPoints(s: Submission): number | null {
  const values: number[] = [];
  for (const m of s.rows)
    if (m.node.children.length === 0 && m.node.source === "survey" && m.appraised?.num.kind === "number")
      values.push(m.appraised.num.value);
  return values.length
    ? round(
        values.reduce((t, v) => t + v, 0),
        6,
      )
    : null;
}
