import { getBuiltinFramework } from "../../../../src/core/framework/samples";
import { frameworkTotal } from "../../../../src/core/rules/framework/total";
import type { Framework } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";
import { frameworkSheet, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework(); // 20 points in all

describe("framework-total", () => {
  it("reports areas that do not add up to 100, at the total row's maximum", () => {
    expect(onSheet(frameworkTotal, frameworkSheet(fw))).toEqual([
      {
        rule: "framework-total",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "C37",
        message: "Tổng điểm tối đa của bộ tiêu chí là 20, không phải 100.",
        messageEn: "The framework's total maximum is 20, not 100.",
        expected: 100,
        actual: 20,
      },
    ]);
  });

  it("names the header of the maximum column when the sheet has no total row", () => {
    const sheet = frameworkSheet(fw);
    sheet.values.pop();
    expect(onSheet(frameworkTotal, sheet).map((f) => f.cell)).toEqual(["C15"]);
  });

  it("reports a framework without areas", () => {
    expect(onFramework(frameworkTotal, { ...fw, areas: [] }, { columns: {}, totalCell: "C30" })).toMatchObject([
      {
        cell: "C30",
        message: "Bộ tiêu chí không có lĩnh vực nào.",
        messageEn: "The framework has no areas.",
        expected: 100,
        actual: 0,
      },
    ]);
  });

  it("does not report a framework of 100 points, nor areas with an unusable maximum", () => {
    const sample = getBuiltinFramework("mau-cap-xa") as Framework;
    expect(onSheet(frameworkTotal, frameworkSheet(sample))).toEqual([]);
    const nan = miniFramework();
    nan.areas[0].max = NaN;
    expect(onFramework(frameworkTotal, nan)).toEqual([]);
  });
});
