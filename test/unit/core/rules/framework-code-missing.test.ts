import { frameworkCodeMissing } from "../../../../src/core/rules/framework/codeMissing";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-code-missing", () => {
  it("reports a titled row with a maximum but no code, at its code cell", () => {
    const sheet = frameworkSheet(fw);
    const cell = nodeCellOf(sheet, "1.2", "code");
    setCell(sheet, cell, null);
    expect(onSheet(frameworkCodeMissing, sheet)).toEqual([
      {
        rule: "framework-code-missing",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "A20",
        message: "Dòng 20 có điểm tối đa nhưng không có mã: dòng này không được tính.",
        messageEn: "Row 20 has a maximum but no code: it is not counted.",
        actual: "Báo cáo CCHC định kỳ đầy đủ, đúng hạn",
      },
    ]);
    expect(cell).toBe("A20");
  });

  it("does not report a note row without a maximum, a row without a title, or the total row", () => {
    const sheet = frameworkSheet(fw);
    sheet.values.push([null, "Ghi chú: tiêu chí do tỉnh bổ sung", null], [null, null, 5]);
    expect(onSheet(frameworkCodeMissing, sheet)).toEqual([]);
  });
});
