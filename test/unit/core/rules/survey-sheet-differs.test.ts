import { analyseWorkbook } from "../../../../src/core/pipeline";
import type { SheetSnapshot } from "../../../../src/core/types";
import { cellOf, setCell, unitSheet } from "../../../helpers/fixtures";
import { surveyFramework } from "../../../helpers/surveyFramework";

const fw = surveyFramework();
const table = (values: (string | number | null)[][]): SheetSnapshot => ({
  name: "Điều tra XHH",
  originRow: 0,
  originCol: 0,
  values,
});
const differs = (sheets: SheetSnapshot[]) =>
  analyseWorkbook({ sheets }, { framework: fw }).validation.findings.filter((f) => f.rule === "survey-sheet-differs");

describe("survey-sheet-differs", () => {
  it("reports a table component that differs from the unit sheet's appraised cell, at the table's cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.2", "appraised"), 2);
    const cell = cellOf(sheet, "3.2", "appraised");
    expect(
      differs([
        sheet,
        table([
          ["Đơn vị", "Khảo sát lãnh đạo"],
          ["Phường Hồng Hà", 2.5],
        ]),
      ]),
    ).toEqual([
      {
        rule: "survey-sheet-differs",
        severity: "warning",
        sheet: "Điều tra XHH",
        cell: "B2",
        code: "3.2",
        message: `Điểm điều tra phần 3.2 của Phường Hồng Hà trong bảng là 2,5, trang tính P. Hồng Hà (ô ${cell}) ghi 2; tính theo bảng điểm điều tra.`,
        messageEn: `The survey table gives Phường Hồng Hà 2.5 for 3.2; its sheet P. Hồng Hà (cell ${cell}) says 2; the table's figure counts.`,
        expected: 2.5,
        actual: 2,
      },
    ]);
  });

  it("reports a table total that differs from the sum of the sheet's components", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 3);
    setCell(sheet, cellOf(sheet, "3.2", "appraised"), 2);
    expect(
      differs([
        sheet,
        table([
          ["Đơn vị", "Điểm điều tra XHH"],
          ["Phường Hồng Hà", 6],
        ]),
      ]),
    ).toMatchObject([{ cell: "B2", expected: 6, actual: 5 }]);
  });

  it("does not report a table that agrees, or a unit whose sheet has no survey points", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 3);
    expect(
      differs([
        sheet,
        table([
          ["Đơn vị", "SIPAS"],
          ["Phường Hồng Hà", 3],
        ]),
      ]),
    ).toEqual([]);
    expect(
      differs([
        unitSheet(fw),
        table([
          ["Đơn vị", "SIPAS"],
          ["Phường Hồng Hà", 3],
        ]),
      ]),
    ).toEqual([]);
  });
});
