import { sumMismatch } from "../../../../src/core/rules/submission/sumMismatch";
import { sumRounding } from "../../../../src/core/rules/submission/sumRounding";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

/** Area II scored by formula: three criteria at a third of a point each, published rounded to 0,33. */
function roundedSheet(areaSelf: number, totalSelf?: number) {
  const sheet = unitSheet(fw);
  for (const c of ["2.1", "2.2", "2.3"]) setCell(sheet, cellOf(sheet, c, "self"), 0.33);
  setCell(sheet, cellOf(sheet, "2", "self"), areaSelf);
  const total = sheet.values.findIndex((r) => r && r[1] === "TỔNG ĐIỂM") + sheet.originRow;
  if (totalSelf !== undefined) setCell(sheet, `D${total + 1}`, totalSelf);
  return { sheet, total: `D${total + 1}` };
}

describe("sum-rounding", () => {
  it("reports a subtotal that differs from its rounded rows by what rounding explains, as a warning, not sum-mismatch", () => {
    // 7 × 1 + 3 × 0,33 = 7,99; the area states 8 (three thirds). The total adds the areas as stated.
    const { sheet } = roundedSheet(8, 14);
    expect(reports(sumRounding, sheet, fw)).toEqual([
      {
        rule: "sum-rounding",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2", "self"),
        code: "2",
        message:
          "Điểm tự chấm của II ghi 8, tổng các dòng con là 7,99: lệch 0,01, trong mức làm tròn đến hai chữ số thập phân (0,03).",
        messageEn:
          "The self score of 2 states 8, its rows add up to 7.99: 0.01 apart, within rounding to two decimals (0.03).",
        expected: 7.99,
        actual: 8,
      },
    ]);
    expect(reports(sumMismatch, sheet, fw)).toEqual([]);
  });

  it("reports a published total rounded to two decimals (85,78 against rounded areas adding to 85,79)", () => {
    // Area II states 7,99 (its rows exactly); the total states 14,98 against 6 + 7,99 = 13,99 → mismatch;
    // with 13,98: 0,01 apart, area II (7,99) being a rounded value → rounding.
    const { sheet, total } = roundedSheet(7.99, 13.98);
    expect(reports(sumRounding, sheet, fw).map((f) => [f.cell, f.code, f.message])).toEqual([
      [
        total,
        undefined,
        "Tổng điểm tự chấm ghi 13,98, tổng các dòng con là 13,99: lệch 0,01, trong mức làm tròn đến hai chữ số thập phân (0,01).",
      ],
    ]);
    expect(reports(sumMismatch, sheet, fw)).toEqual([]);
  });

  it("does not report a difference rounding cannot explain: it stays sum-mismatch", () => {
    // 0,05 apart with three rounded values (at most 0,03).
    const { sheet } = roundedSheet(8.04, 14.04);
    expect(reports(sumRounding, sheet, fw)).toEqual([]);
    expect(reports(sumMismatch, sheet, fw).map((f) => [f.cell, f.code])).toEqual([[cellOf(sheet, "2", "self"), "2"]]);
  });

  it("does not excuse 0,01 when every row is in quarter steps (nothing was rounded), nor report sums that add up", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2", "self"), 10.01);
    // Area II's rows are all in quarter steps: 0,01 off is a mistake. (The total, adding area II as
    // stated, a value that reads as rounded, is within rounding of it.)
    expect(reports(sumRounding, sheet, fw).map((f) => f.cell)).not.toContain(cellOf(sheet, "2", "self"));
    expect(reports(sumMismatch, sheet, fw).map((f) => [f.cell, f.code])).toEqual([[cellOf(sheet, "2", "self"), "2"]]);
    expect(reports(sumRounding, unitSheet(fw), fw)).toEqual([]);
  });
});
