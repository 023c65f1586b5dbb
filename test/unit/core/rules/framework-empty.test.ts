import { frameworkEmpty } from "../../../../src/core/rules/framework/empty";
import { miniFramework } from "../../../helpers/fixtures";
import { frameworkSheet, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-empty", () => {
  it("reports a header with no coded row below, at the header's code cell", () => {
    const sheet = frameworkSheet(fw);
    sheet.values = [...sheet.values.slice(0, 15), [null, "Chỉ có ghi chú", null]];
    expect(onSheet(frameworkEmpty, sheet, "bo-tieu-chi.xlsx")).toEqual([
      {
        rule: "framework-empty",
        severity: "error",
        sheet: "Bộ tiêu chí",
        file: "bo-tieu-chi.xlsx",
        cell: "A15",
        message: "Không có tiêu chí nào có mã hợp lệ dưới dòng tiêu đề bảng.",
        messageEn: "No criterion with a valid code below the table header.",
      },
    ]);
  });

  it("reports a sheet whose only codes have no parent", () => {
    const sheet = frameworkSheet(fw);
    sheet.values = [...sheet.values.slice(0, 15), ["3.1", "Mồ côi", 4]];
    expect(onSheet(frameworkEmpty, sheet).map((f) => f.cell)).toEqual(["A15"]);
  });

  it("does not report a sheet with criteria, one without a header (framework-header-missing's), or a framework made in code", () => {
    expect(onSheet(frameworkEmpty, frameworkSheet(fw))).toEqual([]);
    expect(onSheet(frameworkEmpty, { name: "x", originRow: 0, originCol: 0, values: [["ghi chú"]] })).toEqual([]);
    expect(onFramework(frameworkEmpty, { ...fw, areas: [] })).toEqual([]);
  });
});
