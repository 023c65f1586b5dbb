// Gathering the sheets of every input file into one snapshot, and finding the framework to use.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import {
  builtinFrameworks,
  defaultFramework,
  Finding,
  Framework,
  getBuiltinFramework,
  looksLikeFrameworkSheet,
  parseFrameworkJson,
  PreviousResult,
  readFrameworkSheet,
  readPreviousResults,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../core/index.js";
import { UsageError } from "./args.js";
import { DEFAULT_LIMITS, InputFileError, readXlsx, type ReadOptions, type UnreadSheet } from "./xlsx/index.js";
import { nameVariants, sheetNameKey } from "./xlsx/sheetNames.js";

/** One input sheet in the gathered snapshot: where it came from and the name it has there. */
export interface SheetOrigin {
  file: string;
  sourceName: string;
  worksheet: ExcelJS.Worksheet;
}

export interface Gathered {
  snapshot: WorkbookSnapshot;
  /** By the sheet's (unique) name in the gathered snapshot. */
  origins: Map<string, SheetOrigin>;
  /** The workbooks read, in file order. */
  workbooks: ExcelJS.Workbook[];
  /** Sheets the files list that are not in the snapshot, with why, tagged with their file. */
  unread: (UnreadSheet & { file: string })[];
}

/**
 * Reads every file (InputFileError for an unreadable one) and gathers their sheets into one snapshot,
 * renaming a sheet whose name another file already used ("P. Hồng Hà (2)"), each tagged with its file.
 */
export async function gatherInputs(
  files: string[],
  onProgress?: (i: number, file: string) => void,
  read: ReadOptions = {},
): Promise<Gathered> {
  const sheets: SheetSnapshot[] = [];
  const origins = new Map<string, SheetOrigin>();
  const taken = new Set<string>();
  const workbooks: ExcelJS.Workbook[] = [];
  const unread: Gathered["unread"] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    onProgress?.(i, file);
    const r = await readXlsx(file, read);
    const { snapshot, workbook } = r;
    workbooks.push(workbook);
    const label = path.basename(file);
    for (const u of r.unread) unread.push({ ...u, file: label });
    snapshot.sheets.forEach((sheet, k) => {
      let name = sheet.name;
      if (taken.has(sheetNameKey(name)))
        for (const v of nameVariants(sheet.name))
          if (!taken.has(sheetNameKey(v))) {
            name = v;
            break;
          }
      taken.add(sheetNameKey(name));
      sheets.push({ ...sheet, name, file: label });
      origins.set(name, { file: label, sourceName: sheet.name, worksheet: workbook.worksheets[k] });
    });
  }
  return { snapshot: { sheets }, origins, workbooks, unread };
}

export interface ChosenFramework {
  framework: Framework;
  /** How it was chosen, in Vietnamese and English, for the report. */
  how: string;
  howEn: string;
  findings: Finding[];
  /** The gathered sheet the framework was read from, if any (not a unit). */
  sheet?: string;
}

function fromSheet(sheet: SheetSnapshot, file: string): ChosenFramework | null {
  const r = readFrameworkSheet(sheet, { file });
  if (!r.framework) return null;
  return {
    framework: r.framework,
    how: `trang "${sheet.name}" của tệp ${file}`,
    howEn: `sheet "${sheet.name}" of ${file}`,
    findings: r.findings.map((f) => ({ ...f, file })),
    sheet: sheet.name,
  };
}

/**
 * The framework to score against: --framework (a built-in id, a .json or an .xlsx file), else a sheet
 * named like "Bộ tiêu chí" among the inputs, else the built-in commune sample.
 */
