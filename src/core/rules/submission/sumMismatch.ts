import { formatVi } from "../../util/numbers.js";
import { defineSubmissionRule } from "./input.js";
import { differingSums, explainedByRounding } from "./sums.js";

/** A parent or total row whose stated score is not the sum of its children (beyond rounding: sum-rounding's). */
export const sumMismatch = defineSubmissionRule({
  meta: {
    id: "sum-mismatch",
    severity: "error",
    title: { vi: "Tổng không khớp", en: "Subtotal does not add up" },
    description: {
      vi: "Điểm ghi ở dòng lĩnh vực, tiêu chí có tiêu chí thành phần hoặc dòng tổng điểm khác tổng các dòng con.",
      en: "The score stated on an area, a parent criterion or the total row differs from the sum of its rows.",
    },
  },
  check({ submission, framework, report }) {
    for (const s of differingSums(submission, framework)) {
      if (explainedByRounding(s)) continue;
      report(
        s.cell.addr,
        {
          vi: `${s.label.vi} ghi ${formatVi(s.actual)} nhưng tổng các dòng con là ${formatVi(s.expected)}.`,
          en: `${s.label.en} states ${s.actual} but its rows add up to ${s.expected}.`,
        },
        { code: s.code, expected: s.expected, actual: s.actual },
      );
    }
  },
});
