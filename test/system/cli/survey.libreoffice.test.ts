import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { writeUnitSheet } from "../../../src/cli/sample";
import { writePlans } from "../../../src/cli/xlsx/index";
import { runPipeline } from "../../../src/core/pipeline";
import type { UnitInputs } from "../../../src/core/scoring/score";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/types";
import { a1 } from "../../../src/core/util/a1";
import { cellText } from "../../../src/core/util/text";
import { tempDir } from "../../helpers/files";
import { cellOf, recalcSubtotals, setCell, unitSheet } from "../../helpers/fixtures";
import { readValues, recalculate } from "../../helpers/libreoffice";
import { LIBREOFFICE_TIMEOUT_MS } from "../../helpers/processes";
import { surveyFramework } from "../../helpers/surveyFramework";

// Survey components, the rescaling rule and per-group maxima in the result workbook, recalculated
// by a real spreadsheet engine. The framework: 16 appraised points, SIPAS (3.1, 4 points) and the
// leaders' survey (3.2, 3 points); criterion 1.2 is worth 1 for a Phường and 2 for a Xã (totals
// 23 and 24); a unit without survey points is scored on its appraised part rescaled to 100.
// The summary's live formulas must give each unit the engine's total and index, and must follow
// staff typing a component's points into its input column (one column per component).

const fw = surveyFramework({ rescale: true, groupMaxima: true });
const dir = tempDir("par-survey-");

const table = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, originRow: 0, originCol: 0, values });

/** A commune's sheet states the commune's maxima (1.2 worth 2, area 1 worth 7). */
function commune(name: string, unit: string, points12: number): SheetSnapshot {
  const s = unitSheet(fw, { name, unit });
  setCell(s, cellOf(s, "1.2", "max"), 2);
  setCell(s, cellOf(s, "1", "max"), 7);
  setCell(s, cellOf(s, "1.2", "self"), points12);
  setCell(s, cellOf(s, "1.2", "appraised"), points12);
  recalcSubtotals(s);
  return s;
}

function workbook(): WorkbookSnapshot {
  // Hồng Hà: full marks (16); SIPAS 3,5 and the leaders' survey 2,25 from a two-column table.
  const hongHa = unitSheet(fw);
  // Dân Chủ (Xã): 1.2 earns its commune maximum 2 (17 appraised); the survey points are in its own
  // sheet's appraised column.
  const danChu = commune("X. Dân Chủ", "Xã Dân Chủ", 2);
  setCell(danChu, cellOf(danChu, "3.1", "appraised"), 3);
  setCell(danChu, cellOf(danChu, "3.2", "appraised"), 2.5);
  recalcSubtotals(danChu);
  // An Sinh (Xã): 1 of 2 on 1.2 (16 appraised) and no survey points anywhere: rescaled.
  const anSinh = commune("X. An Sinh", "Xã An Sinh", 1);
  // Cao Xanh: full marks, the survey part as one total from a total-only table.
  const caoXanh = unitSheet(fw, { name: "P. Cao Xanh", unit: "Phường Cao Xanh" });
  return {
    sheets: [
      hongHa,
      danChu,
      anSinh,
      caoXanh,
      table("Điều tra XHH", [
        ["STT", "Đơn vị", "SIPAS", "Khảo sát lãnh đạo"],
        [1, "Phường Hồng Hà", 3.5, 2.25],
      ]),
      table("Điểm điều tra tổng", [
        ["Đơn vị", "Điểm điều tra XHH"],
        ["Phường Cao Xanh", 5],
      ]),
    ],
  };
}

/** The summary's rows by unit sheet, as header text → value, with the cell of each header. */
function summaryOf(grid: CellValue[][]) {
  const h = grid.findIndex((r) => r?.some((c) => c === "Trang tính"));
  const heads = grid[h].map((c) => cellText(c ?? null));
  const col = (start: string) => {
    const i = heads.findIndex((x) => x === start || (start.startsWith("ĐTXHH") && x.startsWith(start)));
    if (i < 0) throw new Error(`no column ${start}`);
    return i;
  };
  const rows = new Map<string, { row: number; get: (start: string) => CellValue }>();
  for (let r = h + 1; r < grid.length && grid[r]?.[col("Trang tính")]; r++)
    rows.set(cellText(grid[r][col("Trang tính")]), { row: r, get: (start) => grid[r][col(start)] ?? null });
  return { rows, col };
}

const snapshot = workbook();
const engine = runPipeline(snapshot, { framework: fw }, {});
// Staff type An Sinh's points into the summary: SIPAS 4, the leaders' survey 9 (over its maximum 3).
const typed: Record<string, UnitInputs> = { "X. An Sinh": { surveyParts: { "3.1": 4, "3.2": 9 } } };
const engineTyped = runPipeline(snapshot, { framework: fw, inputs: typed }, {});
let before: CellValue[][];
let after: CellValue[][];
let summaryFormulas: Map<string, string>;

