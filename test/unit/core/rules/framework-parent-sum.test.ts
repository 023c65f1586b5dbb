import { frameworkParentSum } from "../../../../src/core/rules/framework/parentSum";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-parent-sum", () => {
  it("reports a parent whose maximum is not its children's sum, at its maximum cell, and so its area", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.1", "max"), 3.5);
    expect(onSheet(frameworkParentSum, sheet)).toEqual([
      {
        rule: "framework-parent-sum",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "C16",
        code: "1",
        message: "Mã 1: điểm tối đa 6 khác tổng điểm tối đa của các mục con (6,5).",
        messageEn: "Code 1: maximum 6 differs from the sum of its children's maxima (6.5).",
        expected: 6.5,
        actual: 6,
      },
      {
        rule: "framework-parent-sum",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "C17",
        code: "1.1",
        message: "Mã 1.1: điểm tối đa 3,5 khác tổng điểm tối đa của các mục con (3).",
        messageEn: "Code 1.1: maximum 3.5 differs from the sum of its children's maxima (3).",
        expected: 3,
        actual: 3.5,
      },
    ]);
  });

  it("does not report tenths and quarters that add up exactly, nor a parent with an unusable child maximum", () => {
    const tenths = miniFramework();
    tenths.areas[2].children = [0.1, 0.2, 3.7].map((max, i) => ({
      ...tenths.areas[2].children[0],
      code: `3.${i + 1}`,
      max,
    }));
    expect(onFramework(frameworkParentSum, tenths)).toEqual([]);
    const nan = miniFramework();
    nan.areas[0].children[1].max = NaN;
    expect(onFramework(frameworkParentSum, nan)).toEqual([]);
    expect(onSheet(frameworkParentSum, frameworkSheet(fw))).toEqual([]);
  });
});
