// The framework sheet as staff see it in Excel: its columns, its metadata labels and the words
// used in its cells. Shared by the reader, the writer and the checker so they cannot drift apart.
import { NotApplicableRule, ScoreSource, SheetSnapshot, SurveyMissingRule } from "../types.js";
import { cellText, foldLoose } from "../util/text.js";

/** Default name of the framework sheet. */
export const FRAMEWORK_SHEET_NAME = "Bộ tiêu chí";

/** Title row written above the metadata. */
export const FRAMEWORK_SHEET_TITLE = "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH";

const FRAMEWORK_NAME = /^bo tieu chi\b|^framework\b|^criteria\b/;

/**
 * Whether a sheet is a framework sheet: generated as one, named like one ("Bộ tiêu chí 2025",
 * "Criteria"), or titled like one. The one rule every shell and the validator use.
 */
export function looksLikeFrameworkSheet(sheet: SheetSnapshot): boolean {
  if (sheet.generated) return sheet.generated === "framework";
  if (FRAMEWORK_NAME.test(foldLoose(sheet.name))) return true;
  const title = foldLoose(FRAMEWORK_SHEET_TITLE);
  for (const row of sheet.values.slice(0, 5))
    for (const v of (row ?? []).slice(0, 4)) if (foldLoose(cellText(v)).startsWith(title)) return true;
  return false;
}

/** Columns of the framework table. Only code, title and max are required when reading. */
export type FrameworkColumn = "code" | "title" | "max" | "scale" | "source" | "evidence" | "appliesTo" | "rule";

interface ColumnDef {
  key: FrameworkColumn;
  header: string;
  headerEn: string;
  /** Accepted header names, folded (see headerKey), best first. */
  names: string[];
}

/** The columns in the order they are written. */
export const FRAMEWORK_COLUMNS: readonly ColumnDef[] = [
  {
    key: "code",
    header: "Mã",
    headerEn: "Code",
    names: ["ma", "ma so", "ma tieu chi", "code", "stt", "tt", "so tt", "so thu tu", "no"],
  },
  {
    key: "title",
    header: "Nội dung",
    headerEn: "Title",
    names: [
      "noi dung",
      "tieu chi",
      "ten tieu chi",
      "noi dung tieu chi",
      "linh vuc tieu chi tieu chi thanh phan",
      "linh vuc tieu chi",
      "title",
      "criterion",
      "criteria",
      "content",
      "noi dung danh gia",
      "ten",
    ],
  },
  {
    key: "max",
    header: "Điểm tối đa",
    headerEn: "Max points",
    names: [
      "diem toi da",
      "so diem toi da",
      "diem chuan",
      "max points",
      "max",
      "maximum",
      "max score",
      "maximum points",
      "maximum score",
      "diem",
    ],
  },
  {
    key: "scale",
    header: "Thang điểm",
    headerEn: "Scale",
    names: [
      "thang diem",
      "thang diem chi tiet",
      "cach cham diem",
      "huong dan cham diem",
      "phuong phap cham diem",
      "scale",
      "scoring scale",
      "scoring",
    ],
  },
  {
    key: "source",
    header: "Nguồn điểm",
    headerEn: "Source",
    names: ["nguon diem", "nguon", "hinh thuc cham diem", "hinh thuc danh gia", "source", "score source"],
  },
  {
    key: "evidence",
    header: "Tài liệu kiểm chứng",
    headerEn: "Evidence",
    names: [
      "tai lieu kiem chung",
      "kiem chung",
      "yeu cau tai lieu kiem chung",
      "can tai lieu kiem chung",
      "evidence",
      "evidence required",
    ],
  },
  {
    key: "appliesTo",
    header: "Áp dụng cho",
    headerEn: "Applies to",
    names: [
      "ap dung cho",
      "doi tuong ap dung",
      "pham vi ap dung",
      "nhom ap dung",
      "applies to",
      "applicable to",
      "groups",
    ],
  },
  {
    key: "rule",
    header: "Cách tính điểm",
    headerEn: "Scoring rule",
    names: ["cach tinh diem", "cong thuc tinh diem", "quy tac tinh diem", "scoring rule"],
  },
];

