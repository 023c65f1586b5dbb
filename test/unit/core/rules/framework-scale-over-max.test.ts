import { frameworkScaleOverMax } from "../../../../src/core/rules/framework/scaleOverMax";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-scale-over-max", () => {
  it("reports a scale value above the leaf's maximum, at the scale cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.1.2", "scale"), "Có: 2,5; Không: 0");
    expect(onSheet(frameworkScaleOverMax, sheet)).toEqual([
      {
        rule: "framework-scale-over-max",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "D19",
        code: "1.1.2",
        message: "Mã 1.1.2: thang điểm cho tới 2,5 điểm, vượt điểm tối đa 2.",
        messageEn: "Code 1.1.2: the scale allows 2.5 points, above the maximum 2.",
        expected: 2,
        actual: 2.5,
      },
    ]);
  });

  it("reports a step larger than the maximum", () => {
    const big = miniFramework();
    big.areas[0].children[1].scale = { step: 1.5 };
    big.areas[0].children[1].sourceRow = 20;
    expect(
      onFramework(frameworkScaleOverMax, big).map((f) => [f.cell, f.message, f.messageEn, f.expected, f.actual]),
    ).toEqual([
      [
        "D20",
        "Mã 1.2: bước điểm 1,5 lớn hơn điểm tối đa 1.",
        "Code 1.2: the step 1.5 is larger than the maximum 1.",
        1,
        1.5,
      ],
    ]);
  });

  it("does not report a scale up to the maximum, nor one with invalid values (framework-scale-invalid's)", () => {
    expect(onSheet(frameworkScaleOverMax, frameworkSheet(fw))).toEqual([]);
    const bad = miniFramework();
    bad.areas[0].children[1].scale = { values: [-1, 5] };
    expect(onFramework(frameworkScaleOverMax, bad)).toEqual([]);
  });
});
