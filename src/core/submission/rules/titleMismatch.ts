import { displayCode } from "../../util/codes.js";
import { foldLoose } from "../../util/text.js";
import { finding } from "../findings.js";
import { bareTitle } from "../parseSubmission.js";
import { Rule } from "./rule.js";

/** The code matches but the title differs in substance (not just case, spacing, NFD or punctuation). */
export const titleMismatch: Rule = {
  id: "title-mismatch",
  severity: "warning",
  title: "Nội dung tiêu chí khác bộ tiêu chí",
  titleEn: "Criterion title differs from the framework",
  check: ({ submission, where }) =>
    submission.rows
      .filter((m) => m.title && foldLoose(bareTitle(m.title)) !== foldLoose(m.node.title))
      .map((m) =>
        finding(where, "title-mismatch", "warning", m.titleCell, m.node.code,
          `Nội dung tiêu chí ${displayCode(m.node.code)} khác bộ tiêu chí: "${m.title.slice(0, 120)}" (bộ tiêu chí: "${m.node.title.slice(0, 120)}").`,
          `Title of criterion ${m.node.code} differs from the framework: "${m.title.slice(0, 120)}" (framework: "${m.node.title.slice(0, 120)}").`,
          m.node.title, m.title),
      ),
};
