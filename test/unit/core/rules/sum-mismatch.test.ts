import { sumMismatch } from "../../../../src/core/rules/submission/sumMismatch";
import { cellOf, miniFramework, recalcSubtotals, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("sum-mismatch", () => {
  it("reports a typed subtotal that is not the sum of its rows, once, where it was typed", () => {
    const sheet = unitSheet(fw, { quirks: { wrongSubtotal: { code: "1.1", value: 4 } } });
    expect(reports(sumMismatch, sheet, fw)).toEqual([
      {
        rule: "sum-mismatch",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.1", "self"),
        code: "1.1",
        message: "Điểm tự chấm của 1.1 ghi 4 nhưng tổng các dòng con là 3.",
        messageEn: "The self score of 1.1 states 4 but its rows add up to 3.",
        expected: 3,
        actual: 4,
      },
    ]);
  });

  it("reports an area's appraised subtotal by its Roman numeral, and total rows (without a code) against the areas as stated", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2", "appraised"), 9.5);
    const total = sheet.values.findIndex((r) => r && r[1] === "TỔNG ĐIỂM") + sheet.originRow;
    setCell(sheet, `D${total + 1}`, 50.25);
    const found = reports(sumMismatch, sheet, fw);
    expect(found.map((f) => [f.cell, f.code, f.message, f.messageEn])).toEqual([
      [
        cellOf(sheet, "2", "appraised"),
        "2",
        "Điểm thẩm định của II ghi 9,5 nhưng tổng các dòng con là 10.",
        "The appraised score of 2 states 9.5 but its rows add up to 10.",
      ],
      [
        `D${total + 1}`,
        undefined,
        "Tổng điểm tự chấm ghi 50,25 nhưng tổng các dòng con là 16.",
        "The total self score states 50.25 but its rows add up to 16.",
      ],
      // The total is checked against area II as stated (9.5), so the wrong area shows there too.
      [
        `G${total + 1}`,
        undefined,
        "Tổng điểm thẩm định ghi 16 nhưng tổng các dòng con là 15,5.",
        "The total appraised score states 16 but its rows add up to 15.5.",
      ],
    ]);
  });

  it("does not report subtotals that add up after edits, nor a parent of a broken cell (formula-error's)", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "self"), 1.25);
    recalcSubtotals(sheet);
    expect(reports(sumMismatch, sheet, fw)).toEqual([]);
    expect(reports(sumMismatch, unitSheet(fw, { quirks: { brokenSubtotals: ["1.1"] } }), fw)).toEqual([]);
  });
});
