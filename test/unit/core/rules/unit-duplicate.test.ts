import { checkUnits } from "../../../../src/core/rules/units/index";
import type { UnitPlace } from "../../../../src/core/rules/units/input";

const place = (unit: string, file: string, sheet: string, extra: Partial<UnitPlace> = {}): UnitPlace => ({
  unit,
  file,
  sheet,
  sheets: [sheet],
  cell: "A2",
  inResultWorkbook: false,
  ...extra,
});

describe("unit-duplicate", () => {
  it("reports each place of a unit given twice (case, spacing and diacritics aside), naming the other", () => {
    const f = checkUnits({
      places: [place("Xã An Sinh", "a.xlsx", "Sheet1"), place("XÃ AN  SINH", "b.xlsx", "Sheet1 (2)")],
    });
    expect(f.map((x) => [x.rule, x.severity, x.file, x.sheet, x.cell, x.actual])).toEqual([
      ["unit-duplicate", "error", "a.xlsx", "Sheet1", "A2", 2],
      ["unit-duplicate", "error", "b.xlsx", "Sheet1 (2)", "A2", 2],
    ]);
    expect(f[1].message).toBe(
      'Đơn vị "XÃ AN  SINH" có ở 2 nơi: tệp b.xlsx › trang "Sheet1 (2)" và tệp a.xlsx › trang "Sheet1"; hãy giữ lại một bản.',
    );
    expect(f[1].messageEn).toBe(
      'Unit "XÃ AN  SINH" is given in 2 places: file b.xlsx › sheet "Sheet1 (2)" and file a.xlsx › sheet "Sheet1"; keep one of them.',
    );
  });

  it("reports only the copy kept in a result workbook of ours, and names joined tabs", () => {
    const f = checkUnits({
      places: [
        place("Xã An Sinh", "an-sinh.xlsx", "Phần I", { sheets: ["Phần I", "Phần II"] }),
        place("Xã An Sinh", "ket-qua.xlsx", "Phần I (2)", { inResultWorkbook: true }),
      ],
    });
    expect(f.map((x) => [x.file, x.sheet])).toEqual([["ket-qua.xlsx", "Phần I (2)"]]);
    expect(f[0].message).toBe(
      'Đơn vị "Xã An Sinh" có ở 2 nơi: tệp ket-qua.xlsx › trang "Phần I (2)" và tệp an-sinh.xlsx › trang "Phần I" + "Phần II" (trang này nằm trong sổ kết quả do phần mềm tạo, nên không được tính lại).',
    );
  });

  it("reports every place when all are copies, and nothing for different units", () => {
    const copies = checkUnits({
      places: [
        place("Xã An Sinh", "k.xlsx", "A", { inResultWorkbook: true }),
        place("Xã An Sinh", "k.xlsx", "B", { inResultWorkbook: true }),
      ],
    });
    expect(copies.map((x) => x.sheet)).toEqual(["A", "B"]);
    expect(checkUnits({ places: [place("Xã An Sinh", "a.xlsx", "A"), place("Xã Dân Chủ", "a.xlsx", "B")] })).toEqual(
      [],
    );
  });
});
