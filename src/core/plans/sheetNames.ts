import { GeneratedKind, WorkbookSnapshot } from "../types.js";
import { freeName, nameKey as key } from "../util/sheetNames.js";

export const SUMMARY_SHEET = "Tổng hợp";
export const RANKING_SHEET = "Xếp hạng";
export const DETAIL_SHEET = "Điểm chi tiết";
export const PLAN_SHEET = "Kế hoạch khắc phục";
export const ANALYSIS_SHEET = "Phân tích";

/** Names of the sheets the results and plans occupy (formulas refer to them by name). */
export interface SheetNames {
  summary: string;
  ranking: string;
  detail: string;
  plan: string;
  analysis: string;
}

export const DEFAULT_SHEET_NAMES: SheetNames = {
  summary: SUMMARY_SHEET,
  ranking: RANKING_SHEET,
  detail: DETAIL_SHEET,
  plan: PLAN_SHEET,
  analysis: ANALYSIS_SHEET,
};

/**
 * Chooses the generated sheets' names before any formula is written: an earlier generated sheet of
 * the same kind keeps its name (it will be replaced); a user's sheet with the default name is left
 * alone and ours becomes "Tổng hợp (2)". Excel compares sheet names case-insensitively.
 */
export function resolveSheetNames(snapshot: WorkbookSnapshot): SheetNames {
  const userNames = new Set(snapshot.sheets.filter((s) => !s.generated).map((s) => key(s.name)));
  const taken = new Set<string>();
  const out = { ...DEFAULT_SHEET_NAMES };
  for (const kind of Object.keys(DEFAULT_SHEET_NAMES) as (keyof SheetNames & GeneratedKind)[]) {
    const own = snapshot.sheets.find((s) => s.generated === kind && !taken.has(key(s.name)));
    const name = own?.name ?? freeName(DEFAULT_SHEET_NAMES[kind], new Set([...userNames, ...taken]));
    taken.add(key(name));
    out[kind] = name;
  }
  return out;
}
