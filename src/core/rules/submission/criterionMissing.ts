import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** A criterion the unit's group must report has no row: reported once, at its highest missing node. */
export const criterionMissing = defineSubmissionRule({
  meta: {
    id: "criterion-missing",
    severity: "error",
    title: { vi: "Thiếu tiêu chí", en: "Criterion missing" },
    description: {
      vi: "Bảng thiếu dòng của một tiêu chí mà nhóm của đơn vị phải chấm (báo một lần cho cả lĩnh vực hay tiêu chí thiếu).",
      en: "The sheet lacks the row of a criterion the unit's group must score (once for a whole missing area or criterion).",
    },
  },
  check({ submission, report }) {
    for (const { node: n, cell } of submission.reading.missing) {
      report(
        cell,
        {
          vi: `Thiếu tiêu chí ${displayCode(n.code)} "${n.title}" (${n.max} điểm).`,
          en: `Criterion ${n.code} "${n.title}" (${n.max} points) is missing.`,
        },
        { code: n.code, expected: n.code, actual: null },
      );
    }
  },
});
