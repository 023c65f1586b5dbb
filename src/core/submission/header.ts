import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";

/** The columns a submission sheet may have. */
export type ColumnRole =
  | "code"
  | "title"
  | "max"
  | "self"
  | "appraised"
  | "evidence"
  | "explanation"
  | "note"
  | "proposal"
  // The figures a unit declares for formula-scored criteria ("Số liệu kê khai"): one cell ("45/50",
  // "90%", "Có", "3 văn bản"), a numerator and a denominator ("Tử số" | "Mẫu số"), or a percentage ("Tỷ lệ (%)").
  | "declared"
  | "numerator"
  | "denominator"
  | "percent";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderMatch {
  /** Absolute row of the (last) header row; data starts below it. */
  row: number;
  /** Number of header rows (1, or 2 for a merged two-row header). */
  rows: number;
  columns: ColumnMap;
  /**
   * The appraisal columns in round order, earliest first ("Điểm thẩm định lần 1", "lần 2", "… sau
   * giải trình", "Điểm HĐTĐ"); one entry for a single appraised column, none without one.
   * `columns.appraised` is the first of them.
   */
  rounds: AppraisalRound[];
}

/** One appraisal column: where it is and how its header names it. */
export interface AppraisalRound {
  col: number;
  /** The header text as written ("Điểm thẩm định lần 2"). */
  label: string;
  /** Its place among the rounds: the round number, 50 after an explanation, 90 for the council. */
  order: number;
}

const ROUND_NUMBER = /\b(?:lan|vong|dot)\s*(?:thu\s*)?(\d+)\b/;

/** The place of an appraisal column among the rounds, from its header's folded text. */
export function roundOrder(t: string): number {
  const n = ROUND_NUMBER.exec(t);
  if (n) return Number(n[1]);
  if (/sau giai trinh|\blai\b|phuc tra|cuoi cung|chinh thuc/.test(t)) return 50;
  if (/\bhdtd\b|hoi dong/.test(t)) return 90;
  return 1;
}

// An appraisal round named with words another role would claim first ("Điểm thẩm định sau giải
// trình" is not an explanation; "Điểm HĐTĐ" is the council's score). "Ý kiến …" stays a note.
function isRoundHeader(t: string): boolean {
  if (/\by kien\b/.test(t)) return false;
  return /(tham dinh|\bhdtd\b).*(sau giai trinh|\b(lan|vong|dot)\s*\d)|^diem (hdtd|hoi dong tham dinh)\b/.test(t);
}

// Checked in this order: the first role whose test accepts the folded header text wins.
// Order matters: "ý kiến thẩm định" is the appraisal note, not the appraised score.
const ROLE_TESTS: [ColumnRole, (t: string) => boolean][] = [
  // What the unit writes in reply to an appraisal is the unit's, never the appraiser's note.
  ["proposal", (t) => /de xuat (muc )?diem|diem de xuat|\bproposed score\b/.test(t)],
  [
    "explanation",
    (t) => /y kien (giai trinh )?(cua )?(don vi|co quan)|don vi giai trinh|\bunit'?s? (reply|response)\b/.test(t),
  ],
  ["appraised", isRoundHeader],
  ["note", (t) => /\by kien\b|\bappraisal (note|comment|opinion)|\bappraiser/.test(t)],
  ["evidence", (t) => /kiem chung|\bevidence\b|tai lieu/.test(t)],
  ["explanation", (t) => /giai trinh|ghi chu|thuyet minh|\bexplanation\b|\bremarks?\b|^notes?$/.test(t)],
  // "Tử số / Mẫu số" in one column holds "45/50"; "Tử số" and "Mẫu số" apart hold one number each.
  ["declared", (t) => /\btu so\b.*\bmau so\b/.test(t)],
  ["numerator", (t) => /\btu so\b|\bnumerator\b/.test(t)],
  ["denominator", (t) => /\bmau so\b|\bdenominator\b/.test(t)],
  [
    "percent",
    (t) =>
      /^(so lieu )?(ke khai )?ty le( %| phan tram)?( %)?( (dat|thuc hien|ke khai))?$|^(rate|ratio|percent(age)?)( %)?$/.test(
        t,
      ),
  ],
  [
    "declared",
    (t) => /^so lieu\b|\bso lieu (ke khai|bao cao|thuc hien|danh gia)\b|\bdeclared (figures?|data)\b/.test(t),
  ],
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

/** The roles of declared figures: optional columns that a header row may have besides the scores. */
const DECLARED_ROLES: ReadonlySet<ColumnRole> = new Set(["declared", "numerator", "denominator", "percent"]);
/** The roles every full header has (the scan stops early at a row with all of them). */
const ROLE_COUNT = new Set(ROLE_TESTS.map(([role]) => role).filter((r) => !DECLARED_ROLES.has(r))).size;

function rolesOf(texts: string[], firstCol: number): { map: ColumnMap; rounds: AppraisalRound[] } {
  const map: ColumnMap = {};
  const rounds: AppraisalRound[] = [];
  texts.forEach((t, i) => {
    const role = headerRole(t);
    if (role === "appraised") {
      const label = t.replace(/\s+/g, " ").trim();
      rounds.push({ col: firstCol + i, label, order: roundOrder(foldLoose(t)) });
    }
    if (role && map[role] === undefined) map[role] = firstCol + i;
  });
  // Earliest round first; columns of the same round in sheet order.
  rounds.sort((a, b) => a.order - b.order || a.col - b.col);
  return { map, rounds };
}

function distinctRounds(rounds: AppraisalRound[]): number {
  return new Set(rounds.map((x) => x.order)).size;
}

function score(map: ColumnMap): number {
  if (map.title === undefined && map.code === undefined) return 0;
  if (map.max === undefined && map.self === undefined && map.appraised === undefined) return 0;
  return Object.keys(map).length;
}

function coreRoles(h: HeaderMatch | null): number {
  return h ? Object.keys(h.columns).filter((r) => !DECLARED_ROLES.has(r as ColumnRole)).length : 0;
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
    const s1 = score(single.map);
    if (s1 > bestScore) {
      best = { row: r, rows: 1, columns: single.map, rounds: single.rounds };
      bestScore = s1;
    }
    // A blank row above a header is no header row of its own.
    if (r + 1 < grid.endRow && upper.some((t) => t.trim())) {
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
      const s2 = score(double.map);
      // As many roles, but the lower row tells the rounds apart ("Điểm thẩm định" over "Lần 1", "Lần 2").
      const moreRounds =
        s2 === bestScore &&
        best !== null &&
        best.row === r &&
        distinctRounds(double.rounds) > distinctRounds(best.rounds);
      if (s2 > bestScore || moreRounds) {
        best = { row: r + 1, rows: 2, columns: double.map, rounds: double.rounds };
        bestScore = s2;
      }
    }
    // Every role found: no later row can score higher, and the scan costs as much as the rest of reading.
    // (Unless its appraisal columns look alike: a row below may tell their rounds apart.)
    if (coreRoles(best) === ROLE_COUNT && distinctRounds(best!.rounds) === best!.rounds.length) break;
  }
  return best;
}
