import { codeMismatch } from "../../../../src/core/rules/submission/codeMismatch";
import { miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("code-mismatch", () => {
  it("reports a code the framework lacks on a row whose title names a criterion, at the code cell", () => {
    const sheet = unitSheet(fw);
    const r = rowOf(sheet, "1.2");
    sheet.values[r - sheet.originRow][0] = "1.5";
    expect(reports(codeMismatch, sheet, fw)).toEqual([
      {
        rule: "code-mismatch",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: `A${r + 1}`,
        code: "1.2",
        message: 'Mã "1.5" không có trong bộ tiêu chí; theo nội dung, dòng này là tiêu chí 1.2.',
        messageEn: 'Code "1.5" is not in the framework; by its title this row is criterion 1.2.',
        expected: "1.2",
        actual: "1.5",
      },
    ]);
  });

  it("names an area by its Roman numeral", () => {
    const sheet = unitSheet(fw);
    sheet.values[rowOf(sheet, "3") - sheet.originRow][0] = "IX";
    expect(reports(codeMismatch, sheet, fw).map((f) => f.message)).toEqual([
      'Mã "IX" không có trong bộ tiêu chí; theo nội dung, dòng này là tiêu chí III.',
    ]);
  });

  it("does not report a row without a code read by its title, nor a code that matches", () => {
    expect(reports(codeMismatch, unitSheet(fw), fw)).toEqual([]);
    const sheet = unitSheet(fw);
    sheet.values[rowOf(sheet, "1.2") - sheet.originRow][0] = null;
    expect(reports(codeMismatch, sheet, fw)).toEqual([]);
  });
});
