import { cellText, foldLoose } from "../../util/text.js";
import { defineWorkbookRule } from "./input.js";

const SCORE_WORDS = /tu danh gia|tu cham|tham dinh/;

/**
 * A sheet named like a framework ("Bộ tiêu chí") is never read as a unit; when it has score columns
 * and is not the framework used, it is most likely a unit's sheet: say so rather than drop it.
 */
export const unitNamedLikeFramework = defineWorkbookRule({
  meta: {
    id: "unit-named-like-framework",
    severity: "warning",
    title: { vi: "Trang đơn vị mang tên bộ tiêu chí", en: "Unit sheet named like a framework" },
    description: {
      vi: "Một trang có cột điểm tự đánh giá nhưng mang tên như bộ tiêu chí, nên không được đọc như một đơn vị.",
      en: "A sheet with self-score columns is named like a framework, so it is not read as a unit.",
    },
  },
  check({ sheets, skipped, frameworkSheet, report }) {
    for (const s of skipped) {
      if (s.reason !== "framework" || s.sheet === frameworkSheet) continue;
      const sheet =
        sheets.find((x) => x.name === s.sheet && x.file === s.file) ?? sheets.find((x) => x.name === s.sheet);
      if (!sheet || sheet.generated) continue;
      const scored = sheet.values
        .slice(0, 30)
        .some((row) => (row ?? []).some((v) => SCORE_WORDS.test(foldLoose(cellText(v)))));
      if (!scored) continue;
      const file = s.file ?? "";
      report(
        "A1",
        {
          vi: `Trang "${s.sheet}" của tệp ${file} có cột điểm tự đánh giá nhưng mang tên như bộ tiêu chí nên không được đọc như một đơn vị; nếu đây là hồ sơ đơn vị, hãy đổi tên trang.`,
          en: `Sheet "${s.sheet}" of ${file} has self-score columns but is named like a framework, so it is not read as a unit; if it is a unit's sheet, rename it.`,
        },
        { at: { sheet: s.sheet, file } },
      );
    }
  },
});