/** Header text folded for matching: no case, diacritics, punctuation or parenthesised remarks. */
export function headerKey(text: string): string {
  return foldLoose(text.replace(/\([^)]*\)/g, " "))
    .replace(/\//g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Which column a header cell names, with its rank (lower is a better name); null when none. */
export function matchHeader(text: string): { key: FrameworkColumn; rank: number } | null {
  const k = headerKey(text);
  if (k === "") return null;
  for (const c of FRAMEWORK_COLUMNS) {
    const rank = c.names.indexOf(k);
    if (rank >= 0) return { key: c.key, rank };
  }
  return null;
}

/** Metadata fields written as label/value rows above the table. */
export type MetaKey =
  | "name"
  | "id"
  | "legalBasis"
  | "year"
  | "level"
  | "issuingBody"
  | "sample"
  | "notApplicableRule"
  | "groups"
  | "bands"
  | "bonusMax"
  | "penaltyMax"
  | "surveyMissingRule";

interface MetaDef {
  key: MetaKey;
  label: string;
  labelEn: string;
  names: string[];
}

/** The metadata rows in the order they are written. */
export const META_FIELDS: readonly MetaDef[] = [
  {
    key: "name",
    label: "Tên bộ tiêu chí:",
    labelEn: "Name",
    names: ["ten bo tieu chi", "ten", "name", "framework", "framework name"],
  },
  { key: "id", label: "Mã:", labelEn: "Id", names: ["ma", "ma bo tieu chi", "id", "code"] },
  {
    key: "legalBasis",
    label: "Căn cứ:",
    labelEn: "Legal basis",
    names: ["can cu", "can cu phap ly", "van ban", "quyet dinh", "legal basis", "basis"],
  },
  { key: "year", label: "Năm:", labelEn: "Year", names: ["nam", "nam ap dung", "nam danh gia", "year"] },
  {
    key: "level",
    label: "Cấp áp dụng:",
    labelEn: "Level",
    names: ["cap ap dung", "cap", "doi tuong ap dung", "level"],
  },
  {
    key: "issuingBody",
    label: "Cơ quan ban hành:",
    labelEn: "Issuing body",
    names: ["co quan ban hanh", "noi ban hanh", "issuing body", "issued by"],
  },
  { key: "sample", label: "Mẫu:", labelEn: "Sample", names: ["mau", "bo mau", "sample"] },
  {
    key: "notApplicableRule",
    label: "Quy tắc không áp dụng:",
    labelEn: "Not-applicable rule",
    names: [
      "quy tac khong ap dung",
      "tieu chi khong ap dung",
      "khong ap dung",
      "not applicable rule",
      "not applicable",
    ],
  },
  {
    key: "groups",
    label: "Nhóm đơn vị:",
    labelEn: "Groups",
    names: ["nhom don vi", "nhom xep hang", "nhom", "groups", "unit groups"],
  },
  {
    key: "bands",
    label: "Xếp loại:",
    labelEn: "Bands",
    names: ["xep loai", "muc xep loai", "bands", "classification"],
  },
  {
    key: "bonusMax",
    label: "Điểm thưởng tối đa:",
    labelEn: "Bonus max",
    names: ["diem thuong toi da", "diem thuong", "bonus max", "bonus"],
  },
  {
    key: "penaltyMax",
    label: "Điểm trừ tối đa:",
    labelEn: "Penalty max",
    names: ["diem tru toi da", "diem tru", "penalty max", "penalty"],
  },
];

/**
 * Metadata read when present and written only when set, in the spacer row above the header (so the
 * written layout, GRID, stays the same for every framework).
 */
export const OPTIONAL_META_FIELDS: readonly MetaDef[] = [
  {
    key: "surveyMissingRule",
    label: "Khi chưa có điểm điều tra:",
    labelEn: "When survey points are missing",
    names: [
      "khi chua co diem dieu tra",
      "khi chua co diem dieu tra xhh",
      "khi khong co diem dieu tra",
      "chua co diem dieu tra",
      "khi chua co ket qua dieu tra",
      "survey missing",
      "when survey points are missing",
      "missing survey",
    ],
  },
];

/** Which metadata field a label cell names; null when none. */
export function matchMetaLabel(text: string): MetaKey | null {
  const k = headerKey(text);
  if (k === "") return null;
  for (const m of [...META_FIELDS, ...OPTIONAL_META_FIELDS]) if (m.names.includes(k)) return m.key;
  return null;
}

/**
 * Where things sit in the sheet frameworkToGrid writes (0-based, relative to A1): the title in
 * row 0, metadata rows from row 1, a blank row, then the header row.
 */
export const GRID = {
  titleRow: 0,
  firstMetaRow: 1,
  headerRow: META_FIELDS.length + 2,
  width: FRAMEWORK_COLUMNS.length,
} as const;

/** 0-based column of a framework column in the written layout. */
export function gridCol(key: FrameworkColumn): number {
  return FRAMEWORK_COLUMNS.findIndex((c) => c.key === key);
}

/** Where a framework's parts sit in the sheet it was read from, so findings can name cells. */
export interface FrameworkLocation {
  /** Absolute 0-based column of each framework column present in the sheet. */
  columns: Partial<Record<FrameworkColumn, number>>;
  /** A1 address of the value cell of each metadata field present in the sheet. */
  meta?: Partial<Record<MetaKey, string>>;
  /** A1 address of the total row's maximum, when the sheet has a total row. */
  totalCell?: string;
}

/** The location of the sheet frameworkToGrid writes, placed at A1. */
export function defaultFrameworkLocation(): FrameworkLocation {
  const columns: Partial<Record<FrameworkColumn, number>> = {};
  for (const k of ["code", "title", "max", "scale", "source", "evidence", "appliesTo", "rule"] as const)
    columns[k] = gridCol(k);
  return { columns };
}

/** Label of the total row under the table. */
export const TOTAL_LABEL = "TỔNG CỘNG";

/** True for the label of a total row ("Tổng cộng", "Tổng điểm", "Total"). */
export function isTotalLabel(text: string): boolean {
  const k = headerKey(text);
  return /^(tong|cong|total)$/.test(k) || /^(tong cong|tong diem|tong so diem|total|grand total)( .*)?$/.test(k);
}

export const SOURCE_TEXT: Record<ScoreSource, string> = { self: "Tự chấm", survey: "Điều tra XHH" };

/** "Tự chấm" / "Điều tra XHH" and their variants; null when the text means neither. */
export function parseSource(text: string): ScoreSource | null {
  const k = headerKey(text);
  if (/^(tu cham|tu danh gia|tu cham diem|don vi tu cham|self|self assessed|self assessment)$/.test(k)) return "self";
  if (/^(dieu tra|dieu tra xhh|dieu tra xa hoi hoc|khao sat|sipas|survey|xhh)( .*)?$/.test(k)) return "survey";
  return null;
}

export const YES = "Có";
export const NO = "Không";

/** "Có" / "Không" and their variants (x, yes, no, true); null when the text means neither. */
export function parseYesNo(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== "string") return null;
  const t = v.normalize("NFC").trim();
  if (t === "✓" || t === "✔") return true;
  const k = headerKey(t);
  if (/^(co|x|yes|y|true|bat buoc|can)$/.test(k)) return true;
  if (/^(khong|no|n|false|khong can)$/.test(k)) return false;
  return null;
}

