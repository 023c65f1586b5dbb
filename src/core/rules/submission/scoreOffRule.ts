import { formulaScore } from "../../scoring/declared.js";
import { displayCode } from "../../util/codes.js";
import { formatVi, round } from "../../util/numbers.js";
import { defineSubmissionRule } from "./input.js";

/**
 * A typed score (self or appraised) of a formula-scored criterion that differs from what its rule
 * gives on the figures the unit declared. A warning: the score that counts stays the typed one.
 */
export const scoreOffRule = defineSubmissionRule({
  meta: {
    id: "score-off-rule",
    severity: "warning",
    title: { vi: "Điểm khác điểm theo cách tính điểm", en: "Score differs from the scoring rule" },
    description: {
      vi: "Điểm tự chấm hoặc điểm thẩm định của tiêu chí chấm theo cách tính điểm khác điểm tính từ số liệu kê khai; điểm được tính vẫn là điểm đã nhập.",
      en: "The self or appraised score of a formula-scored criterion differs from the score its rule gives on the declared figures; the typed score still counts.",
    },
  },
  check({ leafRows, submission, report }) {
    for (const m of leafRows) {
      const f = formulaScore(m, submission.group);
      if (!f || !f.reading.ok || f.expected === null) continue;
      const expected = f.expected;
      const cells = [
        [m.self, "tự chấm", "self"],
        [m.appraised, "thẩm định", "appraised"],
      ] as const;
      for (const [cell, which, whichEn] of cells) {
        if (!cell || cell.na || cell.num.kind !== "number") continue;
        const typed = cell.num.value;
        if (Math.abs(round(typed, 2) - expected) < 1e-6) continue;
        const code = displayCode(m.node.code);
        report(
          cell.addr,
          {
            vi:
              `Điểm ${which} ${formatVi(typed)} của tiêu chí ${code} khác điểm theo cách tính điểm: ${formatVi(expected)} ` +
              `(số liệu kê khai ${f.reading.vi}; “${f.ruleText}”). Điểm được tính vẫn là điểm đã nhập` +
              `${which === "thẩm định" ? "" : " (điểm thẩm định, khi có)"}.`,
            en:
              `The ${whichEn} score ${typed} of criterion ${m.node.code} differs from the scoring rule's ${expected} ` +
              `(declared ${f.reading.en}; “${f.ruleText}”). The typed score still counts` +
              `${whichEn === "appraised" ? "" : " (the appraised score, where there is one)"}.`,
          },
          { code: m.node.code, expected, actual: typed },
        );
      }
    }
  },
});
