// The fake workbook's data: sheets, cells, formats and the workbook objects the adapter creates,
// with the operations Excel performs on them. Pure data and functions, no proxies: fake/proxies.ts
// queues calls and runs these at sync time. Browser-safe (bundled into the preview page).
import { a1, colIndex, nameKey, parseA1, parseRange } from "../../core/index.js";
import type { CellValue } from "../../core/index.js";
import { quoteSheetName, renameSheetRefs } from "../formulaRefs.js";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type FakeScalar = string | number | boolean | { error: string };

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell without fill. */
export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

/** A complete fill (Excel always has every part): a solid colour unless said otherwise. */
export function fillOf(parts: Partial<FakeFill>): FakeFill {
  return { ...NO_FILL, pattern: "Solid", ...parts, ...(parts.color ? { color: parts.color.toUpperCase() } : {}) };
}

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
}

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeCell {
  /** Undefined: empty, or a formula the fake has no result for. */
  value?: FakeScalar;
  formula?: string;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  /** Undefined: no fill. */
  fill?: FakeFill;
  font?: FakeFont;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, FakeBorder>;
  locked?: boolean;
}

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeConditionalFormat {
  range: string;
  type: "ColorScale" | "CellValue";
  criteria?: unknown;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
}

export interface FakeValidation {
  range: string;
  rule?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  legend?: boolean;
  categories?: string;
  position?: { start: string; end?: string };
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  printTitleRows?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Protected sheets refuse every change to cells and formats (AccessDenied). */
  protected: boolean;
  deleted?: boolean;
  cells: Map<number, FakeCell>;
  hiddenRows: Set<number>;
  /** Points. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Font set on the whole sheet. */
  defaultFont: FakeFont;
  merges: Bounds[];
  freeze?: { rows: number; columns: number };
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  charts: FakeChart[];
  pageLayout: FakePageLayout;
  /** Key (case-insensitive, as Excel) → property. */
  customProperties: Map<string, { key: string; value: string }>;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  range: string;
  hasHeaders: boolean;
  style: string;
  showFilterButton: boolean;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  comment?: string;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: FakeName[];
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  nextId: number;
}

/** A sheet to start the fake with. A SheetSnapshot fits (values and formulas from its origin). */
export interface FakeSheetInit {
  name: string;
  originRow?: number;
  originCol?: number;
  values?: CellValue[][];
  /** "=…" where a cell holds a formula; its value (the result) comes from `values`. */
  formulas?: (string | null)[][];
  hiddenRows?: number[];
  /** A1 → "#RRGGBB" solid fill. */
  fills?: Record<string, string>;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  customProperties?: Record<string, string>;
  /** Merged areas, "E9:E11". */
  merges?: string[];
}

/** The error Office throws, with its code (RichApi.Error). */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** An Office error with this code. */
export function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** Key of a cell in FakeSheet.cells. */
export const cellKey = (r: number, c: number): number => r * MAX_COLS + c;

/** Bounds of a local address ("A1", "B2:C9", "$A$1", "A:C", "3:5"); throws InvalidArgument. */
export function parseLocal(address: string): Bounds {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2 || parts[0] === "") throw officeError("InvalidArgument", `Invalid address "${address}".`);
  const [p, q = p] = parts;
  if (/^[A-Za-z]{1,3}$/.test(p) && /^[A-Za-z]{1,3}$/.test(q)) {
    return order({ r0: 0, c0: colIndex(p), r1: MAX_ROWS - 1, c1: colIndex(q) });
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) return order({ r0: Number(p) - 1, c0: 0, r1: Number(q) - 1, c1: MAX_COLS - 1 });
  const a = parseA1(p);
  const b = parseA1(q);
  if (!a || !b) throw officeError("InvalidArgument", `Invalid address "${address}".`);
  const bounds = order({ r0: a.row, c0: a.col, r1: b.row, c1: b.col });
  if (bounds.r0 < 0 || bounds.c0 < 0 || bounds.r1 >= MAX_ROWS || bounds.c1 >= MAX_COLS) throw officeError("InvalidArgument", `Invalid address "${address}".`);
  return bounds;
}

function order(b: Bounds): Bounds {
  return { r0: Math.min(b.r0, b.r1), c0: Math.min(b.c0, b.c1), r1: Math.max(b.r0, b.r1), c1: Math.max(b.c0, b.c1) };
}

