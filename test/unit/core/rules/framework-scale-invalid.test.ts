import { frameworkScaleInvalid } from "../../../../src/core/rules/framework/scaleInvalid";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-scale-invalid", () => {
  it("reports a scale cell that cannot be read, at the cell, as a warning", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "scale"), "tuỳ tình hình");
    expect(onSheet(frameworkScaleInvalid, sheet)).toEqual([
      {
        rule: "framework-scale-invalid",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "D20",
        code: "1.2",
        message:
          "Mã 1.2: không đọc được thang điểm “tuỳ tình hình” (cần dạng “0; 0,5; 1”, “Có: 1; Không: 0” hoặc “Bước 0,25”). Chỉ giữ lại để hiển thị.",
        messageEn:
          "Code 1.2: cannot read the scale “tuỳ tình hình” (expected “0; 0.5; 1”, “Yes: 1; No: 0” or “Step 0.25”). Kept for display only.",
        actual: "tuỳ tình hình",
      },
    ]);
  });

  it("reports a scale with negative values, and a step of 0 only once", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "scale"), "Có: 1; Không: -1");
    setCell(sheet, nodeCellOf(sheet, "1.3.1", "scale"), "0");
    expect(onSheet(frameworkScaleInvalid, sheet).map((f) => [f.cell, f.message, f.messageEn])).toEqual([
      [
        "D22",
        "Mã 1.3.1: không đọc được thang điểm “0” (cần dạng “0; 0,5; 1”, “Có: 1; Không: 0” hoặc “Bước 0,25”). Chỉ giữ lại để hiển thị.",
        "Code 1.3.1: cannot read the scale “0” (expected “0; 0.5; 1”, “Yes: 1; No: 0” or “Step 0.25”). Kept for display only.",
      ],
      ["D20", "Mã 1.2: thang điểm có giá trị không hợp lệ.", "Code 1.2: the scale has invalid values."],
    ]);
  });

  it("reports a framework made in code whose step is not positive", () => {
    const bad = miniFramework();
    bad.areas[0].children[1].scale = { step: -0.5 };
    expect(onFramework(frameworkScaleInvalid, bad)).toMatchObject([{ cell: "", code: "1.2", actual: null }]);
  });

  it("does not report usable scales, or a scale on a node whose maximum is unusable", () => {
    expect(onSheet(frameworkScaleInvalid, frameworkSheet(fw))).toEqual([]);
    const nan = miniFramework();
    nan.areas[0].children[1] = { ...nan.areas[0].children[1], max: NaN, scale: { values: [-1] } };
    expect(onFramework(frameworkScaleInvalid, nan)).toEqual([]);
  });
});
