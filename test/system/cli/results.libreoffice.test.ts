import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { classify } from "../../../src/core/framework/model";
import { CellValue } from "../../../src/core/types";
import { cellText } from "../../../src/core/util/text";
import { tempDir } from "../../helpers/files";
import { communeFramework } from "../../helpers/fixtures";
import { readValues, recalculate } from "../../helpers/libreoffice";
import { ensureCliBuilt, LIBREOFFICE_TIMEOUT_MS, runCli } from "../../helpers/processes";

// The result workbook of `par-index score`, recalculated by a real spreadsheet engine: the live
// formulas must give the numbers the engine reports, and must follow an appraiser's later edit.

const dir = tempDir("par-results-");
const fw = communeFramework();

interface JsonUnit {
  unit: string;
  group: string;
  sheet: string;
  points: number;
  max: number;
  index: number;
  rank: number | null;
  band: string | null;
  ready: boolean;
  appraisedPoints: number;
}

const par = (args: string[]) => runCli(args, dir);

const text = (v: CellValue) => cellText(v);
const num = (v: CellValue) => (typeof v === "number" ? v : NaN);

/** Rows of the summary table by unit sheet name, as name → { header text → value }. */
function summaryRows(grid: CellValue[][]): Map<string, Record<string, CellValue>> {
  const h = grid.findIndex((r) => r?.some((c) => c === "Trang tính"));
  const heads = grid[h].map(text);
  const out = new Map<string, Record<string, CellValue>>();
  for (
    let r = h + 1;
    r < grid.length &&
    grid[r]?.[heads.indexOf("Trang tính")] !== undefined &&
    grid[r]?.[heads.indexOf("Trang tính")] !== null;
    r++
  ) {
    const rec: Record<string, CellValue> = {};
    heads.forEach((name, c) => (rec[name] = grid[r][c] ?? null));
    out.set(text(rec["Trang tính"]), rec);
  }
  return out;
}

/** Plan rows: unit, code, max, achieved, lost (leaf rows only). */
function planRows(grid: CellValue[][]) {
  const h = grid.findIndex((r) => r?.some((c) => c === "Giải pháp khắc phục"));
  const heads = grid[h].map(text);
  const col = (n: string) => heads.indexOf(n);
  return grid
    .slice(h + 1)
    .filter((r) => r && typeof r[col("Điểm tối đa")] === "number" && r[col("Đơn vị")])
    .map((r) => ({
      unit: text(r[col("Đơn vị")]),
      code: text(r[col("Mã")]),
      max: num(r[col("Điểm tối đa")]),
      achieved: r[col("Điểm đạt")],
      lost: num(r[col("Điểm bị mất")]),
    }));
}

let units: JsonUnit[];
let before: Map<string, CellValue[][]>;
let after: Map<string, CellValue[][]>;
let edit: { sheet: string; unit: string; code: string; old: number; max: number };

