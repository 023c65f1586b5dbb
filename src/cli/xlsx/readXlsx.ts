// Reading an .xlsx file into the engine's WorkbookSnapshot, refusing anything that is not a
// readable workbook with a message that names the file (never a stack trace).
import { constants as fsc, promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import type { CellValue, GeneratedKind, SheetSnapshot, UnreadSheet, WorkbookSnapshot } from "../../core/index.js";
import { toCellValue } from "./cellValue.js";
import { ZipError } from "./zip.js";
import { InputFileError } from "./errors.js";
import { fromFileFormula } from "./fileFormula.js";
import { generatedSheets } from "./marker.js";
import { DEFAULT_LIMITS, LimitError, Limits, ListedSheet, preflight, Preflight, Usage } from "./preflight.js";
import { sheetNameKey } from "./sheetNames.js";

/** A workbook file as the engine sees it (snapshot) and as ExcelJS holds it (to write into or copy from). */
export interface ReadResult {
  snapshot: WorkbookSnapshot;
  workbook: ExcelJS.Workbook;
  /** Sheets the workbook lists that were not read, each with why: damaged ("error") or not a worksheet ("skip"). */
  unread: UnreadSheet[];
}

/** A sheet the workbook lists but that is not in the snapshot. */
export type { UnreadSheet };

export interface ReadOptions {
  limits?: Limits;
  /** Shared by the files of one run: the cells limit is for all of them together. */
  usage?: Usage;
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted .xlsx is an OLE compound file holding these streams (names stored in UTF-16LE).
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map((s) => Buffer.from(s, "utf16le"));
const ZIP_HEADER = Buffer.from("PK");

/** Reads an .xlsx file; throws InputFileError (Vietnamese / English, naming the file) when it is not a readable workbook or is past a limit. */
export async function readXlsx(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const buffer = await readBytes(file, limits.maxBytes);
  if (buffer.length === 0) throw new InputFileError(file, "empty");
  if (buffer.subarray(0, OLE_HEADER.length).equals(OLE_HEADER)) {
    throw new InputFileError(file, ENCRYPTION_STREAMS.some((s) => buffer.includes(s)) ? "encrypted" : "legacy-xls");
  }
  if (!buffer.subarray(0, 2).equals(ZIP_HEADER)) throw new InputFileError(file, "not-xlsx");
  // Limits and the list of sheets, before ExcelJS inflates or allocates anything.
  let pre: Preflight;
  const usage = options.usage ?? { cells: 0 };
  try {
    pre = await preflight(buffer, limits, usage);
  } catch (e) {
    if (e instanceof LimitError) throw new InputFileError(file, "too-large", [e.vi, e.en], { cause: e });
    if (e instanceof ZipError) throw new InputFileError(file, "corrupt", [e.vi, e.message], { cause: e });
    // Anything else the structure reader met (a read past the buffer on a malformed header) is damage too.
    throw new InputFileError(file, "corrupt", ["cấu trúc tệp nén không hợp lệ", "invalid zip structure"], { cause: e });
  }
  if (!pre.entries.some((e) => e.name.replace(/^\//, "") === "xl/workbook.xml"))
    throw new InputFileError(file, "not-xlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await quietly(() => workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)); // ExcelJS types its own Buffer
  } catch (e) {
    // What ExcelJS says is about its own insides ("Cannot read properties of undefined"): not for users.
    throw new InputFileError(
      file,
      "corrupt",
      ["nội dung XML của sổ tính không hợp lệ", "the workbook's XML content is invalid"],
      { cause: e },
    );
  }
  const unread = accountFor(pre.sheets, workbook);
  if (workbook.worksheets.length === 0) {
    const bad = unread.find((u) => u.severity === "error");
    if (bad)
      throw new InputFileError(file, "corrupt", [
        `trang "${bad.sheet}": ${bad.reasonVi}`,
        `sheet "${bad.sheet}": ${bad.reasonEn}`,
      ]);
    throw new InputFileError(file, "no-sheets");
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = snapshotWorkbook(workbook, file);
  } catch (e) {
    throw new InputFileError(file, "corrupt", ["nội dung ô không hợp lệ", "invalid cell content"], { cause: e });
  }
  return { snapshot, workbook, unread };
}

const KIND_VI: Record<ListedSheet["kind"], [string, string]> = {
  worksheet: ["trang tính", "worksheet"],
  chartsheet: ["trang biểu đồ, không có ô dữ liệu", "a chart sheet, no cells"],
  dialogsheet: ["trang hộp thoại Excel 5, không có ô dữ liệu", "an Excel 5 dialog sheet, no cells"],
  macrosheet: ["trang macro Excel 4, không đọc", "an Excel 4 macro sheet, not read"],
  unknown: ["loại trang không xác định", "an unknown kind of sheet"],
};

// Every sheet the workbook lists is in the snapshot, or here with why (ExcelJS drops without a word
// a sheet whose relationship or part is missing, points outside the package or is not sheetN.xml).
function accountFor(listed: ListedSheet[], workbook: ExcelJS.Workbook): UnreadSheet[] {
  const loaded = new Map<string, number>();
  for (const ws of workbook.worksheets) loaded.set(ws.name, (loaded.get(ws.name) ?? 0) + 1);
  const out: UnreadSheet[] = [];
  for (const s of listed) {
    // ExcelJS cuts a name past 31 characters.
    const key = loaded.has(s.name) ? s.name : s.name.slice(0, 31);
    const n = loaded.get(key) ?? 0;
    if (n > 0 && !s.problem) {
      loaded.set(key, n - 1);
      continue;
    }
    if (n > 0 && s.problem && s.kind === "worksheet") {
      // Loaded after all (ExcelJS found the part some other way): it is read.
      loaded.set(key, n - 1);
      continue;
    }
    if (s.problem)
      out.push({
        sheet: s.name,
        severity: "error",
        reason: "sheet-unreadable",
        reasonVi: s.problem.vi,
        reasonEn: s.problem.en,
      });
    else if (s.kind !== "worksheet")
      out.push({
        sheet: s.name,
        severity: "skip",
        reason: s.kind,
        reasonVi: KIND_VI[s.kind][0],
        reasonEn: KIND_VI[s.kind][1],
      });
    else
      out.push({
        sheet: s.name,
        severity: "error",
        reason: "sheet-unreadable",
        reasonVi: "trang không đọc được dữ liệu",
        reasonEn: "the sheet's data could not be read",
      });
  }
  return out;
}

// ExcelJS writes warnings to the console (a name past 31 characters); the command line's output is its own.
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

/** Snapshot of every worksheet of an ExcelJS workbook, in tab order, with generated sheets marked. */
export function snapshotWorkbook(workbook: ExcelJS.Workbook, source?: string): WorkbookSnapshot {
  const generated = generatedSheets(workbook);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.map((ws) =>
    snapshotSheet(ws, { date1904, generated: generated.get(sheetNameKey(ws.name)) }),
  );
  return source === undefined ? { sheets } : { source, sheets };
}

/**
 * One worksheet's used area (cells holding a value or a formula) as the engine reads it: values,
 * formulas ("=…", without the file's "_xlfn." prefixes), hidden rows. Rows are ragged (each ends at
 * its last used cell), so one stray cell far to the right costs one row, not the whole grid. Cells
 * inside a merged area other than its top-left are empty, as in Excel.
 */
export function snapshotSheet(
  ws: ExcelJS.Worksheet,
  options: { date1904?: boolean; generated?: GeneratedKind } = {},
): SheetSnapshot {
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
      const value = toCellValue(formula ? cell.result : cell.value, date1904);
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
    const vRow: CellValue[] = Array.from({ length: width }, () => null);
    const fRow: (string | null)[] = Array.from({ length: width }, () => null);
    e.cols.forEach((c, i) => {
      vRow[c - c0] = e.values[i];
      fRow[c - c0] = e.formulas[i];
    });
    values[e.row - r0] = vRow;
    formulas[e.row - r0] = fRow;
  }
  return { ...snapshot, originRow: r0, originCol: c0, values, formulas };
}

// Regular files only, checked before opening (opening a FIFO waits for a writer) and again on the
// open descriptor; the size is checked before reading, and no more than it is read (/dev/zero).
async function readBytes(file: string, maxBytes: number): Promise<Buffer> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputFileError(file, "not-a-file");
    if (!stat.isFile()) throw new InputFileError(file, "not-regular");
    handle = await fs.open(file, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) throw new InputFileError(file, "not-regular");
    if (st.size > maxBytes)
      throw new InputFileError(file, "too-large", [
        `${mibText(st.size)} trên đĩa, quá ${mibText(maxBytes)} (giới hạn --max-mb)`,
        `${mibText(st.size, "en-US")} on disk, over ${mibText(maxBytes, "en-US")} (limit --max-mb)`,
      ]);
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const { bytesRead } = await handle.read(buf, got, st.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === st.size ? buf : buf.subarray(0, got);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputFileError(file, "missing", "", { cause: e });
    throw new InputFileError(file, "unreadable", code ?? String(e), { cause: e });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Mebibytes with one decimal: Vietnamese (1,5 MiB) by default, English (1.5 MiB) on request. */
function mibText(n: number, locale: "vi-VN" | "en-US" = "vi-VN"): string {
  return `${(n / 1048576).toLocaleString(locale, { maximumFractionDigits: 1 })} MiB`;
}
