import { formulaError } from "../../../../src/core/rules/submission/formulaError";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("formula-error", () => {
  it("reports an error value in a subtotal, with its formula", () => {
    const sheet = unitSheet(fw);
    const c = cellOf(sheet, "1.1", "self");
    setCell(sheet, c, { error: "#REF!" }, "=SUM(#REF!)");
    expect(reports(formulaError, sheet, fw)).toEqual([
      {
        rule: "formula-error",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: c,
        code: "1.1",
        message: `Ô ${c} (tiêu chí 1.1) có lỗi #REF! trong công thức =SUM(#REF!).`,
        messageEn: `Cell ${c} (criterion 1.1) holds the error #REF! in the formula =SUM(#REF!).`,
        expected: null,
        actual: "#REF!",
      },
    ]);
  });

  it("reports errors in scores, maxima and the total row, row by row, the total last, without a code", () => {
    const sheet = unitSheet(fw);
    const total = sheet.values.findIndex((r) => r && r[1] === "TỔNG ĐIỂM") + sheet.originRow;
    setCell(sheet, `G${total + 1}`, { error: "#DIV/0!" });
    setCell(sheet, cellOf(sheet, "2.5", "max"), { error: "#N/A" });
    setCell(sheet, cellOf(sheet, "2.5", "self"), { error: "#VALUE!" });
    const found = reports(formulaError, sheet, fw);
    expect(found.map((f) => [f.cell, f.code, f.actual])).toEqual([
      [cellOf(sheet, "2.5", "self"), "2.5", "#VALUE!"],
      [cellOf(sheet, "2.5", "max"), "2.5", "#N/A"],
      [`G${total + 1}`, undefined, "#DIV/0!"],
    ]);
    expect(found[0].message).toBe(`Ô ${cellOf(sheet, "2.5", "self")} (tiêu chí 2.5) có lỗi #VALUE!.`);
    expect(found[2].message).toBe(`Ô G${total + 1} (dòng tổng) có lỗi #DIV/0!.`);
    expect(found[2].messageEn).toBe(`Cell G${total + 1} (the total row) holds the error #DIV/0!.`);
  });

  it("does not report a sheet whose formulas all compute, nor an error text typed in a note", () => {
    expect(reports(formulaError, unitSheet(fw), fw)).toEqual([]);
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "note"), "#REF!");
    expect(reports(formulaError, sheet, fw)).toEqual([]);
  });
});