// Only this hook starts processes: LibreOffice twice, in parallel (see test/helpers/processes.ts).
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) writeUnitSheet(wb, s);
  writePlans(wb, engine.plans);
  const file = path.join(dir, "ket-qua.xlsx");
  await wb.xlsx.writeFile(file);
  // The same workbook after staff typed An Sinh's survey points into its component columns.
  const plan = engine.plans.find((p) => p.kind === "summary")!;
  const heads = plan.cells.find((r) => r?.some((c) => c?.value === "Trang tính"))!;
  const headRow = plan.cells.indexOf(heads);
  const colOf = (start: string) => heads.findIndex((c) => String(c?.value ?? "").startsWith(start));
  const anSinhRow = plan.cells.findIndex((r, i) => i > headRow && r?.[colOf("Trang tính")]?.value === "X. An Sinh");
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.readFile(file);
  const ws = edited.getWorksheet(plan.name)!;
  ws.getCell(a1(anSinhRow, colOf("ĐTXHH 3.1"))).value = 4;
  ws.getCell(a1(anSinhRow, colOf("ĐTXHH 3.2"))).value = 9;
  summaryFormulas = new Map();
  ws.getRow(anSinhRow + 1).eachCell((cell, c) => {
    const f = (cell.value as { formula?: string } | null)?.formula;
    if (f) summaryFormulas.set(cellText(heads[c - 1]?.value ?? null), f);
  });
  await edited.xlsx.writeFile(path.join(dir, "sua.xlsx"));
  const [a, b] = await Promise.all([recalculate(file), recalculate(path.join(dir, "sua.xlsx"))]);
  before = (await readValues(a)).get(plan.name)!;
  after = (await readValues(b)).get(plan.name)!;
}, LIBREOFFICE_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("survey components, rescaling and per-group maxima, recalculated by LibreOffice", () => {
  it("the engine scores each unit as the framework says (hand-computed)", () => {
    const by = new Map(engine.analysis.scores.map((s) => [s.sheet, s]));
    expect(engine.analysis.validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(by.get("P. Hồng Hà")).toMatchObject({ group: "Phường", survey: 5.75, total: 21.75, max: 23, index: 94.57 });
    expect(by.get("X. Dân Chủ")).toMatchObject({ group: "Xã", survey: 5.5, total: 22.5, max: 24, index: 93.75 });
    // 16 of the 17 appraised points a commune can earn, rescaled to its total of 24.
    const anSinh = by.get("X. An Sinh")!;
    expect(anSinh).toMatchObject({ group: "Xã", survey: null, rescaled: true, max: 24, index: 94.12 });
    // The engine keeps totals to 6 decimals (the summary's formula keeps every digit).
    expect(anSinh.total).toBeCloseTo((16 * 24) / 17, 6);
    expect(by.get("P. Cao Xanh")).toMatchObject({ survey: 5, total: 21, max: 23, index: 91.3 });
    const typedAnSinh = engineTyped.analysis.scores.find((s) => s.sheet === "X. An Sinh")!;
    expect(typedAnSinh).toMatchObject({ survey: 7, rescaled: false, total: 23, index: 95.83 });
  });

  it("gives every unit the engine's total, maximum and index, survey points by component", () => {
    const { rows } = summaryOf(before);
    expect(rows.size).toBe(4);
    for (const s of engine.analysis.scores) {
      const r = rows.get(s.sheet)!;
      expect(r.get("Tổng điểm")).toBeCloseTo(s.total, 6);
      expect(r.get("Điểm tối đa")).toBeCloseTo(s.max, 9);
      expect(r.get("Chỉ số (%)")).toBeCloseTo(s.index, 9);
      expect(r.get("Điểm thẩm định")).toBeCloseTo(s.appraisedPoints, 9);
      for (const code of ["3.1", "3.2"]) {
        const v = r.get(`ĐTXHH ${code}`);
        if (s.surveyParts[code] === undefined) expect(v ?? null).toBeNull();
        else expect(v).toBeCloseTo(s.surveyParts[code], 9);
      }
    }
    // Points read from Dân Chủ's own sheet stay live references to it.
    expect(rows.get("X. Dân Chủ")!.get("ĐTXHH 3.2")).toBe(2.5);
    expect(cellText(rows.get("X. An Sinh")!.get("Điểm được tính theo"))).toContain(
      "quy đổi điểm thẩm định về thang 100",
    );
    expect(cellText(rows.get("P. Hồng Hà")!.get("Điểm được tính theo"))).not.toContain("quy đổi");
  });

  it("follows points typed into the component columns: no longer rescaled, each component capped", () => {
    expect(summaryFormulas.get("Tổng điểm")).toBeDefined();
    const { rows } = summaryOf(after);
    for (const s of engineTyped.analysis.scores) {
      const r = rows.get(s.sheet)!;
      expect(r.get("Tổng điểm")).toBeCloseTo(s.total, 9);
      expect(r.get("Chỉ số (%)")).toBeCloseTo(s.index, 9);
    }
    const anSinh = rows.get("X. An Sinh")!;
    expect(anSinh.get("Tổng điểm")).toBeCloseTo(23, 9);
    expect(cellText(anSinh.get("Điểm được tính theo"))).not.toContain("quy đổi");
    // Ranks within each group follow the live indexes as the engine ranks them.
    for (const s of engineTyped.analysis.scores) expect(rows.get(s.sheet)!.get("Xếp hạng trong nhóm")).toBe(s.rank);
    for (const s of engine.analysis.scores)
      expect(summaryOf(before).rows.get(s.sheet)!.get("Xếp hạng trong nhóm")).toBe(s.rank);
  });
});
