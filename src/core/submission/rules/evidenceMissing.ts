import { a1 } from "../../util/a1.js";
import { displayCode } from "../../util/codes.js";
import { finding } from "../findings.js";
import { num } from "../counted.js";
import { Rule, selfScored } from "./rule.js";

/** A leaf scored above zero that requires evidence, with neither evidence nor explanation. */
export const evidenceMissing: Rule = {
  id: "evidence-missing",
  severity: "warning",
  title: "Thiếu tài liệu kiểm chứng",
  titleEn: "Evidence missing",
  check: ({ leafRows, submission, where }) => {
    const col = submission.header?.columns.evidence;
    return leafRows
      .filter((m) => selfScored(m.node) && m.node.evidenceRequired && (num(m.self) ?? 0) > 0 && !m.evidence && !m.explanation)
      .map((m) =>
        finding(where, "evidence-missing", "warning", col !== undefined ? a1(m.row, col) : m.self!.addr, m.node.code,
          `Tiêu chí ${displayCode(m.node.code)} tự chấm ${num(m.self)} điểm nhưng không có tài liệu kiểm chứng hay giải trình.`,
          `Criterion ${m.node.code} is self-scored ${num(m.self)} with neither evidence nor explanation.`, null, null),
      );
  },
};
