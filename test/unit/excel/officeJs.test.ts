// Conformance on Microsoft's office.js itself: the adapter's real batches (read, write of 150 and
// 1,000 units, highlight, clear, import) are built on the genuine Excel proxies of
// @microsoft/office-js, every member the adapter calls must exist and serialise, and each request is
// measured as office.js serialises it. The payload estimator (payload.ts), which the fake uses to
// measure and the adapter to plan, must never fall below the real size of any of these requests.
// Set OFFICEJS_SIZES=1 to print the sizes.
import { runPipeline } from "../../../src/core/index";
import type { Finding, SheetPlan } from "../../../src/core/index";
import type { XRequestContext } from "../../../src/excel/api";
import { encodeFakeWorkbook, FakeExcel } from "../../../src/excel/fake/index";
import { clearHighlightsIn, highlightIn } from "../../../src/excel/highlights";
import { importIn } from "../../../src/excel/importSheets";
import type { WorkbookInfo } from "../../../src/excel/inspect";
import { EXCEL_PAYLOAD_LIMIT } from "../../../src/excel/payload";
import { readWorkbookIn } from "../../../src/excel/readWorkbook";
import { writePlansIn } from "../../../src/excel/writePlans";
import {
  officeContext,
  pascalObject,
  type PathStep,
  type RecordedRequest,
  type Responder,
} from "../../helpers/officeJs";
import { framework, unitSheets } from "./helpers";

const NO_FILL = { color: "#FFFFFF", pattern: null, tintAndShade: null };
const HIGHLIGHTED = { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 };

interface ModelSheet {
  id: string;
  name: string;
  visibility?: string;
  rows: number;
  cols: number;
  values?: unknown[][];
}

const colName = (c: number): string =>
  (c < 26 ? "" : colName(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

/** A stand-in Excel holding these sheets (no markers, no names, no tables, no special cells, no fills). */
function responder(sheets: ModelSheet[], fill: Record<string, unknown> = NO_FILL): Responder {
  let added = 0;
  const sheetIn = (path: PathStep[]): ModelSheet | undefined => {
    const i = path.findIndex((s) => s.name === "Worksheets");
    const key = path[i + 1]?.args[0];
    return sheets.find((s) => s.id === key || s.name === key) ?? sheets[0];
  };
  const rangeOf = (s: ModelSheet, r0: number, c0: number, rows: number, cols: number) => (p: string) => {
    switch (p) {
      case "address":
        return `'${s.name}'!A${r0 + 1}:${colName(c0 + cols - 1)}${r0 + rows}`;
      case "rowIndex":
        return r0;
      case "columnIndex":
        return c0;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowHidden":
        return false;
      case "values":
      case "formulas":
        return Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) => s.values?.[r0 + i]?.[c0 + j] ?? ""),
        );
    }
    throw new Error(`stand-in Excel: range property ${p}`);
  };
  return (path, req) => {
    const last = path[path.length - 1];
    if (req.method === "GetCellProperties") return [[{ format: { fill } }]];
    if (req.method === "InsertWorksheetsFromBase64") return [`{inserted-${++added}}`];
    if (req.method !== undefined) return undefined;
    if (last.name.endsWith("OrNullObject") && last.name !== "GetSpecialCellsOrNullObject") return null;
    if (last.name === "GetSpecialCellsOrNullObject") return null;
    const select = req.select ?? [];
    const sheetProps = (s: ModelSheet, i: number) => (p: string) =>
      ({ id: s.id, name: s.name, position: i, visibility: s.visibility ?? "Visible", "protection/protected": false })[
        p
      ];
    if (last.name === "Worksheets") return { _Items: sheets.map((s, i) => pascalObject(select, sheetProps(s, i))) };
    if (last.name === "Names" || last.name === "Tables") return { _Items: [] };
    if (last.name === "Add") return pascalObject(select, (p) => (p === "id" ? `{added-${++added}}` : undefined));
    const s = sheetIn(path)!;
    if (last.name === "GetUsedRange") return pascalObject(select, rangeOf(s, 0, 0, s.rows, s.cols));
    if (last.name === "GetRange") {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(String(last.args[0]));
      if (!m) throw new Error(`stand-in Excel: address ${String(last.args[0])}`);
      const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const r0 = Number(m[2]) - 1;
      const c0 = col(m[1]);
      const rows = Number(m[4] ?? m[2]) - r0;
      const cols = col(m[3] ?? m[1]) - c0 + 1;
      return pascalObject(select, rangeOf(s, r0, c0, rows, cols));
    }
    if (last.kind === "indexer" || last.name === "GetItem") return pascalObject(select, sheetProps(s, 0));
    throw new Error(`stand-in Excel: no answer for ${path.map((p) => p.name).join("/")}`);
  };
}

const modelOf = (fake: FakeExcel): ModelSheet[] =>
  fake.state.sheets.map((s) => {
    let rows = 1;
    let cols = 1;
    for (const k of s.cells.keys()) {
      rows = Math.max(rows, Math.floor(k / 16384) + 1);
      cols = Math.max(cols, (k % 16384) + 1);
    }
    return { id: s.id, name: s.name, visibility: s.visibility, rows, cols };
  });

interface Measured {
  label: string;
  real: RecordedRequest[];
  estimated: number[];
}
const measured: Measured[] = [];

