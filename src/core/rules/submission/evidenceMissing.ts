import { num } from "../../submission/counted.js";
import { a1 } from "../../util/a1.js";
import { displayCode } from "../../util/codes.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A leaf scored above zero that requires evidence, with neither evidence nor explanation. */
export const evidenceMissing = defineSubmissionRule({
  meta: {
    id: "evidence-missing",
    severity: "warning",
    title: { vi: "Thiếu tài liệu kiểm chứng", en: "Evidence missing" },
    description: {
      vi: "Tiêu chí cần tài liệu kiểm chứng được tự chấm trên 0 điểm nhưng không có tài liệu kiểm chứng hay giải trình.",
      en: "A criterion that needs evidence is self-scored above zero with neither evidence nor explanation.",
    },
  },
  check({ submission, leafRows, report }) {
    // The evidence cell when the sheet has the column, else the score it should support.
    const col = submission.header?.columns.evidence;
    for (const m of leafRows) {
      if (!selfScored(m.node) || !m.node.evidenceRequired || !((num(m.self) ?? 0) > 0) || m.evidence || m.explanation)
        continue;
      report(
        col !== undefined ? a1(m.row, col) : m.self!.addr,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)} tự chấm ${num(m.self)} điểm nhưng không có tài liệu kiểm chứng hay giải trình.`,
          en: `Criterion ${m.node.code} is self-scored ${num(m.self)} with neither evidence nor explanation.`,
        },
        { code: m.node.code, expected: null, actual: null },
      );
    }
  },
});
