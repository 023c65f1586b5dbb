import { frameworkDuplicateCode } from "../../../../src/core/rules/framework/duplicateCode";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-duplicate-code", () => {
  it("reports the second row of a code in a sheet, naming the first row", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.3", "code"), "1.2");
    expect(onSheet(frameworkDuplicateCode, sheet, "bo-tieu-chi.xlsx")).toEqual([
      {
        rule: "framework-duplicate-code",
        severity: "error",
        sheet: "Bộ tiêu chí",
        file: "bo-tieu-chi.xlsx",
        cell: "A21",
        code: "1.2",
        message: "Mã 1.2 bị trùng với dòng 20: dòng này không được tính.",
        messageEn: "Code 1.2 duplicates row 20: this row is not counted.",
        actual: "1.2",
      },
    ]);
  });

  it("adds a hint when the code was typed as a number (Excel turns 1.10 into 1.1)", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "2.10", "code"), 2.1);
    const [f] = onSheet(frameworkDuplicateCode, sheet);
    expect(f.cell).toBe("A34");
    expect(f.message).toBe(
      "Mã 2.1 bị trùng với dòng 25: dòng này không được tính. Mã được nhập dạng số, Excel có thể đã đổi 1.10 thành 1.1: hãy nhập mã dạng văn bản.",
    );
    expect(f.messageEn).toBe(
      "Code 2.1 duplicates row 25: this row is not counted. The code was typed as a number; Excel may have turned 1.10 into 1.1: type codes as text.",
    );
  });

  it("reports a code used twice in a framework made in code, at the second node", () => {
    const dup = miniFramework();
    dup.areas[1].children[4].code = "2.1";
    dup.areas[1].children[4].sourceRow = 29;
    expect(onFramework(frameworkDuplicateCode, dup).map((f) => [f.cell, f.code, f.message, f.messageEn])).toEqual([
      [
        "A29",
        "2.1",
        "Mã 2.1 bị trùng: mã này đã có ở dòng trên.",
        "Code 2.1 is a duplicate: it already appears above.",
      ],
    ]);
  });

  it("does not report codes used once, 1.1 beside 1.10 included", () => {
    expect(onSheet(frameworkDuplicateCode, frameworkSheet(fw))).toEqual([]);
    expect(onFramework(frameworkDuplicateCode, fw)).toEqual([]);
  });
});