/** Runs one batch on the fake (estimated sizes) and on office.js (real sizes), sync for sync. */
async function both(
  label: string,
  fake: FakeExcel,
  batch: (ctx: XRequestContext) => Promise<unknown>,
  model: ModelSheet[] = modelOf(fake),
  fill?: Record<string, unknown>,
): Promise<Measured> {
  const { ctx, requests } = officeContext(responder(model, fill));
  await batch(ctx);
  fake.resetStats();
  await fake.run(batch);
  const m = { label, real: requests, estimated: fake.syncs.map((s) => s.requestBytes) };
  measured.push(m);
  return m;
}

function expectCalibrated(m: Measured): void {
  expect(m.real.length).toBe(m.estimated.length);
  m.real.forEach((r, i) => {
    expect({ label: m.label, sync: i + 1, real: r.bytes, atLeast: Math.min(r.bytes, m.estimated[i]) }).toEqual({
      label: m.label,
      sync: i + 1,
      real: r.bytes,
      atLeast: r.bytes,
    });
    expect(r.bytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  });
}

async function unitsAndPlans(n: number): Promise<{ fake: FakeExcel; info: WorkbookInfo; plans: SheetPlan[] }> {
  const fake = new FakeExcel({ sheets: unitSheets(n) });
  const { snapshot, info } = await fake.run((ctx) => readWorkbookIn(ctx, { merges: true }));
  const { plans } = runPipeline(snapshot, { framework, year: 2025 }, {});
  return { fake, info, plans };
}

afterAll(() => {
  if (!process.env.OFFICEJS_SIZES) return;
  const lines = measured.map(
    (m) =>
      `${m.label}: ${m.real.map((r, i) => `sync ${i + 1} real ${r.bytes} B (${r.actions} actions), estimated ${m.estimated[i]} B`).join("; ")}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
});

// Long batches on a shared 2-core machine: generous limits, never a timing assertion.
jest.setTimeout(300_000);

describe("the adapter's batches on office.js's own proxies", () => {
  it("reads 150 unit sheets: every member exists and serialises, the estimate covers every request", async () => {
    const fake = new FakeExcel({ sheets: unitSheets(150) });
    const m = await both("read 150", fake, (ctx) => readWorkbookIn(ctx, { merges: true }));
    expect(m.real).toHaveLength(4);
    // The stand-in Excel reports no formula areas, so only the first three syncs ask the same things
    // of both; the contents sync asks fewer ranges of office.js than of the fake.
    expectCalibrated({ ...m, real: m.real.slice(0, 3), estimated: m.estimated.slice(0, 3) });
    expect(m.real[3].bytes).toBeLessThanOrEqual(m.estimated.slice(3).reduce((t, b) => t + b, 0));
  });

  it.each([150, 1000])(
    "writes the results of %p units, each request under 5 MB as office.js serialises it",
    async (n) => {
      const { fake, info, plans } = await unitsAndPlans(n);
      const m = await both(`write ${n}`, fake, (ctx) => writePlansIn(ctx, plans, info, { nonce: "abcde" }));
      const body = JSON.stringify(m.real.map((r) => r.body));
      // Genuine requests: sheets added, formulas set, tables added from ranges, print setup and page breaks.
      for (const member of [
        '"Name":"Add"',
        '"Name":"Formulas"',
        '"Name":"PageLayout"',
        '"Name":"HorizontalPageBreaks"',
        '"Name":"Tables"',
      ])
        expect(body).toContain(member);
      expectCalibrated(m);
    },
    300_000,
  );

  it("highlights 5,000 cells and clears them again", async () => {
    const units = unitSheets(40);
    const fake = new FakeExcel({ sheets: units });
    const findings: Finding[] = units.flatMap((u) =>
      Array.from({ length: 125 }, (_, i) => ({
        rule: "score-over-max",
        severity: "error" as const,
        sheet: u.name,
        cell: `${i % 2 ? "E" : "F"}${10 + Math.floor(i / 2)}`,
        message: "Điểm tự chấm vượt điểm tối đa",
        messageEn: "Self score above the maximum",
      })),
    );
    const model = modelOf(fake);
    const h = await both("highlight 5000", fake, (ctx) => highlightIn(ctx, findings), model);
    expectCalibrated(h);
    // The store now holds 5,000 originals; the stand-in Excel shows the same store.
    const store = fake.sheet("_ParIndex_highlights")!;
    const rows: unknown[][] = [];
    for (const [k, c] of store.cells) (rows[Math.floor(k / 16384)] ??= [])[k % 16384] = c.value ?? "";
    const withStore = [
      ...model,
      { id: store.id, name: store.name, visibility: "VeryHidden", rows: rows.length, cols: 5, values: rows },
    ];
    // clear runs on a copy of the fake's state after highlighting (the office.js run is first).
    const c = await both("clear 5000", fake, (ctx) => clearHighlightsIn(ctx), withStore, HIGHLIGHTED);
    expectCalibrated(c);
    expect(JSON.stringify(c.real.map((r) => r.body))).toContain('"Name":"Delete"');
  });

  it("imports three unit files of about 1 MB each", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Tổng hợp", values: [["x"]] }] });
    const big = (unit: string) =>
      encodeFakeWorkbook([
        {
          name: "Tự chấm",
          values: Array.from({ length: 4000 }, (_, i) => [`${i}`, `${unit}: nội dung tiêu chí đánh giá số ${i}`, 1]),
        },
      ]);
    const files = ["Phường Hồng Hà", "Xã Dân Chủ", "Xã Kỳ Thượng"].map((u) => ({
      fileName: `${u}.xlsx`,
      base64: big(u),
    }));
    const m = await both("import 3 files", fake, (ctx) => importIn(ctx, files));
    expectCalibrated(m);
  });
});
