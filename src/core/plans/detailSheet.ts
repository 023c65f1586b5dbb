import { appliesTo, groupsWithMaxima, nodeMax } from "../framework/model.js";
import { scoredLeaves } from "../scoring/score.js";
import { CountedRule } from "../submission/counted.js";
import { ReadCell } from "../submission/parseSubmission.js";
import { ValidatedSheet } from "../submission/validate.js";
import { CriterionNode, Framework, SheetPlan } from "../types.js";
import { a1, colLetter, sheetRef } from "../util/a1.js";
import { displayCode } from "../util/codes.js";
import { numberValueFormula } from "../util/numbers.js";
import { HEADER_FILL, PlanBuilder, POINTS, wrappedLines } from "./builder.js";
import { DETAIL_SHEET } from "./sheetNames.js";
import { cellText, foldLoose } from "../util/text.js";

/** How each rule of the counted score is said on the sheets. */
export const COUNTED_RULE_TEXT: Record<CountedRule, string> = {
  "appraised-else-self": "điểm thẩm định; tiêu chí chưa thẩm định lấy điểm tự đánh giá",
  appraised: "chỉ điểm thẩm định; tiêu chí chưa thẩm định tính 0 điểm",
  self: "điểm tự đánh giá của đơn vị (chưa tính kết quả thẩm định)",
};
/** What the detail sheet shows for a leaf marked not applicable. */
export const NA_MARK = "KAD";

/** Where each unit's counted score of each leaf lives on the detail sheet. */
export interface DetailLayout {
  sheet: string;
  leaves: CriterionNode[];
  /** 0-based column of each leaf code. */
  leafCol: Map<string, number>;
  /** 0-based row of each unit (by its sheet name). */
  unitRow: Map<string, number>;
  /** 0-based row holding the leaves' maxima. */
  maxRow: number;
  /** 0-based rows holding the maxima of the groups that have their own ("Điểm tối đa (Xã)"), by folded group name. */
  groupMaxRow?: Map<string, number>;
  firstLeafCol: number;
  lastLeafCol: number;
  /** First and last leaf column of each area (absent when the area has no unit-scored leaf). */
  areaCols: Map<string, { from: number; to: number }>;
}

function term(ref: string, cell: ReadCell): string {
  if (cell.na) return `IF(ISNUMBER(${ref}),${ref},"${NA_MARK}")`;
  if (cell.num.kind === "number" && cell.num.fromText) return numberValueFormula(ref, cellText(cell.raw));
  return ref;
}

/** The test that a score cell is empty, as the engine reads it (a cell of spaces is empty too). */
function emptyTest(ref: string, c: ReadCell): string {
  return typeof c.raw === "string" && c.raw.trim() === "" && c.raw !== "" ? `TRIM(${ref})=""` : `${ref}=""`;
}

/** The cells a row's scores are read from: its self cell and its appraisal cells, latest round first. */
export interface ScoreCells {
  self: ReadCell | null;
  appraised: ReadCell | null;
  rounds?: (ReadCell | null)[];
}

/**
 * The formula of a row's appraised score: the latest appraisal round with a value, round by round
 * down to the first (criterion by criterion, as the engine counts), else `otherwise`.
 */
function appraisalChain(ref: (c: ReadCell) => string, m: ScoreCells, otherwise: string): string {
  const rounds = (m.rounds ?? [m.appraised]).filter((c): c is ReadCell => c !== null);
  let f = otherwise;
  for (const c of rounds) f = `IF(${emptyTest(ref(c), c)},${f},${term(ref(c), c)})`;
  return f;
}

/**
 * The formula giving a leaf's counted score straight from the unit's sheet: the appraised score
 * where filled (the latest round with a value), else the self score. Text numbers ("0,5") and KAD
 * marks are read as the engine reads them, so the formula's value equals the engine's. A row read
 * from another sheet of the unit (a unit split over several tabs) names its own sheet.
 */
export function countedFormula(
  sheet: string,
  m: ScoreCells & { sheet?: string },
  rule: CountedRule = "appraised-else-self",
): string | null {
  const expr = countedExpression(m.sheet ?? sheet, m, rule);
  return expr === null ? null : `=${expr}`;
}

/** countedFormula without its "=" (to add several rows: bonus and penalty rows). */
export function countedExpression(
  sheet: string,
  m: ScoreCells,
  rule: CountedRule = "appraised-else-self",
): string | null {
  const ref = (c: ReadCell) => sheetRef(sheet, a1(c.row, c.col));
  const s = m.self;
  const hasAppraisal = (m.rounds ?? [m.appraised]).some((c) => c !== null);
  if (rule === "self") return s ? term(ref(s), s) : null;
  if (rule === "appraised") {
    if (!hasAppraisal) return null;
    if (!m.rounds) return term(ref(m.appraised!), m.appraised!);
    return appraisalChain(ref, m, "0");
  }
  if (!s && !hasAppraisal) return null;
  if (!hasAppraisal) return term(ref(s!), s!);
  return appraisalChain(ref, m, s ? term(ref(s), s) : "0");
}

/** Columns A:B (STT, đơn vị), repeated at the left of every printed page. */
const TITLE_WIDTH = 31;

