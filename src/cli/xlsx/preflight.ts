// What an .xlsx file holds, looked at before ExcelJS builds anything: the zip directory (sizes,
// compression ratio, number of parts), the sheets the workbook lists and where each points, and a
// streaming pass over every part (each inflated within its declared size) that counts the cells,
// rows and columns of each worksheet. A file past a limit is refused here, in bounded time and
// memory, instead of being inflated or allocated by ExcelJS (a zip bomb, a row numbered 999,999,999,
// styled empty cells down to row 1,048,576).
import { centralDirectory, declaredEntryCount, inflateEntry, streamEntry, ZipEntry, ZipError } from "./zip.js";

/** Limits on the input files of one run (the cells limit is shared by all files of the run). */
export interface Limits {
  /** Bytes of one file on disk, and of one file's parts once inflated. */
  maxBytes: number;
  /** Uncompressed / compressed size of one part (parts over 1 MiB). */
  maxRatio: number;
  maxEntries: number;
  maxSheets: number;
  /** Cells ExcelJS would build, over all files of the run (cell elements, rows, columns, merged and validated areas). */
  maxCells: number;
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 512 * MIB,
  maxRatio: 200,
  maxEntries: 50_000,
  maxSheets: 10_000,
  maxCells: 3_000_000,
};

/** Excel's own bounds. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;
const RATIO_FROM = MIB;
const MAX_SHEET_ID = 1_000_000;

/** A file past one of the limits: `vi` / `en` name the limit (the caller names the file). */
export class LimitError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "LimitError";
  }
}

/** A sheet the workbook lists, and what its relationship resolves to. */
export interface ListedSheet {
  name: string;
  sheetId: number;
  state?: string;
  kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "unknown";
  /** The part it points to (package path without leading "/"), when it resolves. */
  part?: string;
  /** Why it cannot be read, when it cannot (Vietnamese, English). */
  problem?: { vi: string; en: string };
}

export interface Preflight {
  entries: ZipEntry[];
  sheets: ListedSheet[];
  /** Cells counted over the file (see Limits.maxCells). */
  cells: number;
}

/** Running total of one run (all files): cells counted so far. */
export interface Usage {
  cells: number;
}

