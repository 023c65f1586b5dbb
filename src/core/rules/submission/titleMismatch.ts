import { foldTitle } from "../../submission/abbreviations.js";
import { bareTitle } from "../../submission/parseSubmission.js";
import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** The code matches but the title differs in substance (not just case, spacing, NFD or punctuation). */
export const titleMismatch = defineSubmissionRule({
  meta: {
    id: "title-mismatch",
    severity: "warning",
    title: { vi: "Nội dung tiêu chí khác bộ tiêu chí", en: "Criterion title differs from the framework" },
    description: {
      vi: "Mã tiêu chí khớp nhưng nội dung khác bộ tiêu chí (không tính khác biệt về hoa thường, khoảng trắng, dấu câu, chữ viết tắt như CCHC, TTHC).",
      en: "The code matches but the title differs from the framework's (beyond case, spacing, punctuation and abbreviations such as CCHC, TTHC).",
    },
  },
  check({ submission, report }) {
    for (const m of submission.rows) {
      if (!m.title || foldTitle(bareTitle(m.title)) === foldTitle(m.node.title)) continue;
      report(
        m.titleCell,
        {
          vi: `Nội dung tiêu chí ${displayCode(m.node.code)} khác bộ tiêu chí: "${m.title.slice(0, 120)}" (bộ tiêu chí: "${m.node.title.slice(0, 120)}").`,
          en: `Title of criterion ${m.node.code} differs from the framework: "${m.title.slice(0, 120)}" (framework: "${m.node.title.slice(0, 120)}").`,
        },
        { code: m.node.code, expected: m.node.title, actual: m.title },
      );
    }
  },
});
