// The fake workbook's data: sheets, cells, formats and the workbook objects the adapter creates,
// with the operations Excel performs on sheets and addresses (cells are in cells.ts). Pure data and
// functions, no proxies: the proxy families (workbook.ts, names.ts, ranges.ts, formats.ts,
// tables.ts) queue calls and run these at sync time. Browser-safe (bundled into the preview page,
// never into a production bundle).
import { a1, colIndex, nameKey, parseA1 } from "../../core/index.js";
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
export const NO_FILL: FakeFill = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};

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
  printTitleColumns?: string;
  printArea?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Manual page breaks: the rows (1-based, as Excel numbers them) that start a new page, ascending. */
  horizontalPageBreaks?: number[];
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
  /** What a file's sheet holds that the fake does not model but Excel on the web refuses to insert. */
  features?: ("comments" | "charts" | "pivotTables" | "slicers")[];
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
  if (/^\d+$/.test(p) && /^\d+$/.test(q))
    return order({ r0: Number(p) - 1, c0: 0, r1: Number(q) - 1, c1: MAX_COLS - 1 });
  const a = parseA1(p);
  const b = parseA1(q);
  if (!a || !b) throw officeError("InvalidArgument", `Invalid address "${address}".`);
  const bounds = order({ r0: a.row, c0: a.col, r1: b.row, c1: b.col });
  if (bounds.r0 < 0 || bounds.c0 < 0 || bounds.r1 >= MAX_ROWS || bounds.c1 >= MAX_COLS)
    throw officeError("InvalidArgument", `Invalid address "${address}".`);
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
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    nameKey(name) === "history"
  ) {
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
  if (visible.length === 1 && visible[0] === sheet)
    throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
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
  for (const s of state.sheets)
    for (const c of s.cells.values()) if (c.formula) c.formula = renameSheetRefs(c.formula, rename);
  for (const n of state.names) n.formula = renameSheetRefs(n.formula, rename);
}

/** Moves a sheet to a tab position. */
export function moveSheet(state: FakeWorkbookState, sheet: FakeSheet, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= state.sheets.length)
    throw officeError("InvalidArgument", `Invalid position ${position}.`);
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  state.sheets.splice(position, 0, sheet);
}

/** Shows or hides a sheet; the last visible sheet cannot be hidden. */
export function setVisibility(state: FakeWorkbookState, sheet: FakeSheet, v: string): void {
  if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
    throw officeError("InvalidArgument", `Invalid visibility "${v}".`);
  if (
    v !== "Visible" &&
    sheet.visibility === "Visible" &&
    state.sheets.filter((s) => s.visibility === "Visible").length === 1
  ) {
    throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = v;
  if (v !== "Visible" && state.activeSheetId === sheet.id)
    state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
}

/** Throws as Excel does when a sheet is deleted (ItemNotFound) or protected (AccessDenied). */
export function assertEditable(sheet: FakeSheet): void {
  if (sheet.deleted) throw officeError("ItemNotFound", `The worksheet "${sheet.name}" was deleted.`);
  if (sheet.protected) throw officeError("AccessDenied", `The worksheet "${sheet.name}" is protected.`);
}
