import { nodeMax } from "../../framework/model.js";
import { surveyEmpty } from "../../inputs/surveyPoints.js";
import { displayCode } from "../../util/codes.js";
import { formatVi, sum } from "../../util/numbers.js";
import { defineSurveyRule } from "./input.js";

/**
 * A unit of a framework with a survey part that got no survey points from anywhere (its sheet, a
 * survey table, the summary, the task pane), or none for some components: never a silent 0.
 */
export const surveyMissing = defineSurveyRule({
  meta: {
    id: "survey-missing",
    severity: "warning",
    title: { vi: "Chưa có điểm điều tra XHH", en: "Survey points missing" },
    description: {
      vi: "Đơn vị chưa có điểm điều tra XHH (hoặc chưa có cho một số phần) ở trang tính của đơn vị, bảng điểm điều tra, trang Tổng hợp hay ô nhập trong ngăn tác vụ; nêu số điểm bị ảnh hưởng.",
      en: "A unit has no survey points (or none for some components) in its sheet, a survey table, the summary or the task pane; the points at stake are given.",
    },
  },
  check({ units, missingRule, report }) {
    for (const u of units ?? []) {
      if (u.stake <= 0 || u.components.length === 0) continue;
      const at = { sheet: u.sheet, ...(u.file !== undefined ? { file: u.file } : {}) };
      if (surveyEmpty(u)) {
        const stake = formatVi(u.stake);
        report(
          u.cell,
          missingRule === "rescale"
            ? {
                vi: `${u.unit} chưa có điểm điều tra XHH (${stake} điểm); theo bộ tiêu chí, điểm thẩm định được quy đổi về thang 100. Nhập điểm điều tra nếu đã có.`,
                en: `${u.unit} has no survey points (${u.stake} points); as the framework says, the appraised part is rescaled to 100. Enter the survey points if they exist.`,
              }
            : {
                vi: `${u.unit} chưa có điểm điều tra XHH: ${stake} điểm đang tính 0. Nhập điểm điều tra (bảng điểm điều tra, trang Tổng hợp hoặc ngăn tác vụ).`,
                en: `${u.unit} has no survey points: ${u.stake} points count as 0. Enter them (a survey table, the summary sheet or the task pane).`,
              },
          { ...{ at }, expected: u.stake, actual: null },
        );
        continue;
      }
      if (u.total !== null) continue;
      const lacking = u.components.filter((l) => !u.parts.has(l.code));
      if (lacking.length === 0) continue;
      const stake = sum(lacking.map((l) => nodeMax(l, u.group)));
      const codes = lacking.map((l) => displayCode(l.code)).join(", ");
      report(
        u.cell,
        {
          vi: `${u.unit} chưa có điểm điều tra XHH cho ${codes}: ${formatVi(stake)} điểm đang tính 0.`,
          en: `${u.unit} has no survey points for ${lacking.map((l) => l.code).join(", ")}: ${stake} points count as 0.`,
        },
        { at, code: lacking[0].code, expected: stake, actual: null },
      );
    }
  },
});