const fmt = (n: number) => n.toLocaleString("vi-VN");
const fmtEn = (n: number) => n.toLocaleString("en-US");
/** Mebibytes with one decimal, in Vietnamese (1,5 MiB) or English (1.5 MiB). */
const mib = (n: number) => `${(n / MIB).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MiB`;
const mibEn = (n: number) => `${(n / MIB).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;

/** Checks the file against the limits and lists its sheets; throws LimitError or ZipError. */
export async function preflight(buf: Buffer, limits: Limits, usage: Usage): Promise<Preflight> {
  const declared = declaredEntryCount(buf);
  if (declared > limits.maxEntries)
    throw new LimitError(
      `có ${fmt(declared)} phần trong gói zip, quá giới hạn ${fmt(limits.maxEntries)}`,
      `${fmtEn(declared)} parts in the zip, over the limit of ${fmtEn(limits.maxEntries)}`,
    );
  const entries = centralDirectory(buf);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > limits.maxBytes)
      throw new LimitError(
        `dung lượng giải nén vượt ${mib(limits.maxBytes)} (giới hạn --max-mb ${limits.maxBytes / MIB})`,
        `uncompressed size over ${mibEn(limits.maxBytes)} (limit --max-mb ${limits.maxBytes / MIB})`,
      );
    if (e.size > RATIO_FROM && e.size / Math.max(1, e.compressedSize) > limits.maxRatio)
      throw new LimitError(
        `phần "${e.name}" nén ${fmt(Math.round(e.size / Math.max(1, e.compressedSize)))} lần (${mib(e.size)}), quá tỷ lệ ${limits.maxRatio}:1 (dấu hiệu bom zip)`,
        `part "${e.name}" is compressed ${fmtEn(Math.round(e.size / Math.max(1, e.compressedSize)))} times (${mibEn(e.size)}), over the ${limits.maxRatio}:1 ratio (a zip bomb)`,
      );
  }
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.replace(/^\//, ""), e);
  const sheets = listSheets(buf, byName);
  if (sheets.length > limits.maxSheets)
    throw new LimitError(
      `sổ tính có ${fmt(sheets.length)} trang, quá giới hạn ${fmt(limits.maxSheets)}`,
      `the workbook has ${fmtEn(sheets.length)} sheets, over the limit of ${fmtEn(limits.maxSheets)}`,
    );
  // ExcelJS keeps sheets in an array indexed by sheetId: a huge id costs a walk over every index below it.
  const hugeId = sheets.find((s) => s.sheetId > MAX_SHEET_ID);
  if (hugeId)
    throw new LimitError(
      `trang "${hugeId.name}" có mã sheetId ${fmt(hugeId.sheetId)}, quá giới hạn ${fmt(MAX_SHEET_ID)}`,
      `sheet "${hugeId.name}" has sheetId ${fmtEn(hugeId.sheetId)}, over the limit of ${fmtEn(MAX_SHEET_ID)}`,
    );
  const hasSharedStrings = byName.has("xl/sharedStrings.xml");
  const sheetParts = new Map<string, string>();
  for (const s of sheets) if (s.part && s.kind === "worksheet" && !s.problem) sheetParts.set(s.part, s.name);
  let cells = 0;
  // Every part is inflated once, within its declared size (ExcelJS reads every part as text);
  // worksheets (the parts ExcelJS parses as sheets: xl/worksheets/sheetN.xml, wherever listed) are counted.
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    // ExcelJS's own test, unanchored (it parses "sheet2.xml.bak" as a sheet too), so nothing it parses goes uncounted.
    const isSheet = /xl\/worksheets\/sheet\d+[.]xml/.test(e.name) || sheetParts.has(e.name.replace(/^\//, ""));
    if (!isSheet) {
      await streamEntry(buf, e, () => undefined);
      continue;
    }
    const label = sheetParts.get(e.name.replace(/^\//, "")) ?? e.name;
    const scan = new SheetScan(label, limits, usage.cells + cells);
    await streamEntry(buf, e, (chunk) => scan.push(chunk));
    scan.end();
    if (scan.sharedStrings > 0 && !hasSharedStrings)
      throw new ZipError(
        `trang "${label}" dùng bảng chuỗi dùng chung nhưng tệp thiếu phần xl/sharedStrings.xml`,
        `sheet "${label}" uses shared strings but the file has no xl/sharedStrings.xml part`,
      );
    cells += scan.cells;
  }
  usage.cells += cells;
  return { entries, sheets, cells };
}

// --- the sheets the workbook lists -----------------------------------------------------------

const REL_KIND: [RegExp, ListedSheet["kind"]][] = [
  [/\/worksheet$/, "worksheet"],
  [/\/chartsheet$/, "chartsheet"],
  [/\/dialogsheet$/, "dialogsheet"],
  [/\/(?:xlMacrosheet|xlIntlMacrosheet|macrosheet)$/i, "macrosheet"],
];

function listSheets(buf: Buffer, byName: Map<string, ZipEntry>): ListedSheet[] {
  const wbEntry = byName.get("xl/workbook.xml");
  if (!wbEntry) return [];
  const workbookXml = inflateEntry(buf, wbEntry).toString("utf8");
  const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
  const rels = new Map<string, Record<string, string>>();
  if (relsEntry)
    for (const a of elements(inflateEntry(buf, relsEntry).toString("utf8"), "Relationship"))
      if (a.Id) rels.set(a.Id, a);
  const out: ListedSheet[] = [];
  const seenParts = new Map<string, string>();
  for (const a of elements(workbookXml, "sheet")) {
    const name = a.name ?? "";
    const s: ListedSheet = {
      name,
      sheetId: /^\s*\d{1,15}\s*$/.test(a.sheetId ?? "") ? Number(a.sheetId) : NaN,
      kind: "unknown",
    };
    if (a.state) s.state = a.state;
    out.push(s);
    const rid = a["r:id"];
    const rel = rid ? rels.get(rid) : undefined;
    if (!rel) {
      s.problem = rid
        ? {
            vi: `liên kết "${rid}" của trang không có trong xl/_rels/workbook.xml.rels`,
            en: `its relationship "${rid}" is not in xl/_rels/workbook.xml.rels`,
          }
        : { vi: "trang không có liên kết r:id", en: "the sheet has no r:id relationship" };
      continue;
    }
    s.kind = REL_KIND.find(([re]) => re.test(rel.Type ?? ""))?.[1] ?? "unknown";
    const target = rel.Target ?? "";
    if (rel.TargetMode === "External" || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
      s.problem = { vi: `trang trỏ ra ngoài tệp (${target})`, en: `the sheet points outside the file (${target})` };
      continue;
    }
    const part = resolvePart(target);
    if (part === null) {
      s.problem = {
        vi: `trang trỏ ra ngoài gói tệp (${target})`,
        en: `the sheet points outside the package (${target})`,
      };
      continue;
    }
    s.part = part;
    if (!byName.has(part)) {
      s.problem = {
        vi: `thiếu phần ${part} chứa dữ liệu của trang`,
        en: `the part ${part} holding the sheet's data is missing`,
      };
      continue;
    }
    const other = seenParts.get(part);
    if (other !== undefined && s.kind === "worksheet") {
      s.problem = {
        vi: `trang dùng chung phần ${part} với trang "${other}"`,
        en: `the sheet shares the part ${part} with sheet "${other}"`,
      };
      continue;
    }
    seenParts.set(part, name);
    if (s.kind === "worksheet" && !/^xl\/worksheets\/sheet\d+\.xml$/.test(part))
      s.problem = {
        vi: `phần ${part} không theo tên chuẩn xl/worksheets/sheetN.xml nên không đọc được`,
        en: `the part ${part} is not named xl/worksheets/sheetN.xml and cannot be read`,
      };
  }
  return out;
}

