import { frameworkNumberingGap } from "../../../../src/core/rules/framework/numberingGap";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-numbering-gap", () => {
  it("reports the code after a gap among siblings, at its code cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "code"), "1.4");
    expect(onSheet(frameworkNumberingGap, sheet)).toEqual([
      {
        rule: "framework-numbering-gap",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "A21",
        code: "1.3",
        message: "Thiếu mã 1.2 trước mã 1.3.",
        messageEn: "Code 1.2 missing before 1.3.",
        expected: "1.2",
        actual: "1.3",
      },
    ]);
  });

  it("names every missing code of a wider gap, among areas too", () => {
    const gap = miniFramework();
    gap.areas[2].code = "5";
    gap.areas[2].children[0].code = "5.1";
    expect(onFramework(frameworkNumberingGap, gap).map((f) => [f.code, f.message, f.messageEn, f.expected])).toEqual([
      ["5", "Thiếu mã 3, 4 trước mã 5.", "Codes 3, 4 missing before 5.", "3, 4"],
    ]);
  });

  it("does not report siblings numbered 1 to 10, in any row order", () => {
    expect(onSheet(frameworkNumberingGap, frameworkSheet(fw))).toEqual([]);
    const shuffled = miniFramework();
    shuffled.areas[1].children.reverse();
    expect(onFramework(frameworkNumberingGap, shuffled)).toEqual([]);
  });
});
