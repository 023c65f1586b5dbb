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

/** Survey, bonus and penalty points staff typed into a previous summary sheet, by unit sheet name (empty cells left out). */
export function readSummaryInputs(
  sheet: SheetSnapshot,
): Map<string, { survey?: number; bonus?: number; penalty?: number }> {
  const out = new Map<string, { survey?: number; bonus?: number; penalty?: number }>();
  const found = findColumns(
    sheet,
    { sheet: /^trang tinh$/, survey: /dieu tra/, bonus: /^diem thuong/, penalty: /^diem tru/ },
    ["sheet", "survey"],
  );
  if (!found) return out;
  const g = new Grid(sheet);
  for (let r = found.row + 1; r < g.endRow; r++) {
    const name = cellText(g.value(r, found.cols.sheet!)).trim();
    if (!name) continue;
    const entry: { survey?: number; bonus?: number; penalty?: number } = {};
    for (const k of ["survey", "bonus", "penalty"] as const) {
      const v = numberAt(g, r, found.cols[k]);
      if (v !== null) entry[k] = v;
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
  points: number;
  sheet?: string;
  cell?: string;
  file?: string;
}
