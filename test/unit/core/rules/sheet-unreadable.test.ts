import { checkWorkbookSheets } from "../../../../src/core/rules/workbook/index";
import type { UnreadSheet } from "../../../../src/core/types";

const missingPart: UnreadSheet = {
  sheet: "X. Dân Chủ",
  file: "ho-so.xlsx",
  severity: "error",
  reason: "sheet-unreadable",
  reasonVi: 'thiếu phần "xl/worksheets/sheet3.xml"',
  reasonEn: 'part "xl/worksheets/sheet3.xml" is missing',
};

describe("sheet-unreadable", () => {
  it("reports a listed sheet whose data could not be read, naming the file and the sheet", () => {
    expect(checkWorkbookSheets({ sheets: [], unread: [missingPart], skipped: [] })).toEqual([
      {
        rule: "sheet-unreadable",
        severity: "error",
        sheet: "X. Dân Chủ",
        file: "ho-so.xlsx",
        cell: "A1",
        message: 'Trang "X. Dân Chủ" của tệp ho-so.xlsx không đọc được: thiếu phần "xl/worksheets/sheet3.xml".',
        messageEn: 'Sheet "X. Dân Chủ" of ho-so.xlsx could not be read: part "xl/worksheets/sheet3.xml" is missing.',
      },
    ]);
  });

  it("does not report a sheet the shell chose not to read (a chart sheet), nor a workbook read whole", () => {
    const chart: UnreadSheet = { ...missingPart, sheet: "Biểu đồ", severity: "skip", reason: "chartsheet" };
    expect(checkWorkbookSheets({ sheets: [], unread: [chart], skipped: [] })).toEqual([]);
    expect(checkWorkbookSheets({ sheets: [], unread: [], skipped: [] })).toEqual([]);
  });
});
