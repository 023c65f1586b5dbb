// Reading the open workbook into the engine's snapshot with a bounded number of syncs:
//   1. the sheet list and workbook names;
//   2. for every sheet at once: its marker, tables, used range, hidden rows (visible areas), and
//      where its formulas and error values are (special cells: a few short address strings);
//   (2b. merged areas, in a sync of their own, see readMerges;)
//   3. the contents: values of every used range, formulas only where there are formulas; large
//      sheets are cut into row blocks and all blocks are queued before one sync.
// Step 3 is one sync as long as the expected response stays under SYNC_BUDGET (4 MB): about
// 170,000 cells at READ_BYTES_PER_CELL, i.e. some 200 typical submission sheets. Beyond that the
// blocks are spread over ⌈size / budget⌉ syncs, because Excel on the web refuses a response over
// 5 MB; if Excel still refuses one (unusually long texts), that group is halved and read again.
import { parseRange, rangeA1 } from "../core/index.js";
import type { CellValue, GeneratedKind, SheetSnapshot, WorkbookSnapshot } from "../core/index.js";
import type { XRange, XRangeAreas, XRequestContext, XWorksheet } from "./api.js";
import { splitAreas } from "./formulaRefs.js";
import type { OnProgress } from "./gateway.js";
import { inspectWorkbook, type WorkbookInfo } from "./inspect.js";
import { HIGHLIGHT_STORE_KIND } from "./markers.js";
import { OP_OVERHEAD, packBySize, SYNC_BUDGET } from "./payload.js";

/** Expected response bytes per cell of `values` (by the estimate of payload.ts): measured ≈ 24 on typical submission sheets. */
export const READ_BYTES_PER_CELL = 24;
/** Formula text is longer than a value. */
const FORMULA_BYTES_PER_CELL = 64;
/** What asking for one piece costs in the request (getRange and load, payload.ts): a group stays within the budget both ways. */
const PIECE_REQUEST_BYTES = 2 * OP_OVERHEAD + 32;
/** Past this many formula areas on a sheet, formulas are read for the whole used range instead. */
const MAX_FORMULA_AREAS = 200;

/**
 * Generated kinds whose contents the engine reads back: the criteria set and template, the summary
 * (survey and bonus points staff typed) and the remediation plans (causes, remedies, deadlines staff
 * typed), and the document header kept in the workbook ("Thông tin văn bản"). Detail, ranking, analysis and checks sheets are pure outputs, recomputed on every run, so
 * they are listed with empty values and cost nothing to read.
 */
export const READ_GENERATED_KINDS: readonly GeneratedKind[] = [
  "framework",
  "template",
  "summary",
  "plan",
  "unit-plan",
  "document",
];

export interface ReadOptions {
  onProgress?: OnProgress;
  /** Generated sheets whose contents are read (default READ_GENERATED_KINDS); others come with empty values. */
  readGenerated?: readonly string[];
  /** Per-sync response budget (tests lower it). */
  budget?: number;
  /** Read merged areas too (ExcelApi 1.13): a merged evidence cell then covers every row it spans. */
  merges?: boolean;
}

interface Measured {
  used: XRange;
  merged?: XRangeAreas;
  visible: XRangeAreas;
  formulas: XRangeAreas;
  formulaErrors: XRangeAreas;
  constantErrors: XRangeAreas;
}

