import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { finding } from "../findings.js";
import { countedScore, num } from "../counted.js";
import { Rule, selfScored } from "./rule.js";

/** Survey (SIPAS) leaves are scored from the survey, not by the unit. */
export const surveySelfScored: Rule = {
  id: "survey-self-scored",
  severity: "warning",
  title: "Đơn vị tự chấm tiêu chí điều tra XHH",
  titleEn: "Survey criterion scored by the unit",
  check: ({ leafRows, where }) =>
    leafRows
      .filter((m) => m.node.source === "survey" && (num(m.self) !== null || num(m.appraised) !== null))
      .map((m) =>
        finding(where, "survey-self-scored", "warning", (num(m.self) !== null ? m.self : m.appraised)!.addr, m.node.code,
          `Tiêu chí ${displayCode(m.node.code)} lấy điểm từ điều tra xã hội học; điểm ghi trong bảng không được tính.`,
          `Criterion ${m.node.code} is scored from the survey; the score in the sheet is not counted.`, null, num(m.self) ?? num(m.appraised)),
      ),
};

/** A leaf marked not applicable, and how the framework's rule treats it. */
export const notApplicable: Rule = {
  id: "not-applicable",
  severity: "info",
  title: "Tiêu chí không áp dụng",
  titleEn: "Criterion not applicable",
  check: ({ leafRows, framework, where }) =>
    leafRows
      .filter((m) => selfScored(m.node) && countedScore(m).notApplicable)
      .map((m) => {
        const c = countedScore(m).cell!;
        const rule = framework.notApplicableRule === "rescale" ? "bỏ điểm tối đa và quy đổi về thang 100" : "được tính điểm tối đa";
        const ruleEn = framework.notApplicableRule === "rescale" ? "its maximum is removed and the result rescaled to 100" : "it is awarded its maximum";
        return finding(where, "not-applicable", "info", c.addr, m.node.code,
          `Tiêu chí ${displayCode(m.node.code)} ghi "${cellText(c.raw)}" (không áp dụng): ${rule}.`,
          `Criterion ${m.node.code} is marked "${cellText(c.raw)}" (not applicable): ${ruleEn}.`, null, cellText(c.raw));
      }),
};

/** A criterion row that is hidden: its scores count but nobody sees them when printing. */
export const rowHidden: Rule = {
  id: "row-hidden",
  severity: "info",
  title: "Dòng tiêu chí bị ẩn",
  titleEn: "Criterion row hidden",
  check: ({ submission, where }) =>
    submission.rows
      .filter((m) => m.hidden)
      .map((m) =>
        finding(where, "row-hidden", "info", m.codeCell, m.node.code,
          `Dòng ${m.row + 1} (tiêu chí ${displayCode(m.node.code)}) đang bị ẩn; điểm của dòng này vẫn được tính.`,
          `Row ${m.row + 1} (criterion ${m.node.code}) is hidden; its scores still count.`),
      ),
};

