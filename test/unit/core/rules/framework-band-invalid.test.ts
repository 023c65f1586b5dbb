import { frameworkBandInvalid } from "../../../../src/core/rules/framework/bandInvalid";
import { frameworkToJson } from "../../../../src/core/framework/frameworkJson";
import type { Framework } from "../../../../src/core/types";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, onFramework, onJson, onSheet } from "./frameworkRule";

const fw = miniFramework();
const withBands = (bands: Framework["bands"]): Framework => ({ ...miniFramework(), bands });
const brief = (fs: { severity: string; cell: string; message: string; messageEn: string }[]) =>
  fs.map((f) => [f.severity, f.cell, f.message, f.messageEn]);

describe("framework-band-invalid", () => {
  it("reports a band that cannot be read, at the bands cell, then the bands left that do not start at 0", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "B11", "Tốt: tám mươi; Khá: 50");
    expect(brief(onSheet(frameworkBandInvalid, sheet))).toEqual([
      [
        "error",
        "B11",
        "Mức xếp loại “Tốt: tám mươi” không đọc được (cần dạng “Tốt: 80”).",
        "Band “Tốt: tám mươi” cannot be read (expected “Good: 80”).",
      ],
      [
        "warning",
        "B11",
        "Không có mức xếp loại bắt đầu từ 0: đơn vị đạt dưới 50 sẽ không được xếp loại.",
        "No band starts at 0: a unit below 50 gets no classification.",
      ],
    ]);
  });

  it("warns when the framework declares no bands", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "B11", null);
    expect(onSheet(frameworkBandInvalid, sheet)).toEqual([
      {
        rule: "framework-band-invalid",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "B11",
        message: "Bộ tiêu chí chưa khai báo các mức xếp loại.",
        messageEn: "The framework declares no classification bands.",
      },
    ]);
  });

  it("reports thresholds out of range or repeated and labels empty or repeated, as errors", () => {
    const check = (bands: Framework["bands"]) =>
      brief(onFramework(frameworkBandInvalid, withBands(bands), { columns: {}, meta: { bands: "E4" } }));
    expect(
      check([
        { label: "Tốt", min: 180 },
        { label: "Yếu", min: 0 },
      ]),
    ).toEqual([
      [
        "error",
        "E4",
        "Mức xếp loại “Tốt”: ngưỡng phải từ 0 đến 100.",
        "Band “Tốt”: the threshold must be between 0 and 100.",
      ],
    ]);
    expect(
      check([
        { label: "Tốt", min: 80.5 },
        { label: "Khá", min: 80.5 },
        { label: "Yếu", min: 0 },
      ]),
    ).toEqual([
      [
        "error",
        "E4",
        "Mức xếp loại “Khá” có cùng ngưỡng 80,5 với “Tốt”.",
        "Band “Khá” has the same threshold 80.5 as “Tốt”.",
      ],
    ]);
    expect(
      check([
        { label: "Tốt", min: 80 },
        { label: "tốt", min: 0 },
      ]),
    ).toEqual([
      ["error", "E4", "Tên mức xếp loại “tốt” bị trống hoặc trùng.", "Band label “tốt” is empty or repeated."],
    ]);
  });

  it("names the JSON file in the message of a framework read from JSON", () => {
    const f = onJson(frameworkBandInvalid, frameworkToJson(withBands([])), "tinh-x.json");
    expect(f.map((x) => [x.cell, x.file, x.message, x.messageEn])).toEqual([
      [
        "",
        "tinh-x.json",
        "tinh-x.json: Bộ tiêu chí chưa khai báo các mức xếp loại.",
        "tinh-x.json: The framework declares no classification bands.",
      ],
    ]);
  });

  it("does not report bands from 0, in any order", () => {
    expect(onSheet(frameworkBandInvalid, frameworkSheet(fw))).toEqual([]);
    expect(
      onFramework(
        frameworkBandInvalid,
        withBands([
          { label: "Yếu", min: 0 },
          { label: "Tốt", min: 80 },
        ]),
      ),
    ).toEqual([]);
  });
});
