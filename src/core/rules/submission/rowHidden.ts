import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** A criterion row that is hidden: its scores count but nobody sees them when printing. */
export const rowHidden = defineSubmissionRule({
  meta: {
    id: "row-hidden",
    severity: "info",
    title: { vi: "Dòng tiêu chí bị ẩn", en: "Criterion row hidden" },
    description: {
      vi: "Dòng của một tiêu chí đang bị ẩn; điểm vẫn được tính nhưng không thấy khi xem hoặc in.",
      en: "A criterion's row is hidden; its scores still count but are not seen on screen or in print.",
    },
  },
  check({ submission, report }) {
    for (const m of submission.rows) {
      if (!m.hidden) continue;
      report(
        m.codeCell,
        {
          vi: `Dòng ${m.row + 1} (tiêu chí ${displayCode(m.node.code)}) đang bị ẩn; điểm của dòng này vẫn được tính.`,
          en: `Row ${m.row + 1} (criterion ${m.node.code}) is hidden; its scores still count.`,
        },
        { code: m.node.code },
      );
    }
  },
});
