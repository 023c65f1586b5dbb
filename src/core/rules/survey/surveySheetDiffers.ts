import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { defineSurveyRule } from "./input.js";

/** A survey table gives a unit other survey points than its own sheet's appraised column: the table counts. */
export const surveySheetDiffers = defineSurveyRule({
  meta: {
    id: "survey-sheet-differs",
    severity: "warning",
    title: { vi: "Điểm điều tra khác trang tính của đơn vị", en: "Survey points differ from the unit's sheet" },
    description: {
      vi: "Bảng điểm điều tra ghi cho đơn vị số điểm khác cột thẩm định trên trang tính của đơn vị; điểm trong bảng được tính.",
      en: "A survey table gives a unit other points than the appraised column of its sheet; the table's are counted.",
    },
  },
  check({ conflicts, report }) {
    for (const c of conflicts ?? []) {
      const part = c.code ? ` phần ${displayCode(c.code)}` : "";
      const partEn = c.code ? ` for ${c.code}` : "";
      report(
        c.table.cell,
        {
          vi: `Điểm điều tra${part} của ${c.unit} trong bảng là ${formatVi(c.tablePoints)}, trang tính ${c.unitSheet} (ô ${c.unitCell}) ghi ${formatVi(c.sheetPoints)}; tính theo bảng điểm điều tra.`,
          en: `The survey table gives ${c.unit} ${c.tablePoints}${partEn}; its sheet ${c.unitSheet} (cell ${c.unitCell}) says ${c.sheetPoints}; the table's figure counts.`,
        },
        {
          at: { sheet: c.table.sheet, ...(c.table.file !== undefined ? { file: c.table.file } : {}) },
          ...(c.code ? { code: c.code } : {}),
          expected: c.tablePoints,
          actual: c.sheetPoints,
        },
      );
    }
  },
});
