import { displayCode } from "../../util/codes.js";
import { defineSurveyRule } from "./input.js";

/** A survey table's column whose header names no survey component of the framework: it is not read. */
export const surveyColumnUnknown = defineSurveyRule({
  meta: {
    id: "survey-column-unknown",
    severity: "warning",
    title: { vi: "Cột điểm điều tra không rõ phần nào", en: "Survey column names no component" },
    description: {
      vi: "Tiêu đề một cột của bảng điểm điều tra không trùng tên hay mã phần điều tra nào của bộ tiêu chí (hoặc trùng nhiều phần); cột đó không được đọc.",
      en: "A survey table's column header matches no survey component of the framework by title or code (or several); the column is not read.",
    },
  },
  check({ unknownColumns, components, report }) {
    const known = (components ?? []).map((l) => `${displayCode(l.code)}. ${l.title}`).join("; ");
    for (const u of unknownColumns ?? []) {
      const at = { sheet: u.sheet, ...(u.file !== undefined ? { file: u.file } : {}) };
      const several = u.candidates.length > 1;
      report(
        u.cell,
        several
          ? {
              vi: `Cột “${u.text}” của bảng điểm điều tra có thể là nhiều phần (${u.candidates.map(displayCode).join(", ")}); ghi mã phần (ví dụ “${displayCode(u.candidates[0])}”) để cột được đọc.`,
              en: `Survey column “${u.text}” could be several components (${u.candidates.join(", ")}); write the component's code (e.g. “${u.candidates[0]}”) so it is read.`,
            }
          : {
              vi: `Cột “${u.text}” của bảng điểm điều tra không trùng phần điều tra nào của bộ tiêu chí; cột không được đọc.${known ? ` Các phần: ${known}.` : ""}`,
              en: `Survey column “${u.text}” names no survey component of the framework; it is not read.${known ? ` Components: ${known}.` : ""}`,
            },
        { at, actual: u.text },
      );
    }
  },
});
