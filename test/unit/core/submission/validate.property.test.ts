import fc from "fast-check";
import { validateSheet, validateWorkbook } from "../../../../src/core/submission/validate";
import { CellValue, SheetSnapshot } from "../../../../src/core/types";
import type { Finding } from "../../../../src/core/findings";
import { parseA1 } from "../../../../src/core/util/a1";
import { miniFramework } from "../../../helpers/miniFramework";
import { unitSheet } from "../../../helpers/sheets";

const fw = miniFramework();
const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;

// Cells people and broken files produce: numbers of every kind, codes, decimal commas, errors,
// NFD text, header words, whitespace, huge strings.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(
    "I",
    "II",
    "1.1",
    "1.1.",
    " 2.10 ",
    "1.1.1",
    "0,5",
    "0..5",
    "đạt",
    "KAD",
    "#REF!",
    "",
    "  ",
    "STT",
    "Nội dung",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Điểm thẩm định",
    "TỔNG ĐIỂM",
    "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ",
    "Đơn vị:",
    "Tiêu chí".normalize("NFD"),
  ),
  fc.string({ maxLength: 40 }),
  fc.record({ error: fc.constantFrom("#REF!", "#VALUE!", "#DIV/0!", "#N/A") }),
  fc.boolean(),
);

function checkFindings(fs: Finding[], sheet: SheetSnapshot) {
  for (const f of fs) {
    expect(f.cell).toMatch(ADDRESS);
    const p = parseA1(f.cell)!;
    expect(p.row).toBeGreaterThanOrEqual(0);
    expect(p.row).toBeLessThanOrEqual(sheet.originRow + sheet.values.length + 1);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.message).toBeTruthy();
    expect(f.messageEn).toBeTruthy();
    expect(f.sheet).toBe(sheet.name);
  }
}

describe("validation never throws and always points at a real cell", () => {
  it("on random grids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 5 }),
        (values, originRow, originCol) => {
          const sheet: SheetSnapshot = { name: "Trang 1", originRow, originCol, values, hiddenRows: [originRow + 1] };
          const v = validateSheet(sheet, fw);
          checkFindings(v.findings, sheet);
          validateWorkbook({ sheets: [sheet] }, fw);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on real submissions with random cells overwritten (adversarial edits)", () => {
    const base = unitSheet(fw);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 9 }), cell), { minLength: 1, maxLength: 25 }),
        (edits) => {
          const sheet: SheetSnapshot = {
            ...base,
            values: base.values.map((r) => [...r]),
            formulas: base.formulas!.map((r) => [...r]),
          };
          for (const [r, c, v] of edits) {
            while (sheet.values.length <= r) sheet.values.push([]);
            sheet.values[r][c] = v;
          }
          const v = validateSheet(sheet, fw);
          checkFindings(v.findings, sheet);
          expect(v.summary.errors).toBe(v.findings.filter((f) => f.severity === "error").length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
