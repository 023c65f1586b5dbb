import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";

/** The columns a submission sheet may have. */
export type ColumnRole = "code" | "title" | "max" | "self" | "appraised" | "evidence" | "explanation" | "note";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderMatch {
  /** Absolute row of the (last) header row; data starts below it. */
  row: number;
  /** Number of header rows (1, or 2 for a merged two-row header). */
  rows: number;
  columns: ColumnMap;
}

// Checked in this order: the first role whose test accepts the folded header text wins.
// Order matters: "ý kiến thẩm định" is the appraisal note, not the appraised score.
const ROLE_TESTS: [ColumnRole, (t: string) => boolean][] = [
  ["note", (t) => /\by kien\b|\bappraisal (note|comment|opinion)|\bappraiser/.test(t)],
  ["evidence", (t) => /kiem chung|\bevidence\b|tai lieu/.test(t)],
  ["explanation", (t) => /giai trinh|ghi chu|thuyet minh|\bexplanation\b|\bremarks?\b|^notes?$/.test(t)],
  ["self", (t) => /tu (danh gia|cham|dg)|\bself\b/.test(t)],
  ["appraised", (t) => /tham dinh|\bappraised\b|\bappraisal\b|hoi dong cham/.test(t)],
  ["max", (t) => /toi da|\bmax(imum)?\b|diem chuan/.test(t)],
  ["code", (t) => /^(stt|tt|ma|ma so|ma tieu chi|so tt|code|no|#)$/.test(t)],
  ["title", (t) => /noi dung|tieu chi|linh vuc|\bcriteri(on|a)\b|\btitle\b|\bcontent\b|\barea\b/.test(t)],
];

/** The role of a header cell's text, or null. */
export function headerRole(text: string): ColumnRole | null {
  const t = foldLoose(text);
  if (!t) return null;
  for (const [role, test] of ROLE_TESTS) if (test(t)) return role;
  return null;
}

function rolesOf(texts: string[], firstCol: number): ColumnMap {
  const map: ColumnMap = {};
  texts.forEach((t, i) => {
    const role = headerRole(t);
    if (role && map[role] === undefined) map[role] = firstCol + i;
  });
  return map;
}

function score(map: ColumnMap): number {
  if (map.title === undefined && map.code === undefined) return 0;
  if (map.max === undefined && map.self === undefined && map.appraised === undefined) return 0;
  return Object.keys(map).length;
}

/**
 * Finds the header row among the first 30 rows of the used range, including a two-row header
 * whose upper cells are merged ("Điểm" over "Tối đa | Tự đánh giá | Thẩm định").
 */
export function findHeader(grid: Grid, scanRows = 30): HeaderMatch | null {
  const last = Math.min(grid.endRow, grid.firstRow + scanRows);
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  const rowTexts = (r: number) => {
    const out: string[] = [];
    for (let c = grid.firstCol; c < grid.endCol; c++) out.push(cellText(grid.value(r, c)));
    return out;
  };
  for (let r = grid.firstRow; r < last; r++) {
    const upper = rowTexts(r);
    const single = rolesOf(upper, grid.firstCol);
    const s1 = score(single);
    if (s1 > bestScore) {
      best = { row: r, rows: 1, columns: single };
      bestScore = s1;
    }
    if (r + 1 < grid.endRow) {
      // A merged upper cell holds its text in its first column only: carry it right over the
      // empty cells that have text below them.
      const lower = rowTexts(r + 1);
      const combined: string[] = [];
      let carry = "";
      for (let i = 0; i < upper.length; i++) {
        if (upper[i].trim()) carry = upper[i];
        else if (!lower[i].trim()) carry = "";
        const top = upper[i].trim() ? upper[i] : lower[i].trim() ? carry : "";
        combined.push(lower[i].trim() ? `${top} ${lower[i]}`.trim() : upper[i]);
      }
      const double = rolesOf(combined, grid.firstCol);
      const s2 = score(double);
      if (s2 > bestScore) {
        best = { row: r + 1, rows: 2, columns: double };
        bestScore = s2;
      }
    }
    // Every role found: no later row can score higher, and the scan costs as much as the rest of reading.
    if (bestScore === ROLE_TESTS.length) break;
  }
  return best;
}