export const NA_RULE_TEXT: Record<NotApplicableRule, string> = {
  rescale: "Tính lại theo thang 100",
  "award-max": "Cho điểm tối đa",
};

/** The not-applicable rule named by a cell; null when unrecognised. */
export function parseNotApplicableRule(text: string): NotApplicableRule | null {
  const k = headerKey(text);
  if (k === "rescale" || /tinh lai|quy doi|thang 100|rescale/.test(k)) return "rescale";
  if (k === "award max" || /toi da|award|full/.test(k)) return "award-max";
  return null;
}

export const SURVEY_MISSING_TEXT: Record<SurveyMissingRule, string> = {
  none: "Không quy đổi",
  rescale: "Quy đổi về thang 100",
};

/** The rule for units without survey points named by a cell ("Quy đổi về thang 100", "Không"); null when unrecognised. */
export function parseSurveyMissingRule(text: string): SurveyMissingRule | null {
  const k = headerKey(text);
  if (/^(khong|none|no|khong quy doi|tinh 0( diem)?|khong tinh|giu nguyen)$/.test(k)) return "none";
  if (/quy doi|thang 100|tinh lai|rescale/.test(k)) return "rescale";
  return null;
}

/**
 * The group a per-group maximum header names ("Điểm tối đa (Phường)", "Điểm tối đa - Xã",
 * "Max (Xã)"); null for any other header, the plain "Điểm tối đa" included.
 */
export function groupMaxHeader(text: string): string | null {
  const t = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const m = /^(.*?)\s*(?:\(([^)]+)\)|[-–:]\s*(.+))$/.exec(t);
  if (!m) return null;
  const head = headerKey(m[1]);
  const group = (m[2] ?? m[3] ?? "").trim();
  if (group === "" || !/^(diem toi da|so diem toi da|max|max points|maximum)$/.test(head)) return null;
  // "Điểm tối đa (điểm)" is a unit, not a group.
  if (/^(diem|points?|d)$/.test(headerKey(group))) return null;
  return group;
}

/** The header written for a group's maximum column. */
export function groupMaxHeaderText(group: string): string {
  return `Điểm tối đa (${group})`;
}

/** Splits a list cell ("Phường; Xã; Đặc khu") into trimmed items; commas stay inside items. */
export function splitList(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/[;\n]/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}
