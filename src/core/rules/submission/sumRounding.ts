import { formatVi, round } from "../../util/numbers.js";
import { defineSubmissionRule } from "./input.js";
import { differingSums, explainedByRounding } from "./sums.js";

/** A subtotal or total that differs from the sum of its rows only as much as rounding to two decimals explains. */
export const sumRounding = defineSubmissionRule({
  meta: {
    id: "sum-rounding",
    severity: "warning",
    title: { vi: "Tổng lệch do làm tròn", en: "Subtotal differs by rounding" },
    description: {
      vi: "Điểm ghi ở dòng lĩnh vực, tiêu chí hoặc tổng điểm lệch với tổng các dòng con không quá mức làm tròn đến hai chữ số thập phân giải thích được (0,01 cho mỗi số đã làm tròn).",
      en: "The score stated on an area, a parent criterion or the total differs from the sum of its rows by no more than rounding to two decimals explains (0.01 per rounded value).",
    },
  },
  check({ submission, framework, report }) {
    for (const s of differingSums(submission, framework)) {
      if (!explainedByRounding(s)) continue;
      const gap = round(Math.abs(s.actual - s.expected), 6);
      report(
        s.cell.addr,
        {
          vi: `${s.label.vi} ghi ${formatVi(s.actual)}, tổng các dòng con là ${formatVi(s.expected)}: lệch ${formatVi(gap)}, trong mức làm tròn đến hai chữ số thập phân (${formatVi(s.tolerance)}).`,
          en: `${s.label.en} states ${s.actual}, its rows add up to ${s.expected}: ${gap} apart, within rounding to two decimals (${s.tolerance}).`,
        },
        { code: s.code, expected: s.expected, actual: s.actual },
      );
    }
  },
});
