import * as path from "node:path";
import * as ExcelJS from "exceljs";
import type { SheetPlan } from "../../../src/core/types.js";
import {
  conditionalFormattings,
  dataValidations,
  readXlsx,
  writePlans,
  writeXlsxAtomic,
} from "../../../src/cli/xlsx/index.js";
import { loadWorkbook, tempDir, xlsxPart } from "../../helpers/files.js";

const dir = tempDir();

// A summary sheet as the engine plans it: official header, a ranked table with live formulas.
function summaryPlan(name = "Tổng hợp"): SheetPlan {
  const unit = (i: number, unitName: string, score: number, note: string) => [
    { value: i },
    { value: unitName },
    { value: score },
    { formula: `=C${i + 3}/100*100` },
    { formula: `=RANK.EQ(C${i + 3},$C$4:$C$6)` },
    { value: note },
  ];
  return {
    name,
    kind: "summary",
    cells: [
      [{ value: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" }, null, null, { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }],
      [],
      [
        { value: "STT" },
        { value: "Đơn vị" },
        { value: "Điểm" },
        { value: "Chỉ số (%)" },
        { value: "Xếp hạng" },
        { value: "Ghi chú" },
      ],
      unit(1, "Phường Hồng Hà", 88.5, "=SUM(A1) là chữ, không phải công thức"),
      unit(2, "Xã Dân Chủ", 83.5, ""),
      unit(3, "Phường Bạch Đằng", 47.25, "'0,5"),
      [null, { value: "Điểm tự chấm dạng chữ" }, { formula: '=NUMBERVALUE("0,5",",",".")' }],
    ],
    styles: [
      { range: "A1:C1", style: { bold: true, hAlign: "center" } },
      {
        range: "A3:F3",
        style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", hAlign: "center", vAlign: "middle", wrap: true },
      },
      { range: "A3:F6", style: { border: "thin" } },
      { range: "D4:D6", style: { numberFormat: "0.00" } },
      { range: "B7", style: { italic: true, underline: true, fontName: "Arial", fontSize: 10 } },
      { range: "C4:C6", style: { input: true } },
    ],
    merges: ["A1:C1", "D1:F1"],
    columnWidths: [6, 32, 10, 12, 10, 30],
    rowHeights: [{ row: 2, height: 33 }],
    freeze: { rows: 3, columns: 2 },
    tables: [{ name: "BangTongHop", range: "A3:F6" }],
    conditionalFormats: [
      { type: "colorScale", range: "D4:D6", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" },
      { type: "cellValue", range: "C4:C6", operator: "lessThan", value: 50, fill: "#FFC7CE", fontColor: "#9C0006" },
    ],
    validations: [
      { type: "list", range: "F4:F6", values: ["Đạt", "Không đạt"] },
      { type: "decimal", range: "C4:C6", min: 0, max: 100 },
      { type: "date", range: "G4:G6", prompt: "Hạn hoàn thành (dd/mm/yyyy)" },
    ],
    charts: [{ type: "bar", title: "Chỉ số CCHC", categories: "B4:B6", values: "D4:D6", anchor: "H3" }],
    print: { orientation: "landscape", paper: "A4", titleRows: "$3:$3", fitToWidth: true },
    fontName: "Times New Roman",
    fontSize: 13,
  };
}

describe("writePlans → file → ExcelJS", () => {
  let file: string;
  let ws: ExcelJS.Worksheet;
  let written: ReturnType<typeof writePlans>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    written = writePlans(wb, [summaryPlan()]);
    file = path.join(dir, "ket-qua.xlsx");
    await writeXlsxAtomic(wb, file);
    ws = (await loadWorkbook(file)).getWorksheet("Tổng hợp")!;
  });

  it("reports the sheet it wrote, and the chart it could not draw", () => {
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ kind: "summary", name: "Tổng hợp", requestedName: "Tổng hợp", replaced: false });
    expect(written[0].skipped.map((s) => s.feature)).toEqual(["chart"]);
    expect(written[0].skipped[0].messageVi).toContain("Chỉ số CCHC");
  });

  it("writes values, and text starting with '=' stays text", () => {
    expect(ws.getCell("B4").value).toBe("Phường Hồng Hà");
    expect(ws.getCell("C6").value).toBe(47.25);
    expect(ws.getCell("F4").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("F4").value).toBe("=SUM(A1) là chữ, không phải công thức");
    expect(ws.getCell("F6").value).toBe("'0,5");
  });

  it("writes formulas in file form, newer functions with the _xlfn. prefix", () => {
    expect(ws.getCell("D4").formula).toBe("C4/100*100");
    expect(ws.getCell("E5").formula).toBe("_xlfn.RANK.EQ(C5,$C$4:$C$6)");
    expect(ws.getCell("C7").formula).toBe('_xlfn.NUMBERVALUE("0,5",",",".")');
  });

  it("applies styles, with the sheet's default font wherever a style names none", () => {
    const header = ws.getCell("B3");
    expect(header.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true, color: { argb: "FFFFFFFF" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border).toMatchObject({
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("B5").font).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(ws.getCell("B5").font.bold).toBeFalsy();
    expect(ws.getCell("D5").numFmt).toBe("0.00");
    expect(ws.getCell("B7").font).toMatchObject({ name: "Arial", size: 10, italic: true, underline: true });
    expect(ws.getCell("C5").protection).toMatchObject({ locked: false });
    expect(ws.getCell("B5").protection?.locked).not.toBe(false);
  });

  it("merges, sizes columns and rows, freezes the header", () => {
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect(ws.getCell("E1").master.address).toBe("D1");
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
    expect(ws.getColumn(2).width).toBe(32);
    expect(ws.getColumn(6).width).toBe(30);
    expect(ws.getRow(3).height).toBe(33);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
  });

  it("turns the table into a filter on its range with a styled header", () => {
    expect(ws.autoFilter).toBe("A3:F6");
    expect(ws.getCell("F3").font.bold).toBe(true);
  });

  it("adds conditional formats", () => {
    const cfs = conditionalFormattings(ws);
    expect(cfs.map((c) => c.ref)).toEqual(["D4:D6", "C4:C6"]);
    expect(cfs[0].rules[0]).toMatchObject({
      type: "colorScale",
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
    expect(cfs[1].rules[0]).toMatchObject({ type: "cellIs", operator: "lessThan", formulae: ["50"] });
    expect(JSON.stringify(cfs[1].rules[0].style)).toContain("FFFFC7CE");
  });

  it("adds data validations: a list, a score range, a date with its prompt", () => {
    const dv = dataValidations(ws);
    expect(dv.find("F5")).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    expect(dv.find("C4")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(dv.find("C4")?.error).toContain("Hãy nhập một số từ 0 đến 100");
    expect(dv.find("G6")).toMatchObject({
      type: "date",
      prompt: "Hạn hoàn thành (dd/mm/yyyy)",
      showInputMessage: true,
    });
  });

  it("sets up printing on A4 landscape, header row repeated, one page wide", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
  });

  it("marks the sheet so reading the file knows it as generated, and shows formulas without prefixes", async () => {
    const { snapshot } = await readXlsx(file);
    const s = snapshot.sheets.find((x) => x.name === "Tổng hợp")!;
    expect(s.generated).toBe("summary");
    expect(s.formulas![4][4]).toBe("=RANK.EQ(C5,$C$4:$C$6)");
    expect(s.values[3][5]).toBe("=SUM(A1) là chữ, không phải công thức");
    expect(s.formulas![3][5]).toBeNull();
  });

  it("asks Excel to recalculate on open (formulas are written without results)", async () => {
    expect(xlsxPart(file, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("writePlans never overwrites a user's sheet, and replaces its own", () => {
  const userWorkbook = () => {
    const wb = new ExcelJS.Workbook();
    const user = wb.addWorksheet("Tổng hợp");
    user.getCell("A1").value = "Bảng tổng hợp do cán bộ tự lập";
    user.getCell("B2").value = 42;
    wb.addWorksheet("Phường Hồng Hà").getCell("A1").value = "I";
    return wb;
  };

  it("writes beside a user's sheet of the same name, leaving it as it was", async () => {
    const wb = userWorkbook();
    const written = writePlans(wb, [summaryPlan()]);
    expect(written[0]).toMatchObject({ name: "Tổng hợp (2)", requestedName: "Tổng hợp", replaced: false });
    const file = path.join(dir, "beside.xlsx");
    await writeXlsxAtomic(wb, file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets.map((s) => [s.name, s.generated])).toEqual([
      ["Tổng hợp", undefined],
      ["Phường Hồng Hà", undefined],
      ["Tổng hợp (2)", "summary"],
    ]);
    expect(snapshot.sheets[0].values).toEqual([["Bảng tổng hợp do cán bộ tự lập"], [null, 42]]);
  });

  it("on a re-run over its own output, replaces the generated sheet in place and adds no copy", async () => {
    const first = userWorkbook();
    writePlans(first, [summaryPlan()]);
    const firstFile = path.join(dir, "run1.xlsx");
    await writeXlsxAtomic(first, firstFile);

    const { workbook } = await readXlsx(firstFile);
    const plan = summaryPlan();
    plan.cells[3][1] = { value: "Phường Hồng Hà (đã sửa)" };
    const second = writePlans(workbook, [plan]);
    expect(second[0]).toMatchObject({ name: "Tổng hợp (2)", replaced: true });
    const secondFile = path.join(dir, "run2.xlsx");
    await writeXlsxAtomic(workbook, secondFile);

    const { snapshot } = await readXlsx(secondFile);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Phường Hồng Hà", "Tổng hợp (2)"]);
    expect(snapshot.sheets[2]).toMatchObject({ generated: "summary" });
    expect(snapshot.sheets[2].values[3][1]).toBe("Phường Hồng Hà (đã sửa)");
    expect(snapshot.sheets[0].values[0][0]).toBe("Bảng tổng hợp do cán bộ tự lập");
    // One marker per generated sheet: the replaced sheet's marker went with it.
    const markers = (await loadWorkbook(secondFile)).definedNames.model.filter((n) => n.name.startsWith("_ParIndex_"));
    expect(markers).toEqual([{ name: "_ParIndex_summary_1", ranges: ["'Tổng hợp (2)'!$A$1"] }]);
  });

  it("keeps a user's defined name that points into a replaced sheet", async () => {
    const wb = new ExcelJS.Workbook();
    writePlans(wb, [summaryPlan()]);
    wb.definedNames.add("'Tổng hợp'!$C$4", "DiemHongHa");
    writePlans(wb, [summaryPlan()]);
    const names = wb.definedNames.model.map((n) => n.name).sort();
    expect(names).toEqual(["DiemHongHa", "_ParIndex_summary_1"]);
  });

  it("keeps the tab position of a replaced sheet", async () => {
    const wb = new ExcelJS.Workbook();
    writePlans(wb, [summaryPlan("Xếp hạng"), summaryPlan("Kiểm tra")]);
    wb.addWorksheet("Ghi chú của tôi");
    const file = path.join(dir, "order.xlsx");
    await writeXlsxAtomic(wb, file);
    const { workbook } = await readXlsx(file);
    writePlans(workbook, [summaryPlan("Xếp hạng")]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Xếp hạng", "Kiểm tra", "Ghi chú của tôi"]);
  });

  it("gives two plans with the same name in one run two sheets", () => {
    const wb = new ExcelJS.Workbook();
    const written = writePlans(wb, [
      { ...summaryPlan("KH khắc phục"), kind: "unit-plan" },
      { ...summaryPlan("KH khắc phục"), kind: "unit-plan" },
    ]);
    expect(written.map((w) => w.name)).toEqual(["KH khắc phục", "KH khắc phục (2)"]);
  });

  it("marks every generated sheet with its own kind, and hides a hidden plan", async () => {
    const wb = new ExcelJS.Workbook();
    writePlans(wb, [
      { ...summaryPlan("KH - Hồng Hà"), kind: "unit-plan" },
      { ...summaryPlan("KH - Dân Chủ"), kind: "unit-plan" },
      { ...summaryPlan("Bộ tiêu chí"), kind: "framework", hidden: true },
    ]);
    const file = path.join(dir, "kinds.xlsx");
    await writeXlsxAtomic(wb, file);
    const { snapshot, workbook } = await readXlsx(file);
    expect(snapshot.sheets.map((s) => s.generated)).toEqual(["unit-plan", "unit-plan", "framework"]);
    expect(workbook.getWorksheet("Bộ tiêu chí")!.state).toBe("hidden");
  });

  it("marks sheets whose names need quoting in a reference", async () => {
    const names = ["KH - Xã Đông's", "KH - P. 1.2", "Tổng hợp!", "2024"];
    const wb = new ExcelJS.Workbook();
    writePlans(
      wb,
      names.map((name) => ({ name, kind: "unit-plan" as const, cells: [[{ value: 1 }]] })),
    );
    const file = path.join(dir, "quoted.xlsx");
    await writeXlsxAtomic(wb, file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets.map((s) => [s.name, s.generated])).toEqual(names.map((n) => [n, "unit-plan"]));
  });

  it("does not open the workbook on a hidden generated sheet", async () => {
    const wb = new ExcelJS.Workbook();
    writePlans(wb, [{ ...summaryPlan("Bộ tiêu chí"), kind: "framework", hidden: true }, summaryPlan()]);
    const file = path.join(dir, "active.xlsx");
    await writeXlsxAtomic(wb, file);
    expect(xlsxPart(file, "xl/workbook.xml")).toMatch(/<workbookView[^>]*activeTab="1"/);
  });

  it("skips a drop-down list Excel could not hold, and says so", () => {
    const plan = summaryPlan();
    plan.validations = [{ type: "list", range: "F4:F6", values: ["Đạt, có điều kiện", "Không đạt"] }];
    const [w] = writePlans(new ExcelJS.Workbook(), [plan]);
    expect(w.skipped.map((s) => s.feature)).toContain("validation");
  });
});
