// A unit's sheet whose subtotals were computed unrounded and published rounded to two decimals
// (issue 14): a warning, the unit still ranked.
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

const fw = miniFramework();

describe("a subtotal rounded to two decimals", () => {
  it("is sum-rounding (a warning) at the subtotal's cell, not sum-mismatch: the unit is ready and scored", () => {
    const sheet = layoutSheet(fw, {
      title: ["Đơn vị: UBND xã An Sinh - Năm 2024"],
      // Two thirds of a point each, published as 0,67; the unit's formula wrote 1.3 as ROUND(4/3; 2) = 1,33.
      self: { "1.3.1": 0.67, "1.3.2": 0.67 },
      totalSelf: 15.33,
    });
    sheet.values[rowWith(sheet, "1.3")][3] = 1.33;
    sheet.values[rowWith(sheet, "I")][3] = 5.33;
    const r = readLayout(sheet, fw);
    expect([r.unit, r.unitSource, r.blocked, r.points]).toEqual(["Xã An Sinh", "label", false, 15.34]);
    expect(r.findings).toEqual([["sum-rounding", `D${rowWith(sheet, "1.3") + 1}`, "1.3"]]);
  });

  it("stays sum-mismatch (an error, the unit not ranked) beyond what rounding explains", () => {
    const sheet = layoutSheet(fw, { title: ["Đơn vị: UBND xã An Sinh"], self: { "1.3.1": 0.67, "1.3.2": 0.67 } });
    sheet.values[rowWith(sheet, "1.3")][3] = 1.3;
    const r = readLayout(sheet, fw);
    expect(r.blocked).toBe(true);
    expect(r.findings).toContainEqual(["sum-mismatch", `D${rowWith(sheet, "1.3") + 1}`, "1.3"]);
  });
});
