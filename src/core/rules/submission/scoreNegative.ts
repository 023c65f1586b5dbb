import { displayCode } from "../../util/codes.js";
import { scoreCells } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A negative score. */
export const scoreNegative = defineSubmissionRule({
  meta: {
    id: "score-negative",
    severity: "error",
    title: { vi: "Điểm âm", en: "Negative score" },
    description: {
      vi: "Điểm tự chấm hoặc thẩm định của một tiêu chí là số âm.",
      en: "A self or appraised score of a criterion is negative.",
    },
  },
  check({ leafRows, submission, report }) {
    for (const s of scoreCells(leafRows, submission.group)) {
      if (s.cell.num.kind !== "number" || !(s.cell.num.value < 0)) continue;
      const v = s.cell.num.value;
      report(
        s.cell.addr,
        {
          vi: `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} là số âm (${v}).`,
          en: `The ${s.whichEn} score of criterion ${s.code} is negative (${v}).`,
        },
        { code: s.code, expected: `0–${s.max}`, actual: v },
      );
    }
  },
});
