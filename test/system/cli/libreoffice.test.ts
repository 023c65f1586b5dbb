import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { readXlsx, writePlans, writeXlsxAtomic } from "../../../src/cli/xlsx/index.js";
import type { CellValue, PlanCell, SheetPlan } from "../../../src/core/types.js";
import { tempDir } from "../../helpers/files.js";
import { readValues, recalculate, valueAt } from "../../helpers/libreoffice.js";
import { LIBREOFFICE_TIMEOUT_MS } from "../../helpers/processes.js";

// One workbook, recalculated once by LibreOffice for the whole suite (each call takes seconds).
// The formulas are the kinds our summary and ranking sheets use, written through writePlans
// (English formulas, as the engine plans them), so the file form (_xlfn.) is checked too.

const units: [string, string, string, number][] = [
  ["Phường Hồng Hà", "Phường", "88,5", 88.5],
  ["Phường Bạch Đằng", "Phường", "87,26", 87.26],
  ["Xã Dân Chủ", "Xã", "83,5", 83.5],
  ["Phường Hà Khẩu", "Phường", "79", 79],
  ["Xã Thống Nhất", "Xã", "90", 90],
];

const U = "'Đơn vị'!";
const checks: [label: string, cell: PlanCell][] = [
  ["wrong cached result", { formula: `=${U}E2+${U}E3`, value: 999 }],
  ["no cached result", { formula: `=${U}E4*2` }],
  ["NUMBERVALUE of a literal", { formula: '=NUMBERVALUE("0,5",",",".")' }],
  ["NUMBERVALUE of a text cell", { formula: `=NUMBERVALUE(${U}D3,",",".")` }],
  ["NUMBERVALUE with thousands", { formula: '=NUMBERVALUE("1.234,5",",",".")' }],
  ["COUNTIFS group and threshold", { formula: `=COUNTIFS(${U}C2:C6,"Phường",${U}E2:E6,">=80")` }],
  ["SUMPRODUCT rank within group", { formula: `=SUMPRODUCT((${U}C2:C6=${U}C3)*(${U}E2:E6>${U}E3))+1` }],
  ["RANK.EQ", { formula: `=RANK.EQ(${U}E3,${U}E2:E6)` }],
  ["SUMPRODUCT over NUMBERVALUE of a range", { formula: `=SUMPRODUCT(NUMBERVALUE(${U}D2:D6,",","."))` }],
  ["IFS band", { formula: `=IFS(${U}E2>=90,"Xuất sắc",${U}E2>=80,"Tốt",TRUE,"Khá")` }],
  ["MAXIFS", { formula: `=MAXIFS(${U}E2:E6,${U}C2:C6,"Xã")` }],
  ["text that looks like a formula", { value: "=SUM(A1:A9)" }],
];

const expected: CellValue[] = [88.5 + 87.26, 83.5 * 2, 0.5, 87.26, 1234.5, 2, 2, 3, 428.26, "Tốt", 90, "=SUM(A1:A9)"];

describe("LibreOffice recalculation of our formulas", () => {
  let original: string;
  let recalculated: string;
  let values: Map<string, CellValue[][]>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet("Đơn vị");
    data.addRow(["", "Đơn vị", "Nhóm", "Điểm (chữ)", "Điểm"]);
    for (const u of units) data.addRow(["", ...u]);
    const plan: SheetPlan = {
      name: "Kiểm tra",
      kind: "checks",
      cells: checks.map(([label, cell]) => [{ value: label }, cell]),
    };
    writePlans(wb, [plan]);
    original = path.join(tempDir("par-index-lo-test-"), "kiem-tra.xlsx");
    await writeXlsxAtomic(wb, original);
    recalculated = await recalculate(original);
    values = await readValues(recalculated);
  }, LIBREOFFICE_TIMEOUT_MS); // LibreOffice recalculates the file (see test/helpers/processes.ts)

  it("the file as written holds no right answers: the wrong cached result and the empty ones", async () => {
    const before = (await readValues(original)).get("Kiểm tra");
    expect(valueAt(before, "B1")).toBe(999);
    expect(valueAt(before, "B2")).toBeNull();
    expect(valueAt(before, "B8")).toBeNull();
  });

  it("recalculates: a wrong cached result and a missing one become the computed numbers", () => {
    const sheet = values.get("Kiểm tra");
    expect(valueAt(sheet, "B1")).toBeCloseTo(175.76, 9);
    expect(valueAt(sheet, "B2")).toBe(167);
  });

  it.each(checks.map(([label], i) => [label, i] as const))("%s evaluates as Excel would", (_label, i) => {
    const got = valueAt(values.get("Kiểm tra"), `B${i + 1}`);
    const want = expected[i];
    if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
    else expect(got).toBe(want);
  });

  it("keeps the generated-sheet marker and the user's sheet through a LibreOffice round trip", async () => {
    const { snapshot } = await readXlsx(recalculated);
    expect(snapshot.sheets.map((s) => [s.name, s.generated])).toEqual([
      ["Đơn vị", undefined],
      ["Kiểm tra", "checks"],
    ]);
    expect(snapshot.sheets[1].formulas![7][1]).toBe("=RANK.EQ('Đơn vị'!E3,'Đơn vị'!E2:E6)");
  });
});
