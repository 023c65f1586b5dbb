import { titleMismatch } from "../../../../src/core/rules/submission/titleMismatch";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("title-mismatch", () => {
  it("reports a title that differs in substance, at the title cell, with both titles", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "title"), "Tổ chức hội nghị tổng kết");
    expect(reports(titleMismatch, sheet, fw)).toEqual([
      {
        rule: "title-mismatch",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.2", "title"),
        code: "1.2",
        message:
          'Nội dung tiêu chí 1.2 khác bộ tiêu chí: "Tổ chức hội nghị tổng kết" (bộ tiêu chí: "Báo cáo CCHC định kỳ đầy đủ, đúng hạn").',
        messageEn:
          'Title of criterion 1.2 differs from the framework: "Tổ chức hội nghị tổng kết" (framework: "Báo cáo CCHC định kỳ đầy đủ, đúng hạn").',
        expected: "Báo cáo CCHC định kỳ đầy đủ, đúng hạn",
        actual: "Tổ chức hội nghị tổng kết",
      },
    ]);
  });

  it("names an area by its Roman numeral", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2", "title"), "Cải cách tổ chức bộ máy");
    expect(reports(titleMismatch, sheet, fw).map((f) => f.message)).toEqual([
      'Nội dung tiêu chí II khác bộ tiêu chí: "Cải cách tổ chức bộ máy" (bộ tiêu chí: "Cải cách thể chế").',
    ]);
  });

  it("does not report case, spacing, NFD, punctuation or a leading number, nor an empty title", () => {
    expect(reports(titleMismatch, unitSheet(fw, { quirks: { nfdTitles: true } }), fw)).toEqual([]);
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "title"), "1.2. BÁO CÁO CCHC định kỳ đầy đủ đúng hạn.");
    setCell(sheet, cellOf(sheet, "1.3.1", "title"), null);
    expect(reports(titleMismatch, sheet, fw)).toEqual([]);
  });

  it("does not report an abbreviation written out (CCHC = cải cách hành chính), and still reports a different word", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1", "title"), "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
    setCell(sheet, cellOf(sheet, "1.2", "title"), "Báo cáo cải cách hành chính định kỳ đầy đủ, đúng hạn");
    expect(reports(titleMismatch, sheet, fw)).toEqual([]);
    setCell(sheet, cellOf(sheet, "1.2", "title"), "Báo cáo thủ tục hành chính định kỳ đầy đủ, đúng hạn");
    expect(reports(titleMismatch, sheet, fw).map((f) => [f.cell, f.code])).toEqual([
      [cellOf(sheet, "1.2", "title"), "1.2"],
    ]);
  });
});
