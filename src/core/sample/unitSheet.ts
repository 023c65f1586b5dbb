import { allNodes } from "../framework/model.js";
import { CellValue, CriterionNode, Framework, SheetSnapshot } from "../types.js";
import { a1 } from "../util/a1.js";
import { displayCode } from "../util/codes.js";
import { round } from "../util/numbers.js";

/** What one unit wrote (and the appraiser added) for a leaf. */
export interface LeafEntry {
  self?: CellValue;
  appraised?: CellValue;
  evidence?: string;
  explanation?: string;
  note?: string;
  /** What the unit declares for a formula-scored leaf ("Số liệu kê khai": "45/50", "90%", "Có", 3). */
  declared?: CellValue;
}

/** The quirks real submissions arrive with (DOMAIN.md), each switchable for tests and demos. */
export interface SheetQuirks {
  /** Areas written I, II, … (default true). */
  romanAreas?: boolean;
  /** Criterion codes typed as numbers (1.10 becomes 1.1). */
  numericCodes?: boolean;
  /** "Điểm" merged over "Tối đa | Tự đánh giá", a two-row header. */
  twoRowHeader?: boolean;
  /** Blank rows between areas. */
  spacerRows?: boolean;
  /** Titles in NFD (decomposed) Unicode with trailing spaces. */
  nfdTitles?: boolean;
  /** Self scores typed as text with a decimal comma ("0,5"). */
  textScores?: boolean;
  /** Subtotal formulas on parent rows and the total row (default true). */
  subtotals?: boolean;
  /** Codes of parent rows whose subtotal formula is broken (#REF!). */
  brokenSubtotals?: string[];
  /** Codes of rows hidden by the unit. */
  hiddenCodes?: string[];
  /** Codes of rows the unit left out. */
  omitCodes?: string[];
  /** A wrong value stated in a parent's self subtotal (a typed constant instead of the formula). */
  wrongSubtotal?: { code: string; value: number };
  /** No "ỦY BAN NHÂN DÂN …" line above the table (the unit must be taken from the sheet name). */
  noUnitLine?: boolean;
}

export interface UnitSheetSpec {
  sheetName: string;
  /** Name as the unit writes it on its letterhead: "Phường Hồng Hà". */
  unitName: string;
  year?: number;
  entries: Map<string, LeafEntry>;
  /** Whether the appraisal columns exist (the office adds them). Default true. */
  appraisalColumns?: boolean;
  quirks?: SheetQuirks;
}

const HEADER = ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng", "Giải trình", "Điểm thẩm định", "Ý kiến thẩm định"];

/** Column indexes of the generated layout (and of the template). */
export const UNIT_COLUMNS = { code: 0, title: 1, max: 2, self: 3, evidence: 4, explanation: 5, appraised: 6, note: 7, declared: 8 } as const;

/** The header of the declared-figures column, written when some leaf has declared figures. */
export const DECLARED_HEADER = "Số liệu kê khai";

function upperVi(s: string): string {
  return s.toLocaleUpperCase("vi");
}

/**
 * Builds a unit's self-assessment sheet as it would arrive (values and formulas), from what it
 * entered per leaf. Parents carry SUM formulas, as in the office's template.
 */
