import { CellStyle, GeneratedKind, PlanCell, SheetPlan } from "../types.js";
import { rangeA1 } from "../util/a1.js";

/** Official documents (Nghị định 30/2020/NĐ-CP) use Times New Roman. */
export const OFFICIAL_FONT = "Times New Roman";
export const HEADER_FILL = "#DDEBF7";
export const INPUT_FILL = "#FFF2CC";
export const SUBTOTAL_FILL = "#F2F2F2";
/** Two decimals, shown with the user's Excel locale separators (87,26 in Vietnamese Excel). */
export const POINTS = "0.00";

/** Builds a SheetPlan cell by cell (0-based rows and columns), then hands it over. */
export class PlanBuilder {
  readonly plan: SheetPlan;

  constructor(name: string, kind: GeneratedKind, fontSize = 12) {
    this.plan = {
      name,
      kind,
      cells: [],
      styles: [],
      merges: [],
      fontName: OFFICIAL_FONT,
      fontSize,
      conditionalFormats: [],
      validations: [],
      tables: [],
      charts: [],
    };
  }

  /** Sets a constant (text stays text, even when it starts with "="). */
  value(row: number, col: number, v: string | number | boolean | null): this {
    return this.set(row, col, { value: v });
  }

  /** Sets an English formula ("=SUM(…)"). */
  formula(row: number, col: number, f: string): this {
    return this.set(row, col, { formula: f.startsWith("=") ? f : `=${f}` });
  }

  set(row: number, col: number, cell: PlanCell): this {
    const cells = this.plan.cells;
    while (cells.length <= row) cells.push([]);
    const r = cells[row];
    while (r.length < col) r.push(null);
    r[col] = cell;
    return this;
  }

  style(r0: number, c0: number, r1: number, c1: number, style: CellStyle): this {
    this.plan.styles!.push({ range: rangeA1(r0, c0, r1, c1), style });
    return this;
  }

  merge(r0: number, c0: number, r1: number, c1: number): this {
    if (r1 > r0 || c1 > c0) this.plan.merges!.push(rangeA1(r0, c0, r1, c1));
    return this;
  }

  /** A merged line of text across columns c0..c1 (titles, headers of official documents). */
  line(row: number, c0: number, c1: number, text: string, style: CellStyle = {}): this {
    this.value(row, c0, text)
      .merge(row, c0, row, c1)
      .style(row, c0, row, c1, { hAlign: "center", ...style });
    return this;
  }

  widths(widths: number[]): this {
    this.plan.columnWidths = widths;
    return this;
  }

  /** The number of rows written so far. */
  get rows(): number {
    return this.plan.cells.length;
  }

  build(): SheetPlan {
    const p = this.plan;
    const width = p.cells.reduce((w, r) => Math.max(w, r.length), 0);
    p.cells = p.cells.map((r) =>
      r.length < width ? [...r, ...Array<PlanCell | null>(width - r.length).fill(null)] : r,
    );
    return p;
  }
}

/** "ngày 06 tháng 5 năm 2022", as official documents date themselves. */
export function vietnameseDate(d: { year: number; month: number; day: number }): string {
  return `ngày ${String(d.day).padStart(2, "0")} tháng ${d.month < 3 ? String(d.month).padStart(2, "0") : d.month} năm ${d.year}`;
}

export interface DocumentHeader {
  /** The appraising body, e.g. "SỞ NỘI VỤ TỈNH QUẢNG NINH"; its parent on the line above. */
  issuingBody: string;
  parentBody?: string;
  place: string;
  date: { year: number; month: number; day: number };
  /** The date as staff typed it when it is not a whole day ("ngày … tháng 12 năm 2025"): printed as it is. */
  dateText?: string;
  /** The number line under the issuing body, e.g. "Số: …/KH-UBND" (default: one from the body's initials). */
  number?: string;
  /** The office's signature lines, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] (default: the body's head). */
  sign?: string[];
  /** The signer's full name, printed under the signature space (none when absent). */
  signer?: string;
}

/** The official header, completed with defaults (today's date, a neutral appraising body). */
export function documentHeader(h: Partial<DocumentHeader> = {}, today = new Date()): DocumentHeader {
  return {
    issuingBody: h.issuingBody ?? "SỞ NỘI VỤ",
    parentBody: h.parentBody ?? "ỦY BAN NHÂN DÂN TỈNH",
    place: h.place ?? "………",
    ...(h.number ? { number: h.number } : {}),
    ...(h.sign?.length ? { sign: h.sign } : {}),
    ...(h.signer ? { signer: h.signer } : {}),
    ...(h.dateText ? { dateText: h.dateText } : {}),
    date: h.date ?? { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
  };
}

// Words that name a place, not the body: "Sở Nội vụ tỉnh Quảng Ninh" is abbreviated "SNV".
const PLACE_WORD = /^(tỉnh|thành|huyện|quận|thị|xã|phường|đặc)$/iu;

/**
 * The abbreviation of a body in a document number (Nghị định 30/2020/NĐ-CP, Phụ lục III): the
 * initials of its name without the place, "Sở Nội vụ" → "SNV", "Ủy ban nhân dân" → "UBND".
 */
export function bodyAbbreviation(body: string): string {
  const words = body.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (/^(ủy|uỷ) ban nhân dân$/iu.test(words.slice(0, 4).join(" ")) || /^ubnd$/iu.test(words[0] ?? "")) return "UBND";
  const out: string[] = [];
  for (const w of words) {
    if (PLACE_WORD.test(w)) break;
    const letter = /\p{L}/u.exec(w)?.[0];
    if (letter) out.push(letter);
  }
  return out
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "D")
    .toUpperCase();
}

