import { criterionDuplicate } from "../../../../src/core/rules/submission/criterionDuplicate";
import { miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("criterion-duplicate", () => {
  it("reports the second row of a criterion at its code cell, with both rows", () => {
    const sheet = unitSheet(fw);
    const r = rowOf(sheet, "2.2") - sheet.originRow;
    sheet.values.splice(r + 1, 0, [...sheet.values[r]]);
    sheet.formulas!.splice(r + 1, 0, [...sheet.formulas![r]]);
    expect(reports(criterionDuplicate, sheet, fw)).toEqual([
      {
        rule: "criterion-duplicate",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: `A${r + 2}`,
        code: "2.2",
        message: `Tiêu chí 2.2 xuất hiện lần nữa ở dòng ${r + 2} (đã có ở dòng ${r + 1}).`,
        messageEn: `Criterion 2.2 appears again on row ${r + 2} (already on row ${r + 1}).`,
        expected: r + 1,
        actual: r + 2,
      },
    ]);
  });

  it("names an area by its Roman numeral", () => {
    const sheet = unitSheet(fw);
    const r = rowOf(sheet, "3") - sheet.originRow;
    sheet.values.splice(r + 2, 0, [...sheet.values[r]]);
    sheet.formulas!.splice(r + 2, 0, []);
    expect(reports(criterionDuplicate, sheet, fw).map((f) => [f.code, f.message])).toEqual([
      ["3", `Tiêu chí III xuất hiện lần nữa ở dòng ${r + 3} (đã có ở dòng ${r + 1}).`],
    ]);
  });

  it("does not report a sheet where each criterion has one row, nor numeric codes that lost digits (2.10 as 2.1)", () => {
    expect(reports(criterionDuplicate, unitSheet(fw), fw)).toEqual([]);
    expect(reports(criterionDuplicate, unitSheet(fw, { quirks: { numericCodes: true } }), fw)).toEqual([]);
  });
});
