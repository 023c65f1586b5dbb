import { displayCode } from "../../util/codes.js";
import { scoreCells } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A score above the criterion's maximum. */
export const scoreOverMax = defineSubmissionRule({
  meta: {
    id: "score-over-max",
    severity: "error",
    title: { vi: "Điểm vượt điểm tối đa", en: "Score above the maximum" },
    description: {
      vi: "Điểm tự chấm hoặc thẩm định của một tiêu chí lớn hơn điểm tối đa của tiêu chí đó.",
      en: "A self or appraised score of a criterion is above the criterion's maximum.",
    },
  },
  check({ leafRows, submission, report }) {
    for (const s of scoreCells(leafRows, submission.group)) {
      if (s.cell.num.kind !== "number" || !(s.cell.num.value > s.max + 1e-9)) continue;
      const v = s.cell.num.value;
      report(
        s.cell.addr,
        {
          vi: `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} (${v}) vượt điểm tối đa ${s.max}.`,
          en: `The ${s.whichEn} score of criterion ${s.code} (${v}) is above its maximum ${s.max}.`,
        },
        { code: s.code, expected: `0–${s.max}`, actual: v },
      );
    }
  },
});
