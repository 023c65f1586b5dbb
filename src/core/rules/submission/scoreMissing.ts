import { displayCode } from "../../util/codes.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A unit-scored leaf without any score. */
export const scoreMissing = defineSubmissionRule({
  meta: {
    id: "score-missing",
    severity: "error",
    title: { vi: "Thiếu điểm", en: "Score missing" },
    description: {
      vi: "Tiêu chí do đơn vị tự chấm không có điểm tự đánh giá lẫn điểm thẩm định.",
      en: "A criterion the unit scores has neither a self score nor an appraised score.",
    },
  },
  check({ leafRows, report }) {
    for (const m of leafRows) {
      if (!selfScored(m.node)) continue;
      if ((m.self && m.self.num.kind !== "empty") || (m.appraised && m.appraised.num.kind !== "empty")) continue;
      report(
        m.self?.addr ?? m.codeCell,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)} chưa có điểm tự đánh giá.`,
          en: `Criterion ${m.node.code} has no self score.`,
        },
        { code: m.node.code, expected: `0–${m.node.max}`, actual: null },
      );
    }
  },
});
