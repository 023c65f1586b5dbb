// Submission sheets in the layouts real offices and systems produce (issue 14), built by code: a title
// block, a header row, one row per framework node (full marks, subtotals that add up), then extra rows
// inserted where a test wants them.
import { allNodes } from "../../../../src/core/framework/model";
import { scoreUnit } from "../../../../src/core/scoring/score";
import { validateSheet } from "../../../../src/core/submission/validate";
import type { CellValue, CriterionNode, Framework, SheetSnapshot } from "../../../../src/core/types";
import { displayCode, romanToInt } from "../../../../src/core/util/codes";

export interface LayoutOptions {
  /** Sheet name (default "Sheet1"). */
  name?: string;
  /** Lines above the header, one cell each in column A. */
  title?: string[];
  /** No code column: the code is written inside the title ("2.1. Chỉ số SIPAS"). */
  codeInTitle?: boolean;
  /** With codeInTitle: areas numbered "1." as the Ministry's system does (default), or "I." (true). */
  romanAreas?: boolean;
  /** Rows to insert after a node's row: code → rows (cells in the layout's columns). */
  after?: Record<string, CellValue[][]>;
  /** Replaces a node's title (code → title). */
  titles?: Record<string, string>;
  /** Replaces a leaf's self cell (code → value). */
  self?: Record<string, CellValue>;
  /** The grand-total row's self value (default: the sum of the areas). */
  totalSelf?: number;
  /** Rows after the total row. */
  tail?: CellValue[][];
}

function points(n: CriterionNode): number {
  return n.source === "self" ? (n.children.length ? n.children.reduce((t, c) => t + points(c), 0) : n.max) : 0;
}

/**
 * A unit's sheet: columns STT · Nội dung · Điểm tối đa · Tự đánh giá · Tài liệu kiểm chứng (or, without
 * a code column, the same less STT). Every self-scored leaf at its maximum with evidence.
 */
export function layoutSheet(fw: Framework, o: LayoutOptions = {}): SheetSnapshot {
  const values: CellValue[][] = (o.title ?? []).map((t) => [t]);
  values.push([]);
  const head = ["Nội dung", "Điểm tối đa", "Tự đánh giá", "Tài liệu kiểm chứng"];
  values.push(o.codeInTitle ? head : ["STT", ...head]);
  const row = (code: string, title: string, max: CellValue, self: CellValue, evidence: string): CellValue[] =>
    o.codeInTitle
      ? [
          `${o.romanAreas ? code : code.replace(/^[IVX]+$/, (r) => String(romanToInt(r)))}. ${title}`,
          max,
          self,
          evidence,
        ]
      : [code, title, max, self, evidence];
  for (const n of allNodes(fw)) {
    const leaf = n.children.length === 0;
    const self = leaf ? (n.source === "self" ? n.max : null) : points(n);
    values.push(
      row(
        displayCode(n.code),
        o.titles?.[n.code] ?? n.title,
        n.max,
        o.self && n.code in o.self ? o.self[n.code] : self,
        leaf && n.source === "self" ? "Kế hoạch số 15/KH-UBND" : "",
      ),
    );
    for (const extra of o.after?.[n.code] ?? []) values.push(extra);
  }
  const total = fw.areas.reduce((t, a) => t + points(a), 0);
  values.push(o.codeInTitle ? ["TỔNG ĐIỂM", 100, o.totalSelf ?? total] : ["", "TỔNG ĐIỂM", 100, o.totalSelf ?? total]);
  for (const extra of o.tail ?? []) values.push(extra);
  return { name: o.name ?? "Sheet1", originRow: 0, originCol: 0, values };
}

/** Row (0-based) of the first row whose cells include a text. */
export function rowWith(sheet: SheetSnapshot, text: string): number {
  const i = sheet.values.findIndex((r) => r.some((v) => v === text));
  if (i < 0) throw new Error(`no row with ${text}`);
  return i + sheet.originRow;
}

/** Validates and scores a sheet: the unit, its points, and its findings as [rule, cell, code]. */
export function readLayout(sheet: SheetSnapshot, fw: Framework) {
  const v = validateSheet(sheet, fw);
  const s = scoreUnit(v, fw);
  return {
    v,
    unit: v.submission.unit,
    unitSource: v.submission.unitSource,
    points: s.appraisedPoints,
    blocked: s.blocked,
    findings: v.findings.map((f) => [f.rule, f.cell, f.code ?? null]),
  };
}