interface Bounds {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** One range to read: a row block of values (+ formulas), or the formulas of one formula area. */
interface Piece {
  sheet: number;
  kind: "values" | "values+formulas" | "formulas";
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  bytes: number;
}

const labels = {
  list: "Đang đọc danh sách trang tính…",
  measure: "Đang đo vùng dữ liệu của các trang tính…",
  content: (i: number, n: number) => (n > 1 ? `Đang đọc dữ liệu (${i}/${n})…` : "Đang đọc dữ liệu…"),
};

/** Reads every sheet's used range into a snapshot; also returns what it learnt about the sheets (for writing). */
export async function readWorkbookIn(
  ctx: XRequestContext,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; info: WorkbookInfo }> {
  const progress = options.onProgress ?? (() => undefined);
  const budget = options.budget ?? SYNC_BUDGET;
  progress({ done: 0, total: 3, label: labels.list });
  const { info, worksheets, extras } = await inspectWorkbook(ctx, (ws) => measure(ws));
  progress({ done: 2, total: 3, label: labels.measure });
  if (options.merges) await readMerges(ctx, worksheets, extras);

  const wanted = new Set(options.readGenerated ?? READ_GENERATED_KINDS);
  const sheets = info.sheets.map((s, i) => ({ info: s, m: extras[i], bounds: boundsOf(extras[i].used) }));
  const read = sheets.map((s) => s.info.generated === undefined || wanted.has(s.info.generated));

  const pieces: Piece[] = [];
  sheets.forEach((s, i) => {
    if (read[i]) pieces.push(...piecesOf(i, s.bounds, s.m, budget));
  });
  const grids = sheets.map((s) => ({
    values: Array.from({ length: s.bounds.rows }, () => new Array<unknown>(s.bounds.cols).fill("")),
    formulas: Array.from({ length: s.bounds.rows }, () => new Array<unknown>(s.bounds.cols).fill(null)),
  }));

  // Request and response are limited apart: a group stays within the budget on both.
  const groups = packBySize(pieces, (p) => p.bytes, budget).flatMap((g) =>
    packBySize(g, () => PIECE_REQUEST_BYTES, budget),
  );
  let done = 0;
  for (const group of groups) {
    progress({ done: 2 + done, total: 2 + groups.length, label: labels.content(done + 1, groups.length) });
    await readPieces(
      ctx,
      group,
      (i) => worksheets[i],
      grids,
      sheets.map((s) => s.bounds),
    );
    done++;
  }
  progress({ done: 2 + groups.length, total: 2 + groups.length, label: labels.content(groups.length, groups.length) });

  const snapshot: WorkbookSnapshot = {
    sheets: sheets
      .map((s, i): SheetSnapshot | undefined => {
        if (s.info.generated === HIGHLIGHT_STORE_KIND) return undefined;
        const base: SheetSnapshot = {
          name: s.info.name,
          originRow: s.bounds.r0,
          originCol: s.bounds.c0,
          values: [],
          formulas: [],
          hiddenRows: hiddenRows(s.m, s.bounds),
        };
        if (s.info.generated) base.generated = s.info.generated;
        const merged = s.m.merged ? areasOf(s.m.merged) : [];
        if (merged.length) base.merges = merged.map((a) => rangeA1(a.r0, a.c0, a.r1, a.c1));
        return read[i] ? { ...base, ...toSnapshotGrid(grids[i], s.bounds, errorCells(s.m)) } : base;
      })
      .filter((s): s is SheetSnapshot => s !== undefined),
  };
  return { snapshot, info };
}

function measure(ws: XWorksheet): Measured {
  const used = ws.getUsedRange(true).load("address,rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  return {
    used,
    visible: used.getSpecialCellsOrNullObject("Visible").load("address"),
    formulas: used.getSpecialCellsOrNullObject("Formulas").load("address"),
    formulaErrors: used.getSpecialCellsOrNullObject("Formulas", "Errors").load("address"),
    constantErrors: used.getSpecialCellsOrNullObject("Constants", "Errors").load("address"),
  };
}

/**
 * Merged areas of every sheet, in a sync of their own. Range.getMergedAreasOrNullObject: "Note that
 * if the merged areas count in this range is more than 512, then this method will fail to return the
 * result." One such sheet must not break the whole read, so when the sync fails every sheet is asked
 * again on its own (one sync each, only then), and a sheet Excel still refuses is read without merges.
 */
async function readMerges(ctx: XRequestContext, worksheets: XWorksheet[], extras: Measured[]): Promise<void> {
  // A range returned by a method (getUsedRange) is valid only in the request that made it
  // (office.js: "The object path … isn't working for what you're trying to do"), so it is asked
  // again from the sheet, whose path stays valid.
  const ask = (m: Measured, i: number) =>
    (m.merged = worksheets[i].getUsedRange(true).getMergedAreasOrNullObject().load("address"));
  extras.forEach(ask);
  try {
    await ctx.sync();
    return;
  } catch {
    for (const m of extras) m.merged = undefined;
  }
  for (const [i, m] of extras.entries()) {
    ask(m, i);
    try {
      await ctx.sync();
    } catch {
      m.merged = undefined;
    }
  }
}

function boundsOf(used: XRange): Bounds {
  return { r0: used.rowIndex, c0: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

function areasOf(a: XRangeAreas): { r0: number; c0: number; r1: number; c1: number }[] {
  if (a.isNullObject) return [];
  return splitAreas(a.address)
    .map((x) => parseRange(x))
    .filter((b): b is NonNullable<typeof b> => b !== null);
}

/** Row blocks of a sheet's used range (each within the budget) and its formula areas. */
function piecesOf(sheet: number, b: Bounds, m: Measured, budget: number): Piece[] {
  const formulaAreas = areasOf(m.formulas);
  const wholeFormulas = formulaAreas.length > MAX_FORMULA_AREAS;
  const perCell = READ_BYTES_PER_CELL + (wholeFormulas ? FORMULA_BYTES_PER_CELL : 0);
  const blockRows = Math.max(1, Math.floor(budget / (b.cols * perCell)));
  const pieces: Piece[] = [];
  for (let r = 0; r < b.rows; r += blockRows) {
    const rows = Math.min(blockRows, b.rows - r);
    pieces.push({
      sheet,
      kind: wholeFormulas ? "values+formulas" : "values",
      r0: b.r0 + r,
      c0: b.c0,
      rows,
      cols: b.cols,
      bytes: rows * b.cols * perCell,
    });
  }
  if (!wholeFormulas) {
    for (const a of formulaAreas) {
      const rows = a.r1 - a.r0 + 1;
      const cols = a.c1 - a.c0 + 1;
      pieces.push({
        sheet,
        kind: "formulas",
        r0: a.r0,
        c0: a.c0,
        rows,
        cols,
        bytes: rows * cols * FORMULA_BYTES_PER_CELL,
      });
    }
  }
  return pieces;
}

type Grids = { values: unknown[][]; formulas: unknown[][] }[];

/** Reads a group of pieces in one sync; when Excel finds the response too big, halves the group and tries again. */
async function readPieces(
  ctx: XRequestContext,
  group: Piece[],
  sheetAt: (i: number) => XWorksheet,
  grids: Grids,
  bounds: Bounds[],
): Promise<void> {
  const loads = group.map((p) => {
    const range = sheetAt(p.sheet).getRange(addressOf(p));
    range.load(p.kind === "values" ? "values" : p.kind === "formulas" ? "formulas" : "values,formulas");
    return range;
  });
  try {
    await ctx.sync();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RequestPayloadSizeLimitExceeded") throw e;
    const halves = splitGroup(group);
    if (!halves) throw e;
    for (const half of halves) await readPieces(ctx, half, sheetAt, grids, bounds);
    return;
  }
  group.forEach((p, k) => {
    const g = grids[p.sheet];
    const b = bounds[p.sheet];
    const values = p.kind === "formulas" ? undefined : loads[k].values;
    const formulas = p.kind === "values" ? undefined : loads[k].formulas;
    for (let i = 0; i < p.rows; i++)
      for (let j = 0; j < p.cols; j++) {
        const r = p.r0 - b.r0 + i;
        const c = p.c0 - b.c0 + j;
        if (values) g.values[r][c] = values[i][j];
        if (formulas) {
          const f = formulas[i][j];
          // Where formulas were read wholesale, a constant shows its value; text "=…" equals its value.
          if (typeof f === "string" && f.startsWith("=") && (p.kind === "formulas" || f !== values?.[i][j]))
            g.formulas[r][c] = f;
        }
      }
  });
}

function splitGroup(group: Piece[]): Piece[][] | undefined {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const p = group[0];
  if (p.rows < 2) return undefined;
  const top = p.rows >> 1;
  const per = p.bytes / p.rows;
  return [
    [{ ...p, rows: top, bytes: per * top }],
    [{ ...p, r0: p.r0 + top, rows: p.rows - top, bytes: per * (p.rows - top) }],
  ];
}

function addressOf(p: { r0: number; c0: number; rows: number; cols: number }): string {
  return rangeA1(p.r0, p.c0, p.r0 + p.rows - 1, p.c0 + p.cols - 1);
}

function errorCells(m: Measured): Set<string> {
  const out = new Set<string>();
  for (const a of [...areasOf(m.formulaErrors), ...areasOf(m.constantErrors)])
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) out.add(`${r},${c}`);
  return out;
}

/** Absolute rows of the used range that are hidden. */
function hiddenRows(m: Measured, b: Bounds): number[] {
  const all = Array.from({ length: b.rows }, (_, i) => b.r0 + i);
  if (m.used.rowHidden === false) return [];
  if (m.used.rowHidden === true) return all;
  const visible = new Set<number>();
  for (const a of areasOf(m.visible)) for (let r = a.r0; r <= a.r1; r++) visible.add(r);
  return all.filter((r) => !visible.has(r));
}

/** Office's grids → the snapshot's: "" → null, error cells → { error }, rows trimmed after their last used cell. */
function toSnapshotGrid(
  g: Grids[number],
  b: Bounds,
  errors: Set<string>,
): { values: CellValue[][]; formulas: (string | null)[][] } {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < b.rows; i++) {
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    for (let j = 0; j < b.cols; j++) {
      const raw = g.values[i][j];
      const f = (g.formulas[i][j] as string | null) ?? null;
      let v: CellValue;
      if (errors.has(`${b.r0 + i},${b.c0 + j}`) && typeof raw === "string") v = { error: raw };
      else if (raw === "" && f === null) v = null;
      else v = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : null;
      vRow.push(v);
      fRow.push(f);
    }
    let end = vRow.length;
    while (end > 0 && vRow[end - 1] === null && fRow[end - 1] === null) end--;
    values.push(vRow.slice(0, end));
    formulas.push(fRow.slice(0, end));
  }
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    formulas.pop();
  }
  return { values, formulas };
}
