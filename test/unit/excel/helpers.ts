// Fixtures for the adapter tests: realistic unit sheets from the engine's sample generator and
// hand-built sheet plans that use every feature the writer supports.
import type { Framework, PlanCell, SheetPlan, SheetSnapshot } from "../../../src/core/types";
import type { FakeDump, FakeExcel } from "../../../src/excel/fake/index";
import { communeFramework, sampleUnitSheets } from "../../helpers/fixtures";

export const framework: Framework = communeFramework();

/** `n` submissions as units send them (numeric codes, text scores, broken subtotals, hidden rows… in some). */
export function unitSheets(n: number): SheetSnapshot[] {
  return sampleUnitSheets(n, framework);
}

const v = (value: string | number | boolean | null): PlanCell => ({ value });
const f = (formula: string): PlanCell => ({ formula });

/** A summary plan reading two unit sheets, with a table, conditional formats, validation, freeze and print setup. */
export function summaryPlan(units: string[], name = "Tổng hợp"): SheetPlan {
  const rows: (PlanCell | null)[][] = [
    [v("SỞ NỘI VỤ"), null, null, v("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
    [v("BẢNG TỔNG HỢP"), null, null, null],
    [v("STT"), v("Đơn vị"), v("Trang tính"), v("Tổng điểm"), v("Ghi chú")],
    ...units.map((u, i) => [v(i + 1), v(u), v(u), f(`='${u}'!D10+0`), v(i === 0 ? "=1+1" : "1.10")]),
  ];
  return {
    name,
    kind: "summary",
    cells: rows,
    styles: [
      { range: "A3:E3", style: { bold: true, fill: "#D9E1F2", hAlign: "center", border: "thin", wrap: true } },
      { range: `D4:D${3 + units.length}`, style: { numberFormat: "0.00" } },
      { range: `E4:E${3 + units.length}`, style: { input: true } },
    ],
    merges: ["A1:C1", "A2:E2"],
    columnWidths: [6, 30, 20, 12, 20],
    rowHeights: [{ row: 2, height: 30 }],
    freeze: { rows: 3, columns: 2 },
    tables: [{ name: "TongHop", range: `A3:E${3 + units.length}` }],
    conditionalFormats: [
      { type: "colorScale", range: "D4:D1000", minColor: "#F8696B", midColor: "#FFEB84", maxColor: "#63BE7B" },
      { type: "cellValue", range: `D4:D${3 + units.length}`, operator: "lessThan", value: 50, fill: "#FFC7CE" },
    ],
    validations: [{ type: "list", range: `E4:E${3 + units.length}`, values: ["Đạt", "Không đạt"] }],
    print: { orientation: "landscape", paper: "A4", titleRows: "$3:$3", fitToWidth: true },
    fontName: "Times New Roman",
    fontSize: 13,
  };
}

/** A ranking plan whose formulas read the summary plan by name, with a bar chart. */
export function rankingPlan(units: string[], summaryName = "Tổng hợp"): SheetPlan {
  const rows: (PlanCell | null)[][] = [
    [v("Thứ hạng"), v("Đơn vị"), v("Chỉ số (%)")],
    ...units.map((_, i) => [v(i + 1), f(`='${summaryName}'!B${4 + i}`), f(`='${summaryName}'!D${4 + i}/100`)]),
  ];
  return {
    name: "Xếp hạng",
    kind: "ranking",
    cells: rows,
    tables: [{ name: "XepHang1", range: `A1:C${1 + units.length}` }],
    charts: [
      {
        type: "bar",
        title: "Chỉ số CCHC",
        categories: `B2:B${1 + units.length}`,
        values: `C2:C${1 + units.length}`,
        anchor: "E2",
      },
    ],
    validations: [{ type: "decimal", range: `C2:C${1 + units.length}`, min: 0, max: 100 }],
  };
}

/** A dump without sheet ids, to compare workbooks whose generated sheets were created at different times. */
export function withoutIds(d: FakeDump): unknown {
  return {
    ...d,
    sheets: d.sheets.map(({ id: _id, ...rest }) => rest),
    tables: d.tables.map(({ sheetId: _s, ...rest }) => rest),
  };
}

/** Values and formulas of every cell of a sheet (what a unit submitted), fills and other formats left out. */
export function contentOf(fake: FakeExcel, sheet: string): Record<string, unknown> {
  const s = fake.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return Object.fromEntries(
    [...s.cells.entries()]
      .filter(([, c]) => c.value !== undefined || c.formula !== undefined)
      .map(([k, c]) => [k, { value: c.value, formula: c.formula, quotePrefix: c.quotePrefix }]),
  );
}
