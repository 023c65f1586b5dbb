import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { defineSurveyRule } from "./input.js";

/** A survey table's value above the framework's survey part: only the part is counted. */
export const surveyOverMax = defineSurveyRule({
  meta: {
    id: "survey-over-max",
    severity: "warning",
    title: { vi: "Điểm điều tra XHH vượt tối đa", en: "Survey points above the maximum" },
    description: {
      vi: "Điểm điều tra XHH trong bảng điểm điều tra lớn hơn phần điều tra của bộ tiêu chí (chỉ tính bằng phần đó).",
      en: "A survey table's points exceed the framework's survey part (only the part is counted).",
    },
  },
  check({ surveys, surveyMax, components, report }) {
    if (surveyMax <= 0) return;
    for (const s of surveys) {
      if (s.parts) {
        for (const [code, p] of Object.entries(s.parts)) {
          const leaf = components?.find((l) => l.code === code);
          if (!leaf || p.points <= leaf.max + 1e-9 || !s.sheet) continue;
          report(
            p.cell,
            {
              vi: `Điểm điều tra phần ${displayCode(code)} của ${s.unit} (${formatVi(p.points)}) vượt điểm tối đa của phần (${formatVi(leaf.max)}); chỉ tính ${formatVi(leaf.max)}.`,
              en: `Survey points for ${code} of ${s.unit} (${p.points}) exceed the component's maximum (${leaf.max}); ${leaf.max} counted.`,
            },
            { code, expected: leaf.max, actual: p.points, at: { sheet: s.sheet, file: s.file } },
          );
        }
        continue;
      }
      if (s.points <= surveyMax + 1e-9 || !s.sheet || !s.cell) continue;
      report(
        s.cell,
        {
          vi: `Điểm điều tra XHH của ${s.unit} (${formatVi(s.points)}) vượt phần điều tra của bộ tiêu chí (${formatVi(surveyMax)} điểm); chỉ tính ${formatVi(surveyMax)}. Kiểm tra lại (có thể đã nhập tỷ lệ %).`,
          en: `Survey points of ${s.unit} (${s.points}) exceed the framework's survey part (${surveyMax}); ${surveyMax} counted. Check the figure (a percentage?).`,
        },
        { expected: surveyMax, actual: s.points, at: { sheet: s.sheet, file: s.file } },
      );
    }
  },
});
