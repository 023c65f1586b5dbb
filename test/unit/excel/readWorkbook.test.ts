// Reading the workbook: exact snapshots, a constant number of syncs whatever the number of sheets,
// big sheets in blocks under the 5 MB limits, generated sheets recognised.
import type { SheetSnapshot } from "../../../src/core/types";
import { encodeFakeWorkbook, FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index";
import { EXCEL_PAYLOAD_LIMIT } from "../../../src/excel/payload";
import { summaryPlan, unitSheets } from "./helpers";

/** Rows without their trailing empty cells, as the snapshot gives them. */
function trimmed<T>(grid: T[][]): T[][] {
  return grid.map((row) => {
    const r = [...row];
    while (r.length > 0 && (r[r.length - 1] === null || r[r.length - 1] === undefined)) r.pop();
    return r;
  });
}

function expectSameSheet(read: SheetSnapshot, source: SheetSnapshot): void {
  expect(read.name).toBe(source.name);
  expect(read.originRow).toBe(0);
  expect(read.values).toEqual(trimmed(source.values));
  expect(trimmed(read.formulas!)).toEqual(trimmed(source.formulas!));
  expect(read.hiddenRows).toEqual(source.hiddenRows);
  expect(read.generated).toBeUndefined();
}

describe("readWorkbook", () => {
  it("reads 3 and 150 unit sheets in 4 or 5 syncs, every value, formula, error and hidden row exact", async () => {
    for (const n of [3, 150]) {
      const units = unitSheets(n);
      const fake = new FakeExcel({ sheets: units });
      const snapshot = await fakeExcelGateway(fake).readWorkbook();
      // List, measure, merged areas, contents (two requests for 150 sheets' ranges).
      expect(fake.syncCount).toBe(n === 3 ? 4 : 5);
      expect(fake.maxRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
      expect(fake.maxResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
      expect(snapshot.sheets).toHaveLength(n);
      snapshot.sheets.forEach((s, i) => expectSameSheet(s, units[i]));
    }
  });

  it("gives broken subtotals as errors, never as text or zero", async () => {
    const units = unitSheets(12);
    const k = units.findIndex((u) => u.values.flat().some((v) => typeof v === "object" && v !== null));
    const fake = new FakeExcel({ sheets: units });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    const cells = snapshot.sheets[k].values.flatMap((row, r) =>
      row.map((v, c) => ({ v, f: snapshot.sheets[k].formulas![r][c] })),
    );
    const errors = cells.filter((x) => typeof x.v === "object" && x.v !== null);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toEqual({ v: { error: "#REF!" }, f: expect.stringMatching(/^=/) });
    expect(errors.map((e) => e.f)).toContain("=SUM(#REF!)");
  });

  it("reads a sheet too big for one response in row blocks, every response under 5 MB", async () => {
    const rows = Array.from({ length: 30_000 }, (_, r) => [
      r + 1,
      `1.${r % 9}.${r % 7}`,
      0.5,
      r % 4,
      null,
      r % 7 === 0 ? "Có" : null,
      1,
      0.25,
    ]);
    const fake = new FakeExcel({ sheets: [{ name: "Dữ liệu lớn", values: rows }] });
    const progress: string[] = [];
    const snapshot = await fakeExcelGateway(fake).readWorkbook((p) => progress.push(`${p.done}/${p.total}`));
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(fake.maxResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(snapshot.sheets[0].values).toEqual(trimmed(rows));
    expect(progress.length).toBeGreaterThan(fake.syncCount - 1);
  });

  it("halves a read Excel refuses as too big (texts far longer than estimated) and still reads everything", async () => {
    const rows = Array.from({ length: 4000 }, (_, r) => [r, "x".repeat(800)]);
    const fake = new FakeExcel({ sheets: [{ name: "Văn bản dài", values: rows }] });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(fake.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(Math.max(...fake.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThan(
      EXCEL_PAYLOAD_LIMIT,
    );
    expect(snapshot.sheets[0].values).toEqual(rows);
  });

  it("keeps text that looks like a formula as text", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "A", values: [["=1+1", 2]], formulas: [[null, "=1+1"]] }] });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(snapshot.sheets[0].values).toEqual([["=1+1", 2]]);
    expect(snapshot.sheets[0].formulas).toEqual([[null, "=1+1"]]);
  });

  it("reads a used range that does not start at A1, and an empty sheet as empty", async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: "Lệch",
          originRow: 4,
          originCol: 2,
          values: [
            ["a", null, "b"],
            [null, 1],
          ],
        },
        { name: "Trống" },
      ],
    });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(snapshot.sheets[0]).toMatchObject({
      originRow: 4,
      originCol: 2,
      values: [
        ["a", null, "b"],
        [null, 1],
      ],
      hiddenRows: [],
    });
    expect(snapshot.sheets[1].values).toEqual([]);
  });

  it("marks the add-in's sheets with their kind, reads back what staff typed in them, and leaves out the highlight store", async () => {
    const units = unitSheets(2);
    const fake = new FakeExcel({ sheets: units });
    const gateway = fakeExcelGateway(fake);
    await gateway.writePlans([
      summaryPlan(units.map((u) => u.name)),
      { name: "Chi tiết", kind: "detail", cells: [[{ value: "x" }]] },
    ]);
    await gateway.highlightFindings([
      { rule: "score-over-max", severity: "error", sheet: units[0].name, cell: "D10", message: "m", messageEn: "m" },
    ]);
    const snapshot = await gateway.readWorkbook();
    expect(snapshot.sheets.map((s) => [s.name, s.generated])).toEqual([
      [units[0].name, undefined],
      [units[1].name, undefined],
      ["Tổng hợp", "summary"],
      ["Chi tiết", "detail"],
    ]);
    expect(snapshot.sheets[2].values[2]).toEqual(["STT", "Đơn vị", "Trang tính", "Tổng điểm", "Ghi chú"]);
    // Pure outputs are listed but not read: they are recomputed on every run.
    expect(snapshot.sheets[3].values).toEqual([]);
  });

  it("recognises sheets the command line generated (workbook name marker) as generated", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [["Thứ hạng"]] }] });
    fake.state.names.push({ name: "_ParIndex_ranking_1", formula: "='Xếp hạng'!$A$1", visible: true });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(snapshot.sheets[0].generated).toBe("ranking");
  });

  it("reads sheets inserted from a unit's file like any other", async () => {
    const [unit] = unitSheets(1);
    const fake = new FakeExcel({ sheets: [{ name: "Hướng dẫn", values: [["…"]] }] });
    const gateway = fakeExcelGateway(fake);
    await gateway.importWorkbooks([{ fileName: "Phuong Hong Ha.xlsx", base64: encodeFakeWorkbook([unit]) }]);
    const snapshot = await gateway.readWorkbook();
    expect(snapshot.sheets[1].name).toBe("Phuong Hong Ha");
    expect(snapshot.sheets[1].values).toEqual(trimmed(unit.values));
  });
});

describe("merged cells", () => {
  it("are read where Excel supports it (ExcelApi 1.13), so a merged evidence cell covers its rows", async () => {
    const [unit] = unitSheets(1);
    const fake = new FakeExcel({ sheets: [{ ...unit, merges: ["E9:E11"] }] });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(snapshot.sheets[0].merges).toEqual(["E9:E11"]);
    expect(fake.syncCount).toBe(4);
  });
});
