import { formulaScore } from "../../scoring/declared.js";
import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** Declared figures of a formula-scored criterion that its rule cannot read: reported at the cell, never computed. */
export const declaredInvalid = defineSubmissionRule({
  meta: {
    id: "declared-invalid",
    severity: "warning",
    title: { vi: "Số liệu kê khai không đọc được", en: "Unreadable declared figures" },
    description: {
      vi: "Số liệu kê khai của tiêu chí chấm theo cách tính điểm không đọc được (mẫu số 0, tử số lớn hơn mẫu số, tỷ lệ ngoài 0–100%, mức không có trong cách tính…): điểm theo cách tính không được tính.",
      en: "The declared figures of a formula-scored criterion cannot be read (a zero denominator, a numerator above it, a ratio outside 0–100%, an option the rule lacks…): no score is computed from them.",
    },
  },
  check({ leafRows, submission, report }) {
    for (const m of leafRows) {
      const f = formulaScore(m, submission.group);
      if (!f || f.reading.ok) continue;
      const r = f.reading;
      report(
        r.cell,
        {
          vi: `Số liệu kê khai “${r.text}” của tiêu chí ${displayCode(m.node.code)}: ${r.vi}; không tính được điểm theo cách tính điểm “${f.ruleText}”.`,
          en: `Declared figures “${r.text}” of criterion ${m.node.code}: ${r.en}; no score can be computed by the rule “${f.ruleText}”.`,
        },
        { code: m.node.code, actual: r.text },
      );
    }
  },
});