// Package path of a target relative to xl/ (OPC rules): null when it climbs out of the package.
function resolvePart(target: string): string | null {
  const t = decodeURIComponentSafe(target.trim());
  const parts = t.startsWith("/") ? [] : ["xl"];
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The attributes of every <tag …> (with or without a namespace prefix) in an XML text. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}\\b([^>]*)>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(attributes(m[1]));
  return out;
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    const l = e.toLowerCase();
    if (l === "amp") return "&";
    if (l === "lt") return "<";
    if (l === "gt") return ">";
    if (l === "quot") return '"';
    if (l === "apos") return "'";
    const code = l.startsWith("#x") ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

// --- counting one worksheet as it streams ----------------------------------------------------

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|col|mergeCell|dataValidation)\b([^>]*)>/g;
const MAX_CARRY = 1 << 20;

/** Column number of letters ("A" → 1, "XFD" → 16384); Infinity past 7 letters. */
function colNumber(letters: string): number {
  if (letters.length > 7) return Infinity;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { col: colNumber(m[1]), row: m[2].length > 12 ? Infinity : Number(m[2]) };
}

/** Counts cells, rows and covered areas of a worksheet's XML as it streams; throws LimitError at the first excess. */
export class SheetScan {
  cells = 0;
  sharedStrings = 0;
  private carry = "";
  private row = 0;
  private col = 0;

  constructor(
    private readonly sheet: string,
    private readonly limits: Limits,
    private readonly before: number,
  ) {}

  push(chunk: Buffer): void {
    // Tags are ASCII: latin1 keeps every byte one character, and a chunk may end inside a tag.
    const text = this.carry + chunk.toString("latin1");
    const cut = text.lastIndexOf(">") + 1;
    this.scan(text.slice(0, cut));
    this.carry = text.slice(cut);
    // No tag or cell text of a real workbook runs for a MiB (Excel keeps 32,767 characters a cell):
    // cutting it would hide a tag's start from the checks below, so refuse instead.
    if (this.carry.length > MAX_CARRY)
      throw new LimitError(
        `trang "${this.sheet}": một thẻ XML hoặc nội dung dài hơn ${fmt(MAX_CARRY)} ký tự`,
        `sheet "${this.sheet}": an XML tag or text longer than ${fmtEn(MAX_CARRY)} characters`,
      );
  }

