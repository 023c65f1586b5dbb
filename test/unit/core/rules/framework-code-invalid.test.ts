import { frameworkCodeInvalid } from "../../../../src/core/rules/framework/codeInvalid";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-code-invalid", () => {
  it("reports a row with a maximum whose code is not a code, at its code cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "code"), "Z9");
    expect(onSheet(frameworkCodeInvalid, sheet)).toEqual([
      {
        rule: "framework-code-invalid",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "A20",
        message: "Mã “Z9” không hợp lệ (cần dạng I, 1.1, 1.1.1): dòng này không được tính.",
        messageEn: "Code “Z9” is not valid (expected I, 1.1, 1.1.1): the row is not counted.",
        actual: "Z9",
      },
    ]);
  });

  it("does not report a remark in the code column of a row without a maximum, nor codes written as numbers", () => {
    const sheet = frameworkSheet(fw);
    sheet.values.push(["Ghi chú", "Tiêu chí do tỉnh bổ sung", null]);
    setCell(sheet, nodeCellOf(sheet, "1.2", "code"), 1.2);
    expect(onSheet(frameworkCodeInvalid, sheet)).toEqual([]);
  });
});