/** The number line of an office document of this type ("BC" report, "KH" plan): as set, else "Số: …/BC-SNV". */
export function documentNumber(h: DocumentHeader, type: string): string {
  if (h.number) return /^số\s*:/iu.test(h.number) ? h.number : `Số: ${h.number}`;
  const abbr = bodyAbbreviation(h.issuingBody);
  return `Số: …/${type}${abbr ? `-${abbr}` : ""}`;
}

/** Who signs for a body, by its kind: a People's Committee, a department (Sở, Phòng, Ban), another office. */
export function headOf(body: string): string[] {
  const name = body.normalize("NFC").trim();
  if (/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\b/iu.test(name)) return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  if (/^sở\s/iu.test(name)) return ["GIÁM ĐỐC"];
  if (/^phòng\s/iu.test(name)) return ["TRƯỞNG PHÒNG"];
  if (/^ban\s/iu.test(name)) return ["TRƯỞNG BAN"];
  if (/^(văn phòng)\s/iu.test(name)) return ["CHÁNH VĂN PHÒNG"];
  return ["THỦ TRƯỞNG CƠ QUAN"];
}

/**
 * The closing block of an official document: "Nơi nhận:" and its list on the left (columns
 * l0..l1), the signature on the right (r0..r1): authority and title in bold, room for the
 * signature and seal, then the signer's name. Returns the next free row.
 */
export function signatureBlock(
  b: PlanBuilder,
  row: number,
  cols: { l0: number; l1: number; r0: number; r1: number },
  sign: string[],
  recipients: string[],
  signer?: string,
): number {
  const { l0, l1, r0, r1 } = cols;
  b.line(row, l0, l1, "Nơi nhận:", { bold: true, italic: true, hAlign: "left" });
  // The sheet's own size (not the 11 pt of a Word document): fitted to the page it must stay ≥ 9 pt.
  recipients.forEach((t, i) => b.line(row + 1 + i, l0, l1, t, { hAlign: "left" }));
  sign.forEach((t, i) => b.line(row + i, r0, r1, t, { bold: true, fontSize: 13 }));
  const nameRow = row + sign.length + 4;
  if (signer) b.line(nameRow, r0, r1, signer, { bold: true, fontSize: 13 });
  return Math.max(nameRow, row + recipients.length) + 1;
}

/**
 * Writes the official header: issuing body on the left, national motto on the right, then the
 * place-and-date line. Returns the next free row.
 */
export function officialHeader(b: PlanBuilder, h: DocumentHeader, width: number, leftCols?: number): number {
  // The left block takes about 40 % of the columns, or `leftCols` where the columns are uneven
  // (the motto must never be merged over columns too narrow for it, or it prints split).
  const leftEnd = leftCols !== undefined ? Math.max(0, leftCols - 1) : Math.max(1, Math.floor(width * 0.4) - 1);
  const rightStart = leftEnd + 1;
  const right = Math.max(rightStart, width - 1);
  b.line(0, 0, leftEnd, (h.parentBody ?? "").toLocaleUpperCase("vi"), { fontSize: 13 });
  b.line(1, 0, leftEnd, h.issuingBody.toLocaleUpperCase("vi"), { bold: true, fontSize: 13 });
  b.line(0, rightStart, right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, fontSize: 13 });
  b.line(1, rightStart, right, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, fontSize: 13 });
  b.line(2, rightStart, right, `${h.place}, ${h.dateText ?? vietnameseDate(h.date)}`, { italic: true, fontSize: 13 });
  if (h.number) b.line(2, 0, leftEnd, h.number, { fontSize: 13 });
  return 4;
}

/** Printed height of one line of wrapped text, in points, per point of font size (Times New Roman). */
const LINE_PER_POINT = 1.3;
/** Average width of a Vietnamese character in column-width units (a unit is the width of one digit). */
const CHAR_WIDTH = 0.9;

/** Lines a text needs in a column of this width (a width in characters, as in SheetPlan.columnWidths). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    // Greedy word wrap, as a spreadsheet does: a word longer than the column is broken across lines.
    let used = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = word.length * CHAR_WIDTH;
      if (used === 0) used = w;
      else if (used + CHAR_WIDTH + w <= room) used += CHAR_WIDTH + w;
      else {
        n++;
        used = w;
      }
      while (used > room) {
        n++;
        used -= room;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/**
 * Sets the height of rows r0..r1 from the text in their wrapped columns: Excel never grows a row
 * when it opens a file, so without a height a wrapped title prints over the rows below it. Rows
 * that already have a height keep the larger of the two.
 */
export function fitRowHeights(
  b: PlanBuilder | SheetPlan,
  r0: number,
  r1: number,
  wrapped: number[],
  fontSize?: number,
): void {
  const plan = b instanceof PlanBuilder ? b.plan : b;
  const widths = plan.columnWidths ?? [];
  const size = fontSize ?? plan.fontSize ?? 11;
  const line = Math.ceil(size * LINE_PER_POINT * 4) / 4;
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (let r = r0; r <= r1; r++) {
    let lines = 1;
    for (const c of wrapped) {
      const v = plan.cells[r]?.[c]?.value;
      if (typeof v === "string" && v) lines = Math.max(lines, wrappedLines(v, widths[c] ?? 8.43));
    }
    if (lines > 1 || heights.has(r)) heights.set(r, Math.max(heights.get(r) ?? 0, lines * line + 3));
  }
  plan.rowHeights = [...heights].sort((x, y) => x[0] - y[0]).map(([row, height]) => ({ row, height }));
}
