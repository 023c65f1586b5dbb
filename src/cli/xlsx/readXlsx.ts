// Reading an .xlsx file into the engine's WorkbookSnapshot, refusing anything that is not a
// readable workbook with a message that names the file (never a stack trace).
import { promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import type { CellValue, GeneratedKind, SheetSnapshot, WorkbookSnapshot } from "../../core/index.js";
import { toCellValue } from "./cellValue.js";
import { InputFileError } from "./errors.js";
import { fromFileFormula } from "./fileFormula.js";
import { generatedSheets } from "./marker.js";
import { sheetNameKey } from "./sheetNames.js";

/** A workbook file as the engine sees it (snapshot) and as ExcelJS holds it (to write into or copy from). */
export interface ReadResult {
  snapshot: WorkbookSnapshot;
  workbook: ExcelJS.Workbook;
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted .xlsx is an OLE compound file holding these streams (names stored in UTF-16LE).
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map((s) => Buffer.from(s, "utf16le"));
const ZIP_HEADER = Buffer.from("PK");
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Reads an .xlsx file; throws InputFileError (Vietnamese / English, naming the file) when it is not a readable workbook. */
export async function readXlsx(file: string): Promise<ReadResult> {
  const buffer = await readBytes(file);
  if (buffer.length === 0) throw new InputFileError(file, "empty");
  if (buffer.subarray(0, OLE_HEADER.length).equals(OLE_HEADER)) {
    throw new InputFileError(file, ENCRYPTION_STREAMS.some((s) => buffer.includes(s)) ? "encrypted" : "legacy-xls");
  }
  if (!buffer.subarray(0, 2).equals(ZIP_HEADER)) throw new InputFileError(file, "not-xlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer); // ExcelJS types its own Buffer
  } catch (e) {
    // A complete zip without a workbook part (a .docx, a zipped folder) is not damaged, just not a workbook.
    if (buffer.includes(ZIP_END) && !buffer.includes("xl/workbook")) throw new InputFileError(file, "not-xlsx", "", { cause: e });
    throw new InputFileError(file, "corrupt", e instanceof Error ? e.message : String(e), { cause: e });
  }
  if (workbook.worksheets.length === 0) {
    throw new InputFileError(file, buffer.includes("xl/workbook") ? "no-sheets" : "not-xlsx");
  }
  return { snapshot: snapshotWorkbook(workbook, file), workbook };
}

/** Snapshot of every worksheet of an ExcelJS workbook, in tab order, with generated sheets marked. */
export function snapshotWorkbook(workbook: ExcelJS.Workbook, source?: string): WorkbookSnapshot {
  const generated = generatedSheets(workbook);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.map((ws) => snapshotSheet(ws, { date1904, generated: generated.get(sheetNameKey(ws.name)) }));
  return source === undefined ? { sheets } : { source, sheets };
}

/**
 * One worksheet's used area (cells holding a value or a formula) as the engine reads it: values,
 * formulas ("=…", without the file's "_xlfn." prefixes), hidden rows. Rows are ragged (each ends at
 * its last used cell), so one stray cell far to the right costs one row, not the whole grid. Cells
 * inside a merged area other than its top-left are empty, as in Excel.
 */
export function snapshotSheet(ws: ExcelJS.Worksheet, options: { date1904?: boolean; generated?: GeneratedKind } = {}): SheetSnapshot {
  const date1904 = options.date1904 ?? false;
  const hiddenRows: number[] = [];
  // Pass 1: collect the used cells row by row (0-based), and the bounds of the used area.
  const used: { row: number; cols: number[]; values: CellValue[]; formulas: (string | null)[] }[] = [];
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r - 1);
    if (!row.hasValues) continue;
    const entry = { row: r - 1, cols: [] as number[], values: [] as CellValue[], formulas: [] as (string | null)[] };
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      // ExcelJS drops a falsy cached result (0, false, "") from cell.value; cell.result keeps it.
      const value = toCellValue(formula ? (cell.result as ExcelJS.CellValue) : cell.value, date1904);
      if (value === null && !formula) return;
      entry.cols.push(colNumber - 1);
      entry.values.push(value);
      entry.formulas.push(formula ? `=${fromFileFormula(formula)}` : null);
    });
    if (entry.cols.length === 0) continue;
    used.push(entry);
    r0 = Math.min(r0, entry.row);
    r1 = entry.row;
    for (const c of entry.cols) c0 = Math.min(c0, c);
  }
  const snapshot: SheetSnapshot = { name: ws.name, originRow: 0, originCol: 0, values: [], formulas: [], hiddenRows };
  const merges = (ws.model as { merges?: string[] }).merges;
  if (merges?.length) snapshot.merges = [...merges];
  if (options.generated) snapshot.generated = options.generated;
  if (used.length === 0) return snapshot;
  // Pass 2: place them into ragged rows relative to the used area's top-left cell.
  const values: CellValue[][] = Array.from({ length: r1 - r0 + 1 }, () => []);
  const formulas: (string | null)[][] = Array.from({ length: r1 - r0 + 1 }, () => []);
  for (const e of used) {
    const width = e.cols[e.cols.length - 1] - c0 + 1;
    const vRow: CellValue[] = new Array(width).fill(null);
    const fRow: (string | null)[] = new Array(width).fill(null);
    e.cols.forEach((c, i) => {
      vRow[c - c0] = e.values[i];
      fRow[c - c0] = e.formulas[i];
    });
    values[e.row - r0] = vRow;
    formulas[e.row - r0] = fRow;
  }
  return { ...snapshot, originRow: r0, originCol: c0, values, formulas };
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputFileError(file, "not-a-file");
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputFileError(file, "missing", "", { cause: e });
    throw new InputFileError(file, "unreadable", code ?? String(e), { cause: e });
  }
}
