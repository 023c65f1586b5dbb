import { frameworkMetaInvalid } from "../../../../src/core/rules/framework/metaInvalid";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-meta-invalid", () => {
  it("reports each unusable metadata value at its value cell, in the order of the fields", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "B12", "hai"); // bonus maximum
    setCell(sheet, "B5", "hai nghìn"); // year
    setCell(sheet, "B8", "Có lẽ"); // sample
    setCell(sheet, "B9", "tuỳ"); // not-applicable rule
    const f = onSheet(frameworkMetaInvalid, sheet);
    expect(f.map((x) => [x.rule, x.severity, x.cell, x.actual])).toEqual([
      ["framework-meta-invalid", "warning", "B5", "hai nghìn"],
      ["framework-meta-invalid", "warning", "B8", "Có lẽ"],
      ["framework-meta-invalid", "warning", "B9", "tuỳ"],
      ["framework-meta-invalid", "warning", "B12", "hai"],
    ]);
    expect(f.map((x) => [x.message, x.messageEn])).toEqual([
      ["Năm “hai nghìn” không hợp lệ.", "Year “hai nghìn” is not valid."],
      ["Ô “Mẫu” cần ghi “Có” hoặc “Không”.", "“Sample” must be “Có” (yes) or “Không” (no)."],
      [
        "Quy tắc không áp dụng “tuỳ” không rõ; dùng “Tính lại theo thang 100”.",
        "Unknown not-applicable rule “tuỳ”; using rescale to 100.",
      ],
      ["Điểm thưởng tối đa “hai” không phải là số.", "Bonus maximum “hai” is not a number."],
    ]);
  });

  it("reports a penalty maximum that is not a number, and a year outside 1990–2100", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "B5", 1800);
    setCell(sheet, "B13", "x");
    expect(onSheet(frameworkMetaInvalid, sheet).map((x) => [x.cell, x.messageEn])).toEqual([
      ["B5", "Year “1800” is not valid."],
      ["B13", "Penalty maximum “x” is not a number."],
    ]);
  });

  it("does not report values written the usual ways, nor empty optional fields", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "B5", "2026");
    setCell(sheet, "B8", "x");
    setCell(sheet, "B9", "Cho điểm tối đa");
    setCell(sheet, "B12", "1,5");
    setCell(sheet, "B13", null);
    expect(onSheet(frameworkMetaInvalid, sheet)).toEqual([]);
  });
});
