import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { scoreCells } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A score that is text but not a number ("đạt", "0..5"); KAD / "không áp dụng" are allowed. */
export const scoreNotNumber = defineSubmissionRule({
  meta: {
    id: "score-not-number",
    severity: "error",
    title: { vi: "Điểm không phải là số", en: "Score is not a number" },
    description: {
      vi: 'Ô điểm tự chấm hoặc thẩm định ghi chữ không phải số ("đạt", "0..5"); KAD, "không áp dụng" và dấu hiệu điều tra xã hội học (ĐTXHH, SIPAS) được chấp nhận.',
      en: 'A self or appraised score is text that is not a number ("đạt", "0..5"); KAD, "not applicable" and survey marks (ĐTXHH, SIPAS) are allowed.',
    },
  },
  check({ leafRows, submission, report }) {
    for (const s of scoreCells(leafRows, submission.group)) {
      if (s.cell.num.kind !== "text" || s.cell.na || s.cell.survey) continue;
      report(
        s.cell.addr,
        {
          vi: `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} không phải là số: "${cellText(s.cell.raw)}".`,
          en: `The ${s.whichEn} score of criterion ${s.code} is not a number: "${cellText(s.cell.raw)}".`,
        },
        { code: s.code, expected: `0–${s.max}`, actual: cellText(s.cell.raw) },
      );
    }
  },
});
