// The fake's cells: reading and creating them, what Excel shows for them, how it stores what is
// typed (entered) into them, sheets built from init records, and finding cells by kind (special
// cells). Pure data and functions over state.ts.
import { parseA1, parseRange } from "../../core/index.js";
import type { CellValue } from "../../core/index.js";
import {
  type Bounds,
  cellCount,
  cellKey,
  checkSheetName,
  type FakeCell,
  type FakeScalar,
  type FakeSheet,
  type FakeSheetInit,
  type FakeWorkbookState,
  fillOf,
  MAX_COLS,
  newSheet,
  officeError,
} from "./state.js";

/** The error values Excel recognises when they are typed into a cell. */
const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Excel's limits on what one cell holds (Excel specifications and limits). */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_CELL_TEXT = 32767;

/** The stored cell, if any. */
export function getCell(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(r, c));
}

/** The stored cell, created when missing. */
export function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
  const k = cellKey(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = {};
    sheet.cells.set(k, cell);
  }
  return cell;
}

/** Every stored cell inside bounds, with its position. */
export function* cellsIn(sheet: FakeSheet, b: Bounds): Generator<{ r: number; c: number; cell: FakeCell }> {
  if (cellCount(b) < sheet.cells.size) {
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) yield { r, c, cell };
      }
    return;
  }
  for (const [k, cell] of sheet.cells) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) yield { r, c, cell };
  }
}

/** Whether a cell holds a value or a formula. */
export function hasContent(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

function hasFormat(cell: FakeCell): boolean {
  return Object.keys(cell).some(
    (k) => k !== "value" && k !== "formula" && (cell as Record<string, unknown>)[k] !== undefined,
  );
}

/** The used range: cells with a value or formula (and, unless valuesOnly, any format); A1 when there is none. */
export function usedBounds(sheet: FakeSheet, valuesOnly: boolean): Bounds {
  let b: Bounds | undefined;
  for (const [k, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormat(cell))) continue;
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    b = b
      ? { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) }
      : { r0: r, c0: c, r1: r, c1: c };
  }
  return b ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
}

/** What `range.values` shows for a cell: "" when empty, errors as their text. */
export function shownValue(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value;
  if (v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

/** What `range.valueTypes` shows for a cell. */
export function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** How Excel stores what it is given through `values` or `formulas` (as if typed, unless the cell is formatted as text). */
export function enterInput(cell: FakeCell, input: unknown): void {
  cell.quotePrefix = undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw officeError("InvalidArgument", "Invalid number.");
    cell.value = input;
    cell.formula = undefined;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    cell.formula = undefined;
    return;
  }
  if (typeof input !== "string")
    throw officeError("InvalidArgument", `Unsupported cell input ${JSON.stringify(input)}.`);
  // Rule (Excel specifications and limits): "Total number of characters that a cell can contain: 32,767".
  if (input.length > MAX_CELL_TEXT)
    throw officeError("InvalidArgument", `A text of ${input.length} characters is longer than 32,767.`);
  cell.formula = undefined;
  if (input === "") {
    cell.value = undefined;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    if (cell.value === "") cell.value = undefined;
    return;
  }
  const t = input.trim();
  if (t.startsWith("=") && t.length > 1) {
    // Rule (Excel specifications and limits): "Length of formula contents: 8,192 characters".
    if (t.length > MAX_FORMULA_LENGTH)
      throw officeError("InvalidArgument", `A formula of ${t.length} characters is longer than 8,192.`);
    cell.formula = t;
    cell.value = undefined;
    return;
  }
  const num = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(%?)$/.exec(t);
  if (num) {
    const n = Number(t.replace("%", ""));
    cell.value = num[3] ? n / 100 : n;
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    return;
  }
  if (ERRORS.has(t.toUpperCase())) {
    cell.value = { error: t.toUpperCase() };
    return;
  }
  if (/^[-+@]/.test(t)) {
    // Excel turns "- text" into a formula (=- text), which then fails to calculate.
    cell.formula = `=${t}`;
    cell.value = { error: "#NAME?" };
    return;
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date) {
    cell.value = Math.round(Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])) / 86_400_000) + 25_569;
    return;
  }
  cell.value = input;
}