/** The detail sheet: one row per unit, one column per unit-scored leaf, each a live formula. */
export function detailSheetPlan(
  fw: Framework,
  units: ValidatedSheet[],
  name = DETAIL_SHEET,
  rule: CountedRule = "appraised-else-self",
): { plan: SheetPlan; layout: DetailLayout } {
  const lv = scoredLeaves(fw);
  const first = 3;
  const b = new PlanBuilder(name, "detail", 11);
  const last = first + lv.length - 1;
  // The title and note stay within the columns repeated on every printed page (A:B): merged
  // further, the part over the repeated columns would print again over the rest.
  const title = "ĐIỂM CHI TIẾT THEO TIÊU CHÍ CỦA TỪNG ĐƠN VỊ";
  const note = `Điểm được tính: ${COUNTED_RULE_TEXT[rule]}. KAD: không áp dụng. Mỗi ô là công thức lấy từ trang tính của đơn vị.`;
  b.line(0, 0, 1, title, { bold: true, fontSize: 13, hAlign: "left", wrap: true, vAlign: "top" });
  b.line(1, 0, 1, note, { italic: true, hAlign: "left", wrap: true, vAlign: "top" });
  b.plan.rowHeights = [
    { row: 0, height: wrappedLines(title, TITLE_WIDTH * 0.8) * 17.25 + 3 },
    { row: 1, height: wrappedLines(note, TITLE_WIDTH) * 15 + 3 },
  ];
  const header = 2,
    maxRow = 3;
  b.value(header, 0, "STT").value(header, 1, "Đơn vị").value(header, 2, "Trang tính");
  b.value(maxRow, 1, "Điểm tối đa");
  const leafCol = new Map<string, number>();
  const areaCols = new Map<string, { from: number; to: number }>();
  lv.forEach((l, i) => {
    const c = first + i;
    leafCol.set(l.code, c);
    b.value(header, c, displayCode(l.code)).value(maxRow, c, l.max);
    const area = l.code.split(".")[0];
    const cur = areaCols.get(area);
    areaCols.set(area, cur ? { from: cur.from, to: c } : { from: c, to: c });
  });
  // Groups with maxima of their own get a maxima row each, under the framework's.
  const groupMaxRow = new Map<string, number>();
  groupsWithMaxima(fw).forEach((g, k) => {
    const r = maxRow + 1 + k;
    groupMaxRow.set(foldLoose(g), r);
    b.value(r, 1, `Điểm tối đa (${g})`);
    for (const l of lv) b.value(r, leafCol.get(l.code)!, nodeMax(l, g));
  });
  const firstUnit = maxRow + 1 + groupMaxRow.size;
  const unitRow = new Map<string, number>();
  units.forEach((u, i) => {
    const r = firstUnit + i;
    unitRow.set(u.submission.sheet, r);
    b.value(r, 0, i + 1)
      .value(r, 1, u.submission.unit)
      .value(r, 2, u.submission.sheet);
    for (const l of lv) {
      const m = u.submission.byCode.get(l.code);
      if (!m || !appliesTo(fw, l, u.submission.group)) continue;
      const f = countedFormula(u.submission.sheet, m, rule);
      if (f) b.formula(r, leafCol.get(l.code)!, f);
    }
  });
  const lastRow = firstUnit - 1 + Math.max(1, units.length);
  b.style(header, 0, firstUnit - 1, last, { bold: true, fill: HEADER_FILL, hAlign: "center", border: "thin" });
  b.style(firstUnit, 0, lastRow, last, { border: "thin" });
  b.style(maxRow, first, lastRow, last, { numberFormat: POINTS, hAlign: "center" });
  b.widths([5, TITLE_WIDTH - 5, 14, ...lv.map(() => 7)]);
  b.plan.freeze = { rows: firstUnit, columns: first };
  b.plan.print = {
    orientation: "landscape",
    paper: "A4",
    titleRows: `$${header + 1}:$${firstUnit}`,
    // Pages go across the criteria: each repeats the STT and the unit's name at its left.
    titleColumns: "$A:$B",
    fitToWidth: false,
  };
  return {
    plan: b.build(),
    layout: {
      sheet: name,
      leaves: lv,
      leafCol,
      unitRow,
      maxRow,
      ...(groupMaxRow.size > 0 ? { groupMaxRow } : {}),
      firstLeafCol: first,
      lastLeafCol: last,
      areaCols,
    },
  };
}

/** Reference to a unit's counted score of a leaf on the detail sheet. */
export function detailCellRef(layout: DetailLayout, unitSheet: string, code: string): string {
  return sheetRef(layout.sheet, a1(layout.unitRow.get(unitSheet)!, layout.leafCol.get(code)!));
}

/** A unit's row range of leaf cells on the detail sheet, e.g. 'Điểm chi tiết'!D5:BV5. */
export function detailRowRange(
  layout: DetailLayout,
  unitSheet: string,
  from = layout.firstLeafCol,
  to = layout.lastLeafCol,
): string {
  const r = layout.unitRow.get(unitSheet)! + 1;
  return `${sheetRef(layout.sheet, `${colLetter(from)}${r}`)}:${colLetter(to)}${r}`;
}

/** The maxima row range matching detailRowRange (absolute); the group's own maxima when it has them. */
export function detailMaxRange(
  layout: DetailLayout,
  from = layout.firstLeafCol,
  to = layout.lastLeafCol,
  group = "",
): string {
  const r = (layout.groupMaxRow?.get(foldLoose(group)) ?? layout.maxRow) + 1;
  return `${sheetRef(layout.sheet, `$${colLetter(from)}$${r}`)}:$${colLetter(to)}$${r}`;
}
