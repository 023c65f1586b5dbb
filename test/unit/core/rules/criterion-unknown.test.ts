import { criterionUnknown } from "../../../../src/core/rules/submission/criterionUnknown";
import type { CellValue, SheetSnapshot } from "../../../../src/core/types";
import { miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

/** Inserts a row after a criterion's row; returns its 0-based row. */
function insertAfter(sheet: SheetSnapshot, code: string, row: CellValue[]): number {
  const r = rowOf(sheet, code) - sheet.originRow + 1;
  sheet.values.splice(r, 0, row);
  sheet.formulas!.splice(r, 0, []);
  return r + sheet.originRow;
}

describe("criterion-unknown", () => {
  it("reports a row whose code is not in the framework, at its code cell", () => {
    const sheet = unitSheet(fw);
    const r = insertAfter(sheet, "2.10", ["2.11", "Nhiệm vụ tự đặt thêm", 1, 1, "", "", 1, ""]);
    expect(reports(criterionUnknown, sheet, fw)).toEqual([
      {
        rule: "criterion-unknown",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: `A${r + 1}`,
        code: "2.11",
        message: `Dòng ${r + 1} ("2.11 Nhiệm vụ tự đặt thêm") không khớp tiêu chí nào của bộ tiêu chí.`,
        messageEn: `Row ${r + 1} ("2.11 Nhiệm vụ tự đặt thêm") matches no criterion of the framework.`,
        expected: null,
        actual: "2.11",
      },
    ]);
  });

  it("reports a scored row without a code whose title matches nothing, with no code", () => {
    const sheet = unitSheet(fw);
    const r = insertAfter(sheet, "1.2", [null, "Nhiệm vụ đột xuất", 1, 0.5, "", "", null, ""]);
    const [f] = reports(criterionUnknown, sheet, fw);
    expect(f).toMatchObject({ cell: `A${r + 1}`, expected: null, actual: "Nhiệm vụ đột xuất" });
    expect(f.code).toBeUndefined();
    expect(f.message).toBe(`Dòng ${r + 1} ("Nhiệm vụ đột xuất") không khớp tiêu chí nào của bộ tiêu chí.`);
  });

  it("does not report subtotal, bonus, note or total rows, nor a row read by its title", () => {
    const sheet = unitSheet(fw);
    insertAfter(sheet, "1.3.2", [null, "Cộng lĩnh vực I", 6, 6, null, null, 6, null]);
    insertAfter(sheet, "2.10", [null, "Điểm thưởng (tối đa 2 điểm)", 2, 0.5, "Bằng khen", null, 0.5, null]);
    insertAfter(sheet, "3.1", [null, "Ghi chú: số liệu đến 30/11", null, null, null, null, null, null]);
    expect(reports(criterionUnknown, sheet, fw)).toEqual([]);
    const retyped = unitSheet(fw);
    retyped.values[rowOf(retyped, "1.2") - retyped.originRow][0] = "9.9";
    expect(reports(criterionUnknown, retyped, fw)).toEqual([]);
  });
});