  end(): void {
    this.scan(this.carry);
    this.carry = "";
  }

  private scan(text: string): void {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      // Attribute values as the XML parser will see them: character references decoded
      // (r="&#57;99999999" is row 999,999,999 to ExcelJS, so it is to this check too).
      const at = attributes(m[2]);
      switch (m[1]) {
        case "row": {
          const r = at.r?.trim();
          if (r !== undefined && !/^\d+$/.test(r)) this.invalid(`số dòng "${r}"`, `row number "${r}"`);
          this.row = r !== undefined ? (r.length > 12 ? Infinity : Number(r)) : this.row + 1;
          this.col = 0;
          this.checkRow(this.row, `dòng ${r ?? this.row}`, `row ${r ?? this.row}`);
          this.add(1);
          break;
        }
        case "c": {
          const r = at.r;
          const ref = r !== undefined ? parseRef(r) : null;
          if (r !== undefined && !ref) this.invalid(`địa chỉ ô "${r}"`, `cell address "${r}"`);
          if (ref) {
            this.checkRow(ref.row, `ô ${r}`, `cell ${r}`);
            this.col = ref.col;
          } else this.col++;
          this.checkCol(this.col, r ? `ô ${r}` : `cột ${this.col}`, r ? `cell ${r}` : `column ${this.col}`);
          if (at.t === "s") this.sharedStrings++;
          this.add(1);
          break;
        }
        case "col": {
          const max = at.max?.trim();
          if (max !== undefined) {
            if (!/^\d+$/.test(max)) this.invalid(`cột "${max}"`, `column "${max}"`);
            const n = max.length > 12 ? Infinity : Number(max);
            this.checkCol(n, `cột ${max}`, `column ${max}`);
            this.add(n > 0 ? Math.min(n, EXCEL_COLS) / 64 : 0); // a Column object is cheap; counted, not free
          }
          break;
        }
        case "mergeCell": {
          if (at.ref !== undefined) this.area(at.ref);
          break;
        }
        case "dataValidation": {
          if (at.sqref !== undefined) for (const r of at.sqref.trim().split(/\s+/)) if (r) this.area(r);
          break;
        }
      }
    }
  }

  // Merged and validated areas: ExcelJS makes one cell (or one entry) for every cell they cover.
  private area(range: string): void {
    const [p, q] = range.split(":");
    const a = parseRef(p);
    const b = q === undefined ? a : parseRef(q);
    if (!a || !b) return;
    for (const x of [a, b]) {
      this.checkRow(x.row, `vùng ${range}`, `range ${range}`);
      this.checkCol(x.col, `vùng ${range}`, `range ${range}`);
    }
    this.add((Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1));
  }

  private invalid(vi: string, en: string): never {
    throw new LimitError(`trang "${this.sheet}": ${vi} không hợp lệ`, `sheet "${this.sheet}": invalid ${en}`);
  }

  private checkRow(n: number, vi: string, en: string): void {
    if (!(n >= 1 && n <= EXCEL_ROWS))
      throw new LimitError(
        `trang "${this.sheet}": ${vi} ngoài giới hạn ${fmt(EXCEL_ROWS)} dòng của Excel`,
        `sheet "${this.sheet}": ${en} is outside Excel's ${fmtEn(EXCEL_ROWS)} rows`,
      );
  }

  private checkCol(n: number, vi: string, en: string): void {
    if (!(n >= 1 && n <= EXCEL_COLS))
      throw new LimitError(
        `trang "${this.sheet}": ${vi} ngoài giới hạn ${fmt(EXCEL_COLS)} cột của Excel`,
        `sheet "${this.sheet}": ${en} is outside Excel's ${fmtEn(EXCEL_COLS)} columns`,
      );
  }

  private add(n: number): void {
    this.cells += n;
    if (this.before + this.cells > this.limits.maxCells)
      throw new LimitError(
        `trang "${this.sheet}": quá giới hạn ${fmt(this.limits.maxCells)} ô cho một lần chạy (tăng bằng --max-cells)`,
        `sheet "${this.sheet}": over the limit of ${fmtEn(this.limits.maxCells)} cells per run (raise it with --max-cells)`,
      );
  }
}