/** Cell value from a snapshot value. */
export function fromCellValue(v: CellValue): FakeScalar | undefined {
  if (v === null || v === "") return undefined;
  if (typeof v === "object") return { error: v.error };
  return v;
}

/** Builds a sheet from an init record (a SheetSnapshot fits). */
export function sheetFromInit(state: FakeWorkbookState, init: FakeSheetInit): FakeSheet {
  checkSheetName(state, init.name);
  const sheet = newSheet(state, init.name);
  const r0 = init.originRow ?? 0;
  const c0 = init.originCol ?? 0;
  (init.values ?? []).forEach((row, i) =>
    (row ?? []).forEach((v, j) => {
      const f = init.formulas?.[i]?.[j] ?? null;
      const value = fromCellValue(v ?? null);
      if (value === undefined && !f) return;
      const cell = cellAt(sheet, r0 + i, c0 + j);
      cell.value = value;
      if (f) cell.formula = f;
    }),
  );
  init.formulas?.forEach((row, i) =>
    (row ?? []).forEach((f, j) => {
      if (f && !sheet.cells.has(cellKey(r0 + i, c0 + j))) cellAt(sheet, r0 + i, c0 + j).formula = f;
    }),
  );
  for (const r of init.hiddenRows ?? []) sheet.hiddenRows.add(r);
  for (const m of init.merges ?? []) {
    const b = parseRange(m);
    if (!b) throw new Error(`bad merge address ${m}`);
    sheet.merges.push(b);
  }
  for (const [addr, color] of Object.entries(init.fills ?? {})) {
    const p = parseA1(addr);
    if (!p) throw new Error(`bad fill address ${addr}`);
    cellAt(sheet, p.row, p.col).fill = fillOf({ color });
  }
  sheet.visibility = init.visibility ?? "Visible";
  sheet.protected = init.protected ?? false;
  for (const [k, v] of Object.entries(init.customProperties ?? {}))
    sheet.customProperties.set(k.toLowerCase(), { key: k, value: v });
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Special cells

/** Areas (rectangles) covering the cells where `pick` holds, inside bounds: row runs merged downwards. */
export function areasWhere(
  sheet: FakeSheet,
  b: Bounds,
  pick: (cell: FakeCell | undefined, r: number, c: number) => boolean,
  dense = false,
): Bounds[] {
  const runsByRow = new Map<number, [number, number][]>();
  const consider = (r: number, c: number, cell: FakeCell | undefined) => {
    if (!pick(cell, r, c)) return;
    const runs = runsByRow.get(r) ?? [];
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
    runsByRow.set(r, runs);
  };
  if (dense) {
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) consider(r, c, getCell(sheet, r, c));
  } else {
    const found = [...cellsIn(sheet, b)].sort((x, y) => x.r - y.r || x.c - y.c);
    for (const { r, c, cell } of found) consider(r, c, cell);
  }
  const areas: Bounds[] = [];
  const open = new Map<string, Bounds>();
  for (const r of [...runsByRow.keys()].sort((x, y) => x - y)) {
    const next = new Map<string, Bounds>();
    for (const [c0, c1] of runsByRow.get(r)!) {
      const key = `${c0}:${c1}`;
      const prev = open.get(key);
      if (prev && prev.r1 === r - 1) {
        prev.r1 = r;
        next.set(key, prev);
      } else {
        const area = { r0: r, c0, r1: r, c1 };
        areas.push(area);
        next.set(key, area);
      }
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  return areas.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}

/** Visible rows of bounds as areas spanning its columns (the fake hides rows, never columns). */
export function visibleAreas(sheet: FakeSheet, b: Bounds): Bounds[] {
  const areas: Bounds[] = [];
  let start = -1;
  for (let r = b.r0; r <= b.r1 + 1; r++) {
    const visible = r <= b.r1 && !sheet.hiddenRows.has(r);
    if (visible && start < 0) start = r;
    if (!visible && start >= 0) {
      areas.push({ r0: start, c0: b.c0, r1: r - 1, c1: b.c1 });
      start = -1;
    }
  }
  return areas;
}
