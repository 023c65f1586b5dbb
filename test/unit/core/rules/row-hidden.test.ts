import { rowHidden } from "../../../../src/core/rules/submission/rowHidden";
import { cellOf, miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("row-hidden", () => {
  it("reports a hidden criterion row at its code cell", () => {
    const sheet = unitSheet(fw, { quirks: { hiddenCodes: ["1.2"] } });
    const row = rowOf(sheet, "1.2") + 1;
    expect(reports(rowHidden, sheet, fw)).toEqual([
      {
        rule: "row-hidden",
        severity: "info",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.2", "code"),
        code: "1.2",
        message: `Dòng ${row} (tiêu chí 1.2) đang bị ẩn; điểm của dòng này vẫn được tính.`,
        messageEn: `Row ${row} (criterion 1.2) is hidden; its scores still count.`,
      },
    ]);
  });

  it("names a hidden area by its Roman numeral", () => {
    const sheet = unitSheet(fw, { quirks: { hiddenCodes: ["3"] } });
    expect(reports(rowHidden, sheet, fw).map((f) => f.message)).toEqual([
      `Dòng ${rowOf(sheet, "3") + 1} (tiêu chí III) đang bị ẩn; điểm của dòng này vẫn được tính.`,
    ]);
  });

  it("does not report visible rows, nor hidden rows that are not criteria", () => {
    const sheet = unitSheet(fw);
    sheet.hiddenRows = [1, 2];
    expect(reports(rowHidden, sheet, fw)).toEqual([]);
  });
});
