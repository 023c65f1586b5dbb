import { frameworkHeaderMissing } from "../../../../src/core/rules/framework/headerMissing";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-header-missing", () => {
  it("reports a header without the maximum column at the header row, naming the missing column", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, "C15", "Ghi chú");
    expect(onSheet(frameworkHeaderMissing, sheet, "bo-tieu-chi.xlsx")).toEqual([
      {
        rule: "framework-header-missing",
        severity: "error",
        sheet: "Bộ tiêu chí",
        file: "bo-tieu-chi.xlsx",
        cell: "A15",
        message: "Dòng tiêu đề bảng thiếu cột “Điểm tối đa”. Cần có các cột “Mã”, “Nội dung”, “Điểm tối đa”.",
        messageEn: "The table header lacks column “Max points”. Columns “Code”, “Title”, “Max points” are required.",
        expected: "Điểm tối đa",
      },
    ]);
  });

  it("reports a sheet with no header at all at its first cell", () => {
    const sheet = { name: "Ghi chú", originRow: 2, originCol: 1, values: [["ghi chú"], [42]] };
    const [f, ...rest] = onSheet(frameworkHeaderMissing, sheet);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: "B3", expected: "Mã, Nội dung, Điểm tối đa" });
    expect(f.message).toBe(
      "Không tìm thấy dòng tiêu đề bảng (các cột “Mã”, “Nội dung”, “Điểm tối đa”) trong 30 dòng đầu.",
    );
    expect(f.messageEn).toBe("No table header (columns “Code”, “Title”, “Max points”) in the first 30 rows.");
  });

  it("does not report a written framework sheet, nor a framework made in code", () => {
    expect(onSheet(frameworkHeaderMissing, frameworkSheet(fw))).toEqual([]);
    expect(onFramework(frameworkHeaderMissing, fw)).toEqual([]);
  });
});
