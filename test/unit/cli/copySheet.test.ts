import * as path from "node:path";
import * as ExcelJS from "exceljs";
import {
  copySheetInto,
  dataValidations,
  readXlsx,
  snapshotSheet,
  writePlans,
  writeXlsxAtomic,
} from "../../../src/cli/xlsx/index.js";
import { loadWorkbook, saveWorkbook, tempDir } from "../../helpers/files.js";

const dir = tempDir();

// A unit's own file: merged title, styled header, scores with a subtotal formula and shared formulas,
// a broken #REF! subtotal, a hidden row, a hidden column, a validation the unit set up.
function unitWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phường Hồng Hà");
  ws.getCell("A1").value = "BẢNG TỰ CHẤM ĐIỂM CCHC";
  ws.mergeCells("A1:E1");
  ws.getCell("A1").font = { name: "Times New Roman", size: 14, bold: true };
  ws.getRow(3).values = ["STT", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Chênh lệch"];
  ws.getRow(3).eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } }));
  ws.getRow(3).height = 30;
  ws.getRow(4).values = ["I", "Công tác chỉ đạo", 3];
  ws.getCell("D4").value = { formula: "SUM(D5:D6)", result: 1.5 };
  ws.getRow(5).values = ["1.1", "Kế hoạch", 1, "0,5"];
  ws.getRow(6).values = ["1.2", "Báo cáo", 2, 1];
  ws.getCell("E5").value = {
    formula: "C5-D5",
    result: { error: "#VALUE!" },
    shareType: "shared",
    ref: "E5:E6",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("E6").value = { sharedFormula: "E5", result: 1 };
  ws.getCell("D7").value = { formula: "D4+#REF!", result: { error: "#REF!" } };
  ws.getRow(6).hidden = true;
  ws.getColumn(2).width = 40;
  ws.getColumn(5).hidden = true;
  ws.views = [{ state: "frozen", ySplit: 3, xSplit: 0 }];
  dataValidations(ws).add("D5:D6", { type: "decimal", operator: "between", formulae: [0, 2], allowBlank: true });
  return wb;
}

describe("copySheetInto", () => {
  it("copies values, formulas with their cached results, errors and hidden rows exactly", async () => {
    const source = (await readXlsx(await saveWorkbook(unitWorkbook(), dir, "hong-ha.xlsx"))).workbook.worksheets[0];
    const target = new ExcelJS.Workbook();
    const copy = copySheetInto(target, source, "Phường Hồng Hà");
    const out = path.join(dir, "tong-hop.xlsx");
    await writeXlsxAtomic(target, out);

    const before = snapshotSheet(source);
    const after = (await readXlsx(out)).snapshot.sheets[0];
    expect(copy.name).toBe("Phường Hồng Hà");
    expect({ ...after, name: "" }).toEqual({ ...before, name: "" });
    expect(after.formulas![5][4]).toBe("=C6-D6");
    expect(after.values[4][4]).toEqual({ error: "#VALUE!" });
    expect(after.values[6][3]).toEqual({ error: "#REF!" });
    expect(after.hiddenRows).toEqual([5]);
  });

  it("keeps merges, styles, column widths and visibility, row heights, freeze panes and validations", async () => {
    const source = (await readXlsx(await saveWorkbook(unitWorkbook(), dir, "hong-ha-2.xlsx"))).workbook.worksheets[0];
    const target = new ExcelJS.Workbook();
    copySheetInto(target, source, "Phường Hồng Hà");
    const out = path.join(dir, "tong-hop-2.xlsx");
    await writeXlsxAtomic(target, out);
    const ws = (await loadWorkbook(out)).worksheets[0];
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(dataValidations(ws).find("D6")).toMatchObject({ type: "decimal", formulae: [0, 2] });
  });

  it("never changes the source, and takes a free name beside an existing sheet", async () => {
    const sourceBook = unitWorkbook();
    const source = sourceBook.worksheets[0];
    const before = snapshotSheet(source);
    const target = new ExcelJS.Workbook();
    target.addWorksheet("Phường Hồng Hà").getCell("A1").value = "sheet của người dùng";
    const copy = copySheetInto(target, source, "Phường Hồng Hà");
    expect(copy.name).toBe("Phường Hồng Hà (2)");
    copy.getCell("D5").value = 9;
    copy.getCell("A1").font = { bold: false, size: 8 };
    expect(snapshotSheet(source)).toEqual(before);
    expect(source.getCell("A1").font).toMatchObject({ size: 14, bold: true });
    expect(target.getWorksheet("Phường Hồng Hà")!.getCell("A1").value).toBe("sheet của người dùng");
  });

  it("copied unit sheets stay users' sheets beside generated ones", async () => {
    const target = new ExcelJS.Workbook();
    copySheetInto(target, unitWorkbook().worksheets[0], "Phường Hồng Hà");
    writePlans(target, [{ name: "Tổng hợp", kind: "summary", cells: [[{ formula: "='Phường Hồng Hà'!D4" }]] }]);
    const out = path.join(dir, "mixed.xlsx");
    await writeXlsxAtomic(target, out);
    const { snapshot } = await readXlsx(out);
    expect(snapshot.sheets.map((s) => [s.name, s.generated])).toEqual([
      ["Phường Hồng Hà", undefined],
      ["Tổng hợp", "summary"],
    ]);
  });
});
