// Readers that run before the engine: inputs staff keep in the workbook (survey tables, last year's
// results, entries typed into an earlier summary).
import { SheetSnapshot } from "../types.js";
import { parseNumber } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "../submission/grid.js";

/** A unit's result last year, to show the change in points and rank. */
export interface PreviousResult {
  unit: string;
  points: number | null;
  rank: number | null;
}

/** Finds the row (in the first 40) whose cells name all the wanted columns; returns their columns. */
export function findColumns<K extends string>(
  sheet: SheetSnapshot,
  wanted: Record<K, RegExp>,
  required: NoInfer<K>[],
): { row: number; cols: Partial<Record<K, number>> } | null {
  const g = new Grid(sheet);
  for (let r = g.firstRow; r < Math.min(g.endRow, g.firstRow + 40); r++) {
    const cols: Partial<Record<K, number>> = {};
    for (let c = g.firstCol; c < g.endCol; c++) {
      const t = foldLoose(cellText(g.value(r, c)));
      if (!t) continue;
      for (const k of Object.keys(wanted) as K[]) if (cols[k] === undefined && wanted[k].test(t)) cols[k] = c;
    }
    if (required.every((k) => cols[k] !== undefined)) return { row: r, cols };
  }
  return null;
}

function numberAt(g: Grid, r: number, c: number | undefined): number | null {
  if (c === undefined) return null;
  const n = parseNumber(g.value(r, c));
  return n.kind === "number" ? n.value : null;
}

/** What staff typed into a previous summary sheet for one unit. */
export interface SummaryEntry {
  survey?: number;
  bonus?: number;
  penalty?: number;
  /** Survey points by component (leaf code), from the columns headed "ĐTXHH <code>. …". */
  surveyParts?: Record<string, number>;
}

/** The header of a survey component's input column on the summary sheet ("ĐTXHH 3.1. SIPAS (tối đa 4)"). */
export const SURVEY_PART_PREFIX = "ĐTXHH ";

/**
 * Survey, bonus and penalty points staff typed into a previous summary sheet, by unit sheet name
 * (empty cells and cells holding a formula, which nobody typed, left out).
 */
export function readSummaryInputs(sheet: SheetSnapshot): Map<string, SummaryEntry> {
  const out = new Map<string, SummaryEntry>();
  const found = findColumns(
    sheet,
    { sheet: /^trang tinh$/, survey: /dieu tra/, bonus: /^diem thuong/, penalty: /^diem tru/ },
    ["sheet", "survey"],
  );
  if (!found) return out;
  const g = new Grid(sheet);
  const typed = (r: number, c: number | undefined) => (c !== undefined && g.formula(r, c) ? null : numberAt(g, r, c));
  const partCols: { c: number; code: string }[] = [];
  const prefix = foldLoose(SURVEY_PART_PREFIX);
  for (let c = g.firstCol; c < g.endCol; c++) {
    const h = foldLoose(cellText(g.value(found.row, c)));
    const m = h.startsWith(prefix) ? /^([0-9.]+[0-9])/.exec(h.slice(prefix.length)) : null;
    if (m) partCols.push({ c, code: m[1] });
  }
  for (let r = found.row + 1; r < g.endRow; r++) {
    const name = cellText(g.value(r, found.cols.sheet!)).trim();
    if (!name) continue;
    const entry: SummaryEntry = {};
    for (const k of ["survey", "bonus", "penalty"] as const) {
      const v = typed(r, found.cols[k]);
      if (v !== null) entry[k] = v;
    }
    for (const p of partCols) {
      const v = typed(r, p.c);
      if (v !== null) entry.surveyParts = { ...(entry.surveyParts ?? {}), [p.code]: v };
    }
    out.set(name, entry);
  }
  return out;
}

/**
 * Last year's results from a sheet with a unit column and a points and/or rank column (our own
 * "Tổng hợp" of last year, or a table staff typed: "Đơn vị | Tổng điểm | Xếp hạng").
 */
export function readPreviousResults(sheet: SheetSnapshot): PreviousResult[] {
  const found =
    findColumns(
      sheet,
      {
        unit: /^(ten )?don vi$|^unit$/,
        points: /^tong diem$|^diem$|^points$|^total$/,
        rank: /^(xep hang|thu hang)|^rank/,
      },
      ["unit", "points"],
    ) ??
    findColumns(
      sheet,
      {
        unit: /^(ten )?don vi$|^unit$/,
        points: /^tong diem$|^diem$|^points$|^total$/,
        rank: /^(xep hang|thu hang)|^rank/,
      },
      ["unit", "rank"],
    );
  if (!found) return [];
  const g = new Grid(sheet);
  const out: PreviousResult[] = [];
  for (let r = found.row + 1; r < g.endRow; r++) {
    const unit = cellText(g.value(r, found.cols.unit!)).trim();
    // The table ends at its first empty row: what follows (bands, notes, another table) is not results.
    if (!unit) {
      if (out.length) break;
      continue;
    }
    const points = numberAt(g, r, found.cols.points);
    const rank = numberAt(g, r, found.cols.rank);
    if (points === null && rank === null) continue;
    out.push({ unit, points, rank });
  }
  return out;
}

/**
 * Survey points (SIPAS, điều tra xã hội học) from a table with a unit column and a survey column
 * ("Đơn vị | Điểm điều tra XHH"); empty when the sheet is not such a table.
 */
export function readSurveyTable(sheet: SheetSnapshot): SurveyEntry[] {
  if (sheet.generated) return [];
  const found = findColumns(sheet, { unit: /^(ten )?don vi$|^unit$/, points: /dieu tra|sipas|^survey/ }, [
    "unit",
    "points",
  ]);
  if (!found) return [];
  const g = new Grid(sheet);
  const out: SurveyEntry[] = [];
  for (let r = found.row + 1; r < g.endRow; r++) {
    const unit = cellText(g.value(r, found.cols.unit!)).trim();
    const points = numberAt(g, r, found.cols.points);
    if (unit && points !== null)
      out.push({
        unit,
        points,
        sheet: sheet.name,
        cell: g.addr(r, found.cols.points!),
        ...(sheet.file ? { file: sheet.file } : {}),
      });
  }
  return out;
}

/** One unit's survey points as read from a survey table, and where. */
export interface SurveyEntry {
  unit: string;
  /** The total: the table's total column, or the sum of its component columns. */
  points: number;
  /** Points by survey component (leaf code), when the table has a column per component. */
  parts?: Record<string, { points: number; cell: string }>;
  sheet?: string;
  cell?: string;
  file?: string;
}