/** Local A1 text of bounds, as Excel writes it ("A1", "A1:C3", "A:C", "2:2"). */
export function localAddress(b: Bounds): string {
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1) {
    const cols = (c: number) => a1(0, c).replace(/\d+$/, "");
    return `${cols(b.c0)}:${cols(b.c1)}`;
  }
  if (b.c0 === 0 && b.c1 === MAX_COLS - 1) return `${b.r0 + 1}:${b.r1 + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? a1(b.r0, b.c0) : `${a1(b.r0, b.c0)}:${a1(b.r1, b.c1)}`;
}

/** Sheet-qualified address as Excel reports it ("'P. Hồng Hà'!A1:B2"). */
export function qualified(sheet: FakeSheet, b: Bounds): string {
  return `${quoteSheetName(sheet.name)}!${localAddress(b)}`;
}

/** Number of cells in bounds. */
export function cellCount(b: Bounds): number {
  return (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
}

/** Whether two rectangles share a cell. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Whether bounds cover the whole sheet (getRange() without address). */
export function isWholeSheet(b: Bounds): boolean {
  return b.r0 === 0 && b.c0 === 0 && b.r1 === MAX_ROWS - 1 && b.c1 === MAX_COLS - 1;
}

// ---------------------------------------------------------------------------------------------
// Sheets

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** An empty, visible sheet with a fresh id (not yet in the workbook). */
export function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const id = `{00000000-0000-4000-8000-${String(state.nextId++).padStart(12, "0")}}`;
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    hiddenRows: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    defaultFont: {},
    merges: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    pageLayout: {},
    customProperties: new Map(),
  };
}

/** Throws like Excel when `name` is not a valid sheet name or is taken by another sheet. */
export function checkSheetName(state: FakeWorkbookState, name: string, self?: FakeSheet): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'") || nameKey(name) === "history") {
    throw officeError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
  }
  if (state.sheets.some((s) => s !== self && nameKey(s.name) === nameKey(name))) {
    throw officeError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
  }
}

/** The sheet with this id, or else this name (compared as Excel does). */
export function findSheet(state: FakeWorkbookState, key: string): FakeSheet | undefined {
  return state.sheets.find((s) => s.id === key) ?? state.sheets.find((s) => nameKey(s.name) === nameKey(key));
}

/** Adds a sheet as worksheets.add does ("SheetN" when unnamed); throws on a bad or taken name. */
export function addSheet(state: FakeWorkbookState, name?: string, index = state.sheets.length): FakeSheet {
  let n = name;
  if (n === undefined) {
    let i = state.sheets.length + 1;
    while (findSheet(state, `Sheet${i}`)) i++;
    n = `Sheet${i}`;
  }
  checkSheetName(state, n);
  const sheet = newSheet(state, n);
  state.sheets.splice(index, 0, sheet);
  if (!state.activeSheetId) state.activeSheetId = sheet.id;
  return sheet;
}

/** Renames a sheet; formulas and names that referred to it follow, as in Excel. */
export function renameSheet(state: FakeWorkbookState, sheet: FakeSheet, name: string): void {
  if (sheet.name === name) return;
  checkSheetName(state, name, sheet);
  const old = sheet.name;
  sheet.name = name;
  rewriteRefs(state, (s) => (nameKey(s) === nameKey(old) ? name : undefined));
}

/** Deletes a sheet: its tables go, references to it become #REF!, as in Excel. */
export function deleteSheet(state: FakeWorkbookState, sheet: FakeSheet): void {
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 1 && visible[0] === sheet) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  const i = state.sheets.indexOf(sheet);
  state.sheets.splice(i, 1);
  sheet.deleted = true;
  state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
  const gone = "#GONE#";
  rewriteRefs(state, (s) => (nameKey(s) === nameKey(sheet.name) ? gone : undefined));
  const broken = (f: string) => f.replace(/'#GONE#'!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/g, "#REF!");

  for (const s of state.sheets) for (const c of s.cells.values()) if (c.formula) c.formula = broken(c.formula);
  for (const n of state.names) n.formula = broken(n.formula);
  if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
  if (state.selection?.sheetId === sheet.id) state.selection = undefined;
}

function rewriteRefs(state: FakeWorkbookState, rename: (sheet: string) => string | undefined): void {
  for (const s of state.sheets) for (const c of s.cells.values()) if (c.formula) c.formula = renameSheetRefs(c.formula, rename);
  for (const n of state.names) n.formula = renameSheetRefs(n.formula, rename);
}

/** Moves a sheet to a tab position. */
export function moveSheet(state: FakeWorkbookState, sheet: FakeSheet, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= state.sheets.length) throw officeError("InvalidArgument", `Invalid position ${position}.`);
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  state.sheets.splice(position, 0, sheet);
}

/** Shows or hides a sheet; the last visible sheet cannot be hidden. */
export function setVisibility(state: FakeWorkbookState, sheet: FakeSheet, v: string): void {
  if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeError("InvalidArgument", `Invalid visibility "${v}".`);
  if (v !== "Visible" && sheet.visibility === "Visible" && state.sheets.filter((s) => s.visibility === "Visible").length === 1) {
    throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = v;
  if (v !== "Visible" && state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
}

/** Throws as Excel does when a sheet is deleted (ItemNotFound) or protected (AccessDenied). */
export function assertEditable(sheet: FakeSheet): void {
  if (sheet.deleted) throw officeError("ItemNotFound", `The worksheet "${sheet.name}" was deleted.`);
  if (sheet.protected) throw officeError("AccessDenied", `The worksheet "${sheet.name}" is protected.`);
}

// ---------------------------------------------------------------------------------------------
// Cells

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
  return Object.keys(cell).some((k) => k !== "value" && k !== "formula" && (cell as Record<string, unknown>)[k] !== undefined);
}

/** The used range: cells with a value or formula (and, unless valuesOnly, any format); A1 when there is none. */
export function usedBounds(sheet: FakeSheet, valuesOnly: boolean): Bounds {
  let b: Bounds | undefined;
  for (const [k, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormat(cell))) continue;
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    b = b ? { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) } : { r0: r, c0: c, r1: r, c1: c };
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
  if (typeof input !== "string") throw officeError("InvalidArgument", `Unsupported cell input ${JSON.stringify(input)}.`);
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
  for (const [k, v] of Object.entries(init.customProperties ?? {})) sheet.customProperties.set(k.toLowerCase(), { key: k, value: v });
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Special cells

/** Areas (rectangles) covering the cells where `pick` holds, inside bounds: row runs merged downwards. */
export function areasWhere(sheet: FakeSheet, b: Bounds, pick: (cell: FakeCell | undefined, r: number, c: number) => boolean, dense = false): Bounds[] {
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
