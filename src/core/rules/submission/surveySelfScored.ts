import { num } from "../../submission/counted.js";
import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/**
 * Survey (SIPAS) leaves are scored from the survey, not by the unit. Points the office wrote in the
 * appraised column (the Ministry's system does) are the unit's survey points, counted: not reported.
 */
export const surveySelfScored = defineSubmissionRule({
  meta: {
    id: "survey-self-scored",
    severity: "warning",
    title: { vi: "Đơn vị tự chấm tiêu chí điều tra XHH", en: "Survey criterion scored by the unit" },
    description: {
      vi: "Đơn vị tự chấm một tiêu chí lấy điểm từ điều tra xã hội học; điểm tự chấm không được tính (điểm ở cột thẩm định và bảng điểm điều tra được tính).",
      en: "The unit scored itself a criterion scored from the survey; that self score is not counted (the appraised column and survey tables are).",
    },
  },
  check({ leafRows, report }) {
    for (const m of leafRows) {
      // The appraised column of a survey row holds the survey's points (the Ministry's system puts them there).
      if (m.node.source !== "survey" || num(m.self) === null) continue;
      report(
        m.self!.addr,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)} lấy điểm từ điều tra xã hội học; điểm tự chấm không được tính.`,
          en: `Criterion ${m.node.code} is scored from the survey; the self score is not counted.`,
        },
        { code: m.node.code, expected: null, actual: num(m.self) },
      );
    }
  },
});