// Only this hook starts processes: the CLI three times and LibreOffice twice (see test/helpers/processes.ts).
beforeAll(async () => {
  ensureCliBuilt();
  expect(par(["sample", "--out", "ho-so.xlsx", "--units", "14"]).status).toBe(0);
  const scored = par(["score", "--json", "--out", "ket-qua.xlsx", "ho-so.xlsx"]);
  expect(scored.status).toBe(1); // the sample has planted problems
  units = JSON.parse(scored.stdout).units;
  before = await readValues(await recalculate(path.join(dir, "ket-qua.xlsx")));

  // An appraiser lowers a partly-earned score of the leading phường to 0 in its own sheet.
  const leader = units.filter((u) => u.group === "Phường" && u.rank === 1)[0];
  const plan = planRows(before.get("Kế hoạch khắc phục")!).filter(
    (p) => p.unit === leader.unit && typeof p.achieved === "number" && p.achieved > 0,
  );
  const target = plan[0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "ket-qua.xlsx"));
  const ws = wb.getWorksheet(leader.sheet)!;
  let row = 0;
  ws.eachRow((r, i) => {
    if (r.getCell(1).text === target.code) row = i;
  });
  ws.getCell(row, 7).value = 0; // column G: Điểm thẩm định
  await wb.xlsx.writeFile(path.join(dir, "sua.xlsx"));
  edit = { sheet: leader.sheet, unit: leader.unit, code: target.code, old: target.achieved as number, max: target.max };
  after = await readValues(await recalculate(path.join(dir, "sua.xlsx")));
}, LIBREOFFICE_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the result workbook, recalculated by LibreOffice", () => {
  it("gives every unit the total, index, rank and class the engine reports", () => {
    const rows = summaryRows(before.get("Tổng hợp")!);
    expect(rows.size).toBe(14);
    for (const u of units) {
      const r = rows.get(u.sheet)!;
      expect(num(r["Tổng điểm"])).toBeCloseTo(u.points, 9);
      expect(num(r["Điểm tối đa"])).toBeCloseTo(u.max, 9);
      expect(num(r["Chỉ số (%)"])).toBeCloseTo(u.index, 9);
      expect(num(r["Điểm thẩm định"])).toBeCloseTo(u.appraisedPoints, 9);
      if (u.ready) {
        expect(num(r["Xếp hạng trong nhóm"])).toBe(u.rank);
        expect(text(r["Xếp loại"])).toBe(u.band);
      } else {
        expect(text(r["Xếp hạng trong nhóm"])).toBe("");
        expect(text(r["Trạng thái hồ sơ"])).toMatch(/^Còn \d+ lỗi$/);
      }
    }
  });

  it("the ranking sheet shows the summary's live values", () => {
    const grid = before.get("Xếp hạng")!;
    const names = grid.map((r) => text(r?.[1] ?? null));
    for (const u of units.filter((x) => x.ready)) {
      const r = grid[names.indexOf(u.unit)];
      expect(num(r[0])).toBe(u.rank);
      expect(num(r[4])).toBeCloseTo(u.index, 9);
    }
  });

  it("the plan's points lost are maximum minus achieved, and achieved is the counted score", () => {
    const rows = planRows(before.get("Kế hoạch khắc phục")!);
    expect(rows.length).toBeGreaterThan(14);
    for (const p of rows) {
      // Only a unit held back by errors can show text ("đạt") as its score; it counts as 0.
      if (typeof p.achieved !== "number") expect(units.find((u) => u.unit === p.unit)!.ready).toBe(false);
      expect(p.lost).toBeCloseTo(p.max - (typeof p.achieved === "number" ? p.achieved : 0), 9);
      expect(p.lost).toBeGreaterThan(0);
    }
  });

  it("after an appraiser's edit, total, index, rank and class follow, and so do points lost", () => {
    const old = units.find((u) => u.sheet === edit.sheet)!;
    const newTotal = old.points - edit.old;
    const rows = summaryRows(after.get("Tổng hợp")!);
    const r = rows.get(edit.sheet)!;
    expect(num(r["Tổng điểm"])).toBeCloseTo(newTotal, 9);
    const newIndex = Math.round((newTotal / old.max) * 100 * 100) / 100;
    expect(num(r["Chỉ số (%)"])).toBeCloseTo(newIndex, 9);
    // Independent re-ranking of the group with the new index (ties share, next rank skipped).
    const peers = units.filter((u) => u.group === old.group && u.ready && u.sheet !== old.sheet);
    expect(num(r["Xếp hạng trong nhóm"])).toBe(1 + peers.filter((p) => p.index > newIndex).length);
    expect(text(r["Xếp loại"])).toBe(classify(fw.bands, newIndex)!.label);
    for (const p of peers) {
      const pr = rows.get(p.sheet)!;
      const expected = 1 + peers.filter((q) => q.index > p.index).length + (newIndex > p.index ? 1 : 0);
      expect(num(pr["Xếp hạng trong nhóm"])).toBe(expected);
    }
    const planRow = planRows(after.get("Kế hoạch khắc phục")!).find(
      (p) => p.unit === edit.unit && p.code === edit.code,
    )!;
    expect(planRow.achieved).toBe(0);
    expect(planRow.lost).toBeCloseTo(edit.max, 9);
  });
});