export function buildUnitSheet(fw: Framework, spec: UnitSheetSpec): SheetSnapshot {
  const q = { romanAreas: true, subtotals: true, ...spec.quirks };
  const withAppraisal = spec.appraisalColumns !== false;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const put = (row: number, col: number, v: CellValue, f: string | null = null) => {
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
    }
    values[row][col] = v;
    formulas[row][col] = f;
  };
  if (!q.noUnitLine) put(0, 0, `ỦY BAN NHÂN DÂN ${upperVi(spec.unitName)}`);
  put(0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  put(1, 4, "Độc lập - Tự do - Hạnh phúc");
  put(3, 0, `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${spec.year ?? fw.year ?? ""}`.trim());
  let r = 5;
  const cols = withAppraisal ? HEADER.length : 6;
  if (q.twoRowHeader) {
    const upper = ["STT", "Nội dung", "Điểm", "", "Tài liệu kiểm chứng", "Giải trình", "Thẩm định", ""];
    const lower = ["", "", "Tối đa", "Tự đánh giá", "", "", "Điểm", "Ý kiến"];
    for (let c = 0; c < cols; c++) put(r, c, upper[c] || null);
    r++;
    for (let c = 0; c < cols; c++) put(r, c, lower[c] || null);
  } else {
    for (let c = 0; c < cols; c++) put(r, c, HEADER[c]);
  }
  const declaredColumn = [...spec.entries.values()].some((e) => e.declared !== undefined);
  if (declaredColumn) put(r, UNIT_COLUMNS.declared, DECLARED_HEADER);
  r++;

  const omit = new Set(q.omitCodes ?? []);
  const rowOf = new Map<string, number>();
  const nodes = allNodes(fw).filter((n) => !omit.has(n.code) && ![...omit].some((o) => n.code.startsWith(o + ".")));
  const selfValue = new Map<string, number>();
  const apprValue = new Map<string, number>();
  let first = true;
  for (const n of nodes) {
    if (n.code.indexOf(".") < 0 && q.spacerRows && !first) r++;
    first = false;
    rowOf.set(n.code, r);
    const code: CellValue =
      n.code.indexOf(".") < 0
        ? q.romanAreas ? displayCode(n.code) : n.code
        : q.numericCodes && n.code.split(".").length === 2 ? Number(n.code) : n.code;
    put(r, 0, code);
    put(r, 1, q.nfdTitles ? `${n.title.normalize("NFD")}  ` : n.title);
    put(r, 2, n.max);
    if (n.children.length === 0) {
      const e = spec.entries.get(n.code) ?? {};
      const sv = e.self ?? null;
      put(r, 3, q.textScores && typeof sv === "number" && !Number.isInteger(sv) ? String(sv).replace(".", ",") : sv);
      put(r, 4, e.evidence ?? null);
      put(r, 5, e.explanation ?? null);
      if (withAppraisal) {
        put(r, 6, e.appraised ?? null);
        put(r, 7, e.note ?? null);
      }
      if (declaredColumn) put(r, UNIT_COLUMNS.declared, e.declared ?? null);
      if (typeof sv === "number") selfValue.set(n.code, sv);
      if (typeof e.appraised === "number") apprValue.set(n.code, e.appraised);
    }
    if ((q.hiddenCodes ?? []).includes(n.code)) hiddenRows.push(r);
    r++;
  }
  const totalRow = r;
  put(totalRow, 1, "TỔNG ĐIỂM");
  put(totalRow, 2, round(fw.areas.reduce((t, a) => t + a.max, 0), 6));

  // Subtotals, bottom-up so a parent's value is known from its children.
  // What a parent cell shows: the sum of what its children's cells show (a typed wrong subtotal
  // propagates upwards, as it does in Excel).
  const subtotal = (n: CriterionNode, vals: Map<string, number>): number => {
    if (n.children.length === 0) return vals.get(n.code) ?? 0;
    if (vals === selfValue && q.wrongSubtotal?.code === n.code) return q.wrongSubtotal.value;
    if (vals === selfValue && (q.brokenSubtotals ?? []).includes(n.code)) return NaN;
    return round(n.children.reduce((t, c) => t + subtotal(c, vals), 0), 6);
  };
  const writeSub = (n: CriterionNode, col: number, vals: Map<string, number>) => {
    const row = rowOf.get(n.code);
    if (row === undefined) return;
    const kids = n.children.map((c) => rowOf.get(c.code)).filter((x): x is number => x !== undefined);
    const letter = a1(0, col).replace(/\d+$/, "");
    const f = kids.length > 1 && kids[kids.length - 1] - kids[0] === kids.length - 1 ? `=SUM(${letter}${kids[0] + 1}:${letter}${kids[kids.length - 1] + 1})` : `=${kids.map((k) => `${letter}${k + 1}`).join("+") || "0"}`;
    if (col === 3 && q.wrongSubtotal?.code === n.code) put(row, col, q.wrongSubtotal.value, null);
    else if ((q.brokenSubtotals ?? []).includes(n.code) && col === 3) put(row, col, { error: "#REF!" }, `=SUM(#REF!)`);
    else {
      const v = subtotal(n, vals);
      put(row, col, Number.isNaN(v) ? { error: "#REF!" } : v, f);
    }
  };
  if (q.subtotals) {
    for (const n of nodes) {
      if (n.children.length === 0) continue;
      writeSub(n, 3, selfValue);
      if (withAppraisal && apprValue.size > 0) writeSub(n, 6, apprValue);
    }
    const areaRows = fw.areas.map((a) => rowOf.get(a.code)).filter((x): x is number => x !== undefined);
    const selfTotal = round(fw.areas.reduce((t, a) => t + subtotal(a, selfValue), 0), 6);
    put(totalRow, 3, Number.isNaN(selfTotal) ? { error: "#REF!" } : selfTotal, `=${areaRows.map((k) => `D${k + 1}`).join("+")}`);
    if (withAppraisal && apprValue.size > 0) put(totalRow, 6, round(fw.areas.reduce((t, a) => t + subtotal(a, apprValue), 0), 6), `=${areaRows.map((k) => `G${k + 1}`).join("+")}`);
  }
  put(totalRow + 2, 4, "CHỦ TỊCH");
  put(totalRow + 3, 4, "(Ký, ghi rõ họ tên và đóng dấu)");

  return { name: spec.sheetName, originRow: 0, originCol: 0, values: values.map((row) => Array.from({ length: Math.max(row.length, 0) }, (_, i) => row[i] ?? null)), formulas: formulas.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null)), hiddenRows };
}
