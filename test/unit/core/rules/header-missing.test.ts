import { headerMissing } from "../../../../src/core/rules/submission/headerMissing";
import { miniFramework, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("header-missing", () => {
  it("reports a sheet without a table header once, at A1", () => {
    const sheet = { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"], ["Nguyễn Văn A", 1]] };
    expect(reports(headerMissing, sheet, fw, { file: "ho-so.xlsx" })).toEqual([
      {
        rule: "header-missing",
        severity: "error",
        sheet: "Ghi chú",
        file: "ho-so.xlsx",
        cell: "A1",
        message:
          "Không tìm thấy dòng tiêu đề bảng (cần các cột như STT/Mã, Nội dung, Điểm tối đa, Điểm tự đánh giá) trong 30 dòng đầu.",
        messageEn:
          "No table header found in the first 30 rows (expected columns such as Code, Title, Max points, Self score).",
      },
    ]);
  });

  it("reports a table whose header lies below the first 30 rows", () => {
    const sheet = unitSheet(fw);
    sheet.values.unshift(...Array.from({ length: 30 }, () => ["Ghi chú"]));
    sheet.formulas!.unshift(...Array.from({ length: 30 }, () => []));
    expect(reports(headerMissing, sheet, fw).map((f) => f.cell)).toEqual(["A1"]);
  });

  it("does not report a submission with its header, one row or two", () => {
    expect(reports(headerMissing, unitSheet(fw), fw)).toEqual([]);
    expect(reports(headerMissing, unitSheet(fw, { quirks: { twoRowHeader: true } }), fw)).toEqual([]);
  });
});