export async function chooseFramework(
  spec: string | undefined,
  gathered?: Gathered,
  read: ReadOptions = {},
): Promise<ChosenFramework> {
  if (spec) {
    const builtin = getBuiltinFramework(spec);
    if (builtin) return { framework: builtin, how: `bộ có sẵn "${spec}"`, howEn: `built-in "${spec}"`, findings: [] };
    if (/\.json$/i.test(spec)) {
      const text = await readJsonText(spec, read);
      const r = parseFrameworkJson(text, spec);
      if (!r.framework)
        throw new UsageError(
          `Không đọc được bộ tiêu chí trong ${spec}: ${r.findings[0]?.message ?? ""}`,
          `Cannot read a framework from ${spec}: ${r.findings[0]?.messageEn ?? ""}`,
        );
      return {
        framework: r.framework,
        how: `tệp ${spec}`,
        howEn: `file ${spec}`,
        findings: r.findings.map((f) => ({ ...f, file: spec })),
      };
    }
    if (/\.xlsx$/i.test(spec)) {
      const { snapshot } = await readXlsx(spec, read);
      const named = snapshot.sheets.filter(looksLikeFrameworkSheet);
      for (const s of [...named, ...snapshot.sheets.filter((x) => !named.includes(x))]) {
        const c = fromSheet(s, path.basename(spec));
        if (c) return c;
      }
      throw new UsageError(
        `Không tìm thấy trang bộ tiêu chí (cột Mã, Nội dung, Điểm tối đa) trong ${spec}.`,
        `No framework sheet (columns Code, Title, Max points) in ${spec}.`,
      );
    }
    const ids = builtinFrameworks()
      .map((f) => f.id)
      .join(", ");
    throw new UsageError(
      `Không có bộ tiêu chí "${spec}" (có sẵn: ${ids}; hoặc chỉ định tệp .xlsx/.json).`,
      `No framework "${spec}" (built-in: ${ids}; or give an .xlsx/.json file).`,
    );
  }
  const d = defaultFramework(gathered?.snapshot ?? null);
  if (d.kind === "sheet") {
    const file = d.sheet.file ?? "";
    return {
      framework: d.read.framework,
      how: `trang "${d.sheet.name}" của tệp ${file}`,
      howEn: `sheet "${d.sheet.name}" of ${file}`,
      findings: d.read.findings.map((f) => ({ ...f, file })),
      sheet: d.sheet.name,
    };
  }
  if (d.unreadable.length) {
    const names = d.unreadable.map((s) => `"${s.name}"`).join(", ");
    return {
      framework: d.framework,
      how: `bộ mẫu cấp xã có sẵn (trang ${names} không đọc được thành bộ tiêu chí)`,
      howEn: `the built-in commune sample (sheet ${names} could not be read as a framework)`,
      findings: [],
    };
  }
  return {
    framework: d.framework,
    how: 'bộ mẫu cấp xã có sẵn (không có trang "Bộ tiêu chí" trong các tệp)',
    howEn: 'the built-in commune sample (no "Bộ tiêu chí" sheet in the inputs)',
    findings: [],
  };
}

/** Last year's results from a file: our own summary sheet if present, else the first sheet with a unit and points/rank table. */
export async function readPrevious(file: string, read: ReadOptions = {}): Promise<PreviousResult[]> {
  const { snapshot } = await readXlsx(file, read);
  const summary = snapshot.sheets.find((s) => s.generated === "summary");
  if (summary) {
    const r = readPreviousResults(summary);
    if (r.length) return r;
    // A result file nobody opened in Excel yet holds formulas without values.
    throw new UsageError(
      `Trang "${summary.name}" trong ${file} chưa có giá trị tính sẵn: hãy mở tệp bằng Excel, lưu lại rồi chạy lại.`,
      `Sheet "${summary.name}" of ${file} holds formulas without computed values: open the file in Excel, save it, and run again.`,
    );
  }
  for (const s of snapshot.sheets.filter((x) => !x.generated)) {
    const r = readPreviousResults(s);
    if (r.length) return r;
  }
  throw new UsageError(
    `Không thấy bảng kết quả năm trước (cột Đơn vị, Tổng điểm, Xếp hạng) trong ${file}.`,
    `No previous-year table (columns Unit, Points, Rank) in ${file}.`,
  );
}

// A framework .json (or a --groups .csv): a regular file (not a FIFO or a device), within the size limit.
export async function readJsonText(file: string, read: ReadOptions): Promise<string> {
  const max = read.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputFileError(file, "not-a-file");
    if (!st.isFile()) throw new InputFileError(file, "not-regular");
    if (st.size > max)
      throw new InputFileError(file, "too-large", [
        `${st.size} byte, quá ${max} byte (giới hạn --max-mb)`,
        `${st.size} bytes, over ${max} bytes (limit --max-mb)`,
      ]);
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputFileError(file, "missing", "", { cause: e });
    throw new InputFileError(file, "unreadable", code ?? String(e), { cause: e });
  }
}
