import { appliesTo, nodeIndex, allNodes } from "../framework/model.js";
import { CellValue, CriterionNode, Framework, SheetSnapshot } from "../types.js";
import { codeDepth, codeInTitle, normalizeCode, optionLabel, optionLabelInTitle, romanToInt } from "../util/codes.js";
import { parseNumber, ParsedNumber } from "../util/numbers.js";
import { cellText, foldLoose, foldText } from "../util/text.js";
import { foldTitle } from "./abbreviations.js";
import { Grid } from "./grid.js";
import { findHeader, HeaderMatch } from "./header.js";
import { GroupSource, GroupTables, resolveGroup } from "./groups.js";
import { findUnit } from "./unit.js";

/** One cell of a submission as read: where it is, what it holds, and how it reads as a number. */
export interface ReadCell {
  row: number;
  col: number;
  addr: string;
  raw: CellValue;
  formula: string | null;
  num: ParsedNumber;
  /** Marked not applicable (KAD, "Không áp dụng", "Không phát sinh", N/A). */
  na: boolean;
  /** Marked as scored by the survey ("ĐTXHH", "Điều tra XHH", "SIPAS"): not the unit's score, not a mistake. */
  survey: boolean;
}

/** A sheet row matched to a framework node. */
export interface MatchedRow {
  node: CriterionNode;
  row: number;
  codeCell: string;
  codeRaw: CellValue;
  title: string;
  titleCell: string;
  max: ReadCell | null;
  self: ReadCell | null;
  appraised: ReadCell | null;
  evidence: string;
  explanation: string;
  note: string;
  hidden: boolean;
  /**
   * With several appraisal rounds: every round's cell, earliest first (as `header.rounds`); `appraised`
   * is the latest of them with a value (else the latest), and `round` its index (null when none has one).
   */
  rounds?: (ReadCell | null)[];
  round?: number | null;
  /** The sheet the row was read from when it is not the unit's first sheet (a unit split over several tabs). */
  sheet?: string;
  /** The score the unit proposes in reply to the appraisal ("Đề xuất mức điểm"), when the sheet has the column. */
  proposal?: ReadCell | null;
  /** The figures the unit declares ("Số liệu kê khai", "Tử số" | "Mẫu số", "Tỷ lệ (%)"), when the sheet has such columns. */
  declared?: DeclaredCells;
}

/** A row's declared-figure cells, one per column the sheet has (see scoring/declared.ts for how they read). */
export interface DeclaredCells {
  /** "Số liệu kê khai": "45/50", "90%", 0.9, "Có", "3 văn bản". */
  value?: ReadCell | null;
  numerator?: ReadCell | null;
  denominator?: ReadCell | null;
  /** "Tỷ lệ (%)": 90, "90,5 %", or 0.9 in a cell formatted as a percentage. */
  percent?: ReadCell | null;
}

/** A row whose numeric code could be several criteria (1.10 stored as 1.1), and how it was read. */
export interface AmbiguousCode {
  row: number;
  /** The code cell (A1). */
  cell: string;
  /** The code as the sheet shows it ("2.1"). */
  text: string;
  /** The framework codes it could be, most literal first. */
  candidates: string[];
  /** The code it was read as. */
  code: string;
  /** What decided: the row's title, or its position after the previous criterion. */
  by: "title" | "position";
}

/** A row whose code is not in the framework but whose title is: it was read by its title. */
export interface CodeMismatch {
  row: number;
  cell: string;
  /** The code as the sheet shows it. */
  text: string;
  /** The criterion its title names. */
  code: string;
}

/** A row with a code, or a title and a score, that matches no criterion: it was not read. */
export interface UnknownRow {
  row: number;
  cell: string;
  /** The code as the sheet shows it ("" when the row has none). */
  text: string;
  title: string;
  /** The most literal framework-style code read from the code cell, when there is one. */
  candidate?: string;
}

/** A second row of a criterion already read: it was not read. */
export interface DuplicateRow {
  row: number;
  cell: string;
  code: string;
  /** The row the criterion was first read on. */
  firstRow: number;
}

/**
 * A scale option written as a row under a criterion ("a) Có: 1 điểm", "ii) Từ 80%…", "- Không"): part
 * of the criterion above it, never a criterion or an area of its own. Not read as a score.
 */
export interface OptionRow {
  row: number;
  /** The cell holding the label (the code cell, or the title cell when the label starts the title). */
  cell: string;
  /** The label, lower-cased: "a", "ii", "-". */
  label: string;
  title: string;
  /** The criterion it belongs to (the leaf read above it), or null when no leaf precedes it. */
  under: string | null;
}

/**
 * A bonus or penalty row in the unit's own sheet ("Điểm thưởng", "Điểm cộng", "Điểm trừ", "Điểm phạt",
 * numbered or not): the unit's bonus or penalty, not a criterion. Read, not yet counted.
 */
export interface AdjustmentRow {
  kind: "bonus" | "penalty";
  row: number;
  /** The title cell (or the code cell when the label is there). */
  cell: string;
  title: string;
  self: ReadCell | null;
  appraised: ReadCell | null;
  /** As on MatchedRow: the sheet of a row read from another tab of the unit. */
  sheet?: string;
  /** With several appraisal rounds, as on MatchedRow. */
  rounds?: (ReadCell | null)[];
  round?: number | null;
}

/** A criterion the unit's group should report that the sheet lacks, and the cell where its row belongs. */
export interface MissingCriterion {
  node: CriterionNode;
  row: number;
  cell: string;
}

/**
 * What reading met beyond the matched rows, as facts for the reading rules to report (the parser
 * reports nothing itself). No header (`Submission.header` null) and no unit name
 * (`Submission.unitSource` "sheet") are facts of the submission itself. Lists are in sheet order,
 * `missing` in framework order, one entry per highest missing node.
 */
export interface ReadingFacts {
  ambiguousCodes: AmbiguousCode[];
  codeMismatches: CodeMismatch[];
  unknownRows: UnknownRow[];
  duplicateRows: DuplicateRow[];
  missing: MissingCriterion[];
  /** Scale options written as rows, in sheet order (not criteria: nothing to report). */
  options: OptionRow[];
  /** Bonus and penalty rows, in sheet order. */
  adjustments: AdjustmentRow[];
}

export interface Submission {
  file?: string;
  sheet: string;
  unit: string;
  unitSource: "title" | "label" | "sheet" | "override";
  unitCell: string;
  group: string;
  /** Where the group came from ("unknown": no group could be decided, see resolveGroup). */
  groupSource: GroupSource;
  header: HeaderMatch | null;
  /** Matched rows in sheet order. */
  rows: MatchedRow[];
  byCode: Map<string, MatchedRow>;
  /** The grand-total row ("TỔNG ĐIỂM"), when the sheet has one. */
  totalRow: {
    row: number;
    self: ReadCell | null;
    appraised: ReadCell | null;
    rounds?: (ReadCell | null)[];
    round?: number | null;
  } | null;
  /** What reading found wrong or guessed: the reading rules report it. */
  reading: ReadingFacts;
  /** The sheets read as this unit, in order, when it was joined from several tabs of one file. */
  joined?: string[];
}

export interface ParseOptions {
  file?: string;
  unitOverride?: string;
  groupOverride?: string;
  /** Group tables ("Đơn vị | Nhóm") of the run: they decide a unit's group before anything else. */
  groupTables?: GroupTables;
}

const NA_MARKERS = new Set(["kad", "kps", "khong ap dung", "khong phat sinh", "n/a", "na", "not applicable"]);

/** True when a cell's text marks a leaf as not applicable. */
export function isNotApplicableText(v: CellValue): boolean {
  return typeof v === "string" && NA_MARKERS.has(foldLoose(v));
}

// "ĐTXHH", "Điều tra XHH", "Điều tra xã hội học", "SIPAS", "Theo kết quả ĐTXHH", "Khảo sát".
const SURVEY_MARKER =
  /^(?:(?:theo|diem|lay|tinh)\s+)?(?:(?:ket qua|diem)\s+)?(?:dtxhh|dieu tra xhh|dieu tra xa hoi hoc|sipas|khao sat)(?:\s+(?:nam\s+)?\d{4})?$/;

/** True when a score cell's text says the criterion is scored by the survey. */
export function isSurveyText(v: CellValue): boolean {
  return typeof v === "string" && SURVEY_MARKER.test(foldLoose(v));
}

/**
 * The appraisal cells of a row: with one round, its cell; with several, every round's cell and the
 * latest one with a value (the one that counts, criterion by criterion).
 */
function readAppraisal(
  grid: Grid,
  row: number,
  header: HeaderMatch,
): { appraised: ReadCell | null; rounds?: (ReadCell | null)[]; round?: number | null } {
  if (header.rounds.length <= 1) return { appraised: readCell(grid, row, header.columns.appraised) };
  const rounds = header.rounds.map((x) => readCell(grid, row, x.col));
  let round: number | null = null;
  for (let i = rounds.length - 1; i >= 0 && round === null; i--) if (rounds[i]!.num.kind !== "empty") round = i;
  return { appraised: rounds[round ?? rounds.length - 1], rounds, round };
}

function readCell(grid: Grid, row: number, col: number | undefined): ReadCell | null {
  if (col === undefined) return null;
  const raw = grid.value(row, col);
  return {
    row,
    col,
    addr: grid.addr(row, col),
    raw,
    formula: grid.formula(row, col),
    num: parseNumber(raw),
    na: isNotApplicableText(raw),
    survey: isSurveyText(raw),
  };
}

// The grand total ("TỔNG ĐIỂM", "Tổng cộng", "Cộng"), as opposed to an area's subtotal ("Cộng lĩnh vực I").
const TOTAL_ROW = /^(tong( cong| diem| so diem)?|cong|total)$|^(tong cong|tong diem|tong so diem|total)\b/;
// Rows that are neither criteria nor the total: area subtotals, bonus and penalty points.
const OTHER_ROW = /^(tong|cong)( diem)?( cong)? (linh vuc|tieu chi|muc|phan)\b/;
// Bonus and penalty rows, by their folded title without its number.
const BONUS_ROW = /^(diem thuong|diem cong|bonus)\b/;
const PENALTY_ROW = /^(diem tru|diem phat|penalty)\b/;

/** Whether a row's label (its title, else its code cell) names a bonus or a penalty. */
function adjustmentKind(label: string): AdjustmentRow["kind"] | null {
  const t = foldLoose(bareTitle(label));
  return BONUS_ROW.test(t) ? "bonus" : PENALTY_ROW.test(t) ? "penalty" : null;
}

/** Candidate framework codes for a code cell, most literal first (Excel turns "1.10" into 1.1). */
function codeCandidates(v: CellValue): { candidates: string[]; numeric: boolean } {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) {
    const s = String(Number(v.toFixed(6)));
    const c = normalizeCode(s);
    if (!c) return { candidates: [], numeric: true };
    const out = [c];
    const frac = s.split(".")[1];
    if (frac && frac.length === 1) out.push(`${s.split(".")[0]}.${frac}0`);
    return { candidates: out, numeric: true };
  }
  if (typeof v === "string") {
    const c = normalizeCode(v);
    return { candidates: c ? [c] : [], numeric: false };
  }
  return { candidates: [], numeric: false };
}

function hasAnyNumber(cells: (ReadCell | null)[]): boolean {
  return cells.some((c) => c !== null && (c.num.kind === "number" || c.num.kind === "error"));
}

/** Strips a leading code or numbering from a title ("1.1. Ban hành kế hoạch" → "Ban hành kế hoạch"). */
export function bareTitle(s: string): string {
  return s.normalize("NFC").replace(/^\s*([IVXLC]+|\d+(\.\d+)*)[.):\-\s]+(?=\S)/u, "");
}

/**
 * Reads a submission sheet as it really arrives: finds the header, the unit, and matches every row
 * to the framework by code (text, Roman or numeric) or, failing that, by title. Never throws.
 * What it could not read, or read by a guess, is recorded in `reading` for the reading rules.
 */
export function parseSubmission(sheet: SheetSnapshot, fw: Framework, opts: ParseOptions = {}): Submission {
  const grid = new Grid(sheet);
  const header = findHeader(grid);
  const unitFound = header
    ? findUnit(grid, header.row - header.rows + 1)
    : { name: sheet.name.trim(), source: "sheet" as const, cell: "A1" };
  const unitName = opts.unitOverride?.trim() || unitFound.name;
  const grp = resolveGroup(unitName, sheet.name, fw, { override: opts.groupOverride, tables: opts.groupTables });
  const submission: Submission = {
    file: opts.file,
    sheet: sheet.name,
    unit: unitName,
    unitSource: opts.unitOverride?.trim() ? "override" : unitFound.source,
    unitCell: unitFound.cell,
    group: grp.group,
    groupSource: grp.source,
    header,
    rows: [],
    byCode: new Map(),
    totalRow: null,
    reading: {
      ambiguousCodes: [],
      codeMismatches: [],
      unknownRows: [],
      duplicateRows: [],
      missing: [],
      options: [],
      adjustments: [],
    },
  };
  // Without a header nothing else can be read.
  if (!header) return submission;
  const reading = submission.reading;

  const cols = header.columns;
  const hasDeclared = [cols.declared, cols.numerator, cols.denominator, cols.percent].some((c) => c !== undefined);
  const index = nodeIndex(fw);
  const order = allNodes(fw);
  const position = new Map(order.map((n, i) => [n.code, i]));
  const byTitle = new Map<string, CriterionNode>();
  const byLooseTitle = new Map<string, CriterionNode>();
  for (const n of order) {
    byTitle.set(foldText(n.title), n);
    byLooseTitle.set(foldTitle(n.title), n);
  }
  const titleNode = (t: string): CriterionNode | undefined => {
    const bare = bareTitle(t);
    return byTitle.get(foldText(bare)) ?? byLooseTitle.get(foldTitle(bare));
  };
  let last: CriterionNode | null = null;

  /**
   * Whether a row is a scale option of the leaf above rather than a criterion: it has an option's
   * label (in the code cell, or starting the title when the code cell is empty) and its title names
   * no criterion still to read. Lower-case letters, Roman numerals with a bracket ("ii)") and bullets
   * are always options; a capital Roman numeral with a bracket ("II)") is the area it numbers when
   * the framework has that area still to read and the row does not sit under a leaf, or names the
   * area by its title or its maximum.
   */
  const asOption = (
    codeRaw: CellValue,
    titleText: string,
    max: ReadCell | null,
    prev: CriterionNode | null,
  ): { label: string; inTitle: boolean } | null => {
    const codeEmpty = cellText(codeRaw).trim() === "";
    const inCode = optionLabel(codeRaw);
    const inTitle = !inCode && codeEmpty && titleText ? optionLabelInTitle(titleText) : null;
    const label = inCode ?? inTitle?.label;
    if (!label || adjustmentKind(titleText)) return null;
    const named = titleText ? titleNode(titleText) : undefined;
    if (named && !submission.byCode.has(named.code)) return null;
    const upper = inCode ? cellText(codeRaw) !== cellText(codeRaw).toLocaleLowerCase("vi") : inTitle!.upper;
    const areaNo = upper ? romanToInt(label) : null;
    if (areaNo !== null) {
      const area = index.get(String(areaNo));
      if (area && codeDepth(area.code) === 1 && !submission.byCode.has(area.code)) {
        const underLeaf = prev !== null && prev.children.length === 0;
        const maxIsArea = max !== null && max.num.kind === "number" && Math.abs(max.num.value - area.max) < 1e-9;
        if (!underLeaf || named === area || maxIsArea) return null;
      }
    }
    return { label, inTitle: !inCode };
  };

  for (let r = header.row + 1; r < grid.endRow; r++) {
    if (grid.isBlankRow(r)) continue;
    const codeCell = cols.code !== undefined ? grid.value(r, cols.code) : null;
    const titleText = cols.title !== undefined ? cellText(grid.value(r, cols.title)).trim() : "";
    const self = readCell(grid, r, cols.self);
    const appraisal = readAppraisal(grid, r, header);
    const appraised = appraisal.appraised;
    const withRounds = appraisal.rounds ? { rounds: appraisal.rounds, round: appraisal.round } : {};
    const max = readCell(grid, r, cols.max);
    // Without a code (no code column, or an empty code cell), a number starting the title is the code,
    // on a row with points or a criterion's title: a numbered note below the table ("1. Đơn vị …") is not.
    const titleCode =
      cellText(codeCell).trim() === "" && titleText && (hasAnyNumber([max, self, appraised]) || titleNode(titleText))
        ? codeInTitle(titleText)
        : null;
    const codeRaw: CellValue = titleCode ?? codeCell;
    const titleAddr = grid.addr(r, cols.title ?? cols.code ?? grid.firstCol);
    const codeAddr = titleCode ? titleAddr : grid.addr(r, cols.code ?? cols.title ?? grid.firstCol);
    const { candidates } = codeCandidates(codeRaw);

    {
      const option = asOption(codeCell, titleText, max, last);
      if (option) {
        reading.options.push({
          row: r,
          cell: option.inTitle ? titleAddr : codeAddr,
          label: option.label,
          title: titleText,
          under: last && last.children.length === 0 ? last.code : null,
        });
        continue;
      }
    }

    let node: CriterionNode | undefined;
    const known = candidates.filter((c) => index.has(c));
    if (known.length === 1) node = index.get(known[0]);
    else if (known.length > 1) {
      // A number that lost digits (1.10 stored as 1.1): the title decides, else the position.
      const byT = titleText ? titleNode(titleText) : undefined;
      const expected = last ? order[(position.get(last.code) ?? -1) + 1] : order[0];
      const chosen =
        (byT && known.includes(byT.code) && byT) ||
        (expected && known.includes(expected.code) && expected) ||
        known.map((c) => index.get(c)!).find((n) => !submission.byCode.has(n.code)) ||
        index.get(known[0])!;
      node = chosen;
      reading.ambiguousCodes.push({
        row: r,
        cell: codeAddr,
        text: cellText(codeRaw),
        candidates: known,
        code: chosen.code,
        by: byT === chosen ? "title" : "position",
      });
    }

    const adjustment = node ? null : adjustmentKind(titleText || cellText(codeCell));
    if (adjustment && !(titleText && titleNode(titleText))) {
      reading.adjustments.push({
        kind: adjustment,
        row: r,
        cell: titleText ? titleAddr : codeAddr,
        title: titleText || cellText(codeCell),
        self,
        appraised,
        ...withRounds,
      });
      continue;
    }

    const rowLabel = foldLoose(titleText || cellText(codeRaw));
    if (!node && candidates.length === 0 && OTHER_ROW.test(rowLabel)) continue;
    if (!node && candidates.length === 0 && TOTAL_ROW.test(rowLabel)) {
      if (!submission.totalRow) submission.totalRow = { row: r, self, appraised, ...withRounds };
      continue;
    }
    if (!node && titleText) {
      const byT = titleNode(titleText);
      if (byT && !submission.byCode.has(byT.code)) {
        node = byT;
        if (candidates.length > 0)
          reading.codeMismatches.push({ row: r, cell: codeAddr, text: cellText(codeRaw), code: byT.code });
      }
    }
    if (!node) {
      const meaningful = candidates.length > 0 || hasAnyNumber([self, appraised]);
      if (meaningful && (titleText || candidates.length > 0)) {
        const unknown: UnknownRow = { row: r, cell: codeAddr, text: cellText(codeRaw), title: titleText };
        if (candidates.length > 0) unknown.candidate = candidates[0];
        reading.unknownRows.push(unknown);
      }
      continue;
    }
    if (submission.byCode.has(node.code)) {
      reading.duplicateRows.push({
        row: r,
        cell: codeAddr,
        code: node.code,
        firstRow: submission.byCode.get(node.code)!.row,
      });
      continue;
    }
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(grid.shown(r, c)).trim());
    const matched: MatchedRow = {
      node,
      row: r,
      codeCell: codeAddr,
      codeRaw,
      title: titleText,
      titleCell: grid.addr(r, cols.title ?? cols.code ?? grid.firstCol),
      max,
      self,
      appraised,
      evidence: text(cols.evidence),
      explanation: text(cols.explanation),
      note: text(cols.note),
      hidden: grid.isHidden(r),
      ...withRounds,
    };
    if (cols.proposal !== undefined) matched.proposal = readCell(grid, r, cols.proposal);
    if (hasDeclared) {
      const declared: DeclaredCells = {};
      if (cols.declared !== undefined) declared.value = readCell(grid, r, cols.declared);
      if (cols.numerator !== undefined) declared.numerator = readCell(grid, r, cols.numerator);
      if (cols.denominator !== undefined) declared.denominator = readCell(grid, r, cols.denominator);
      if (cols.percent !== undefined) declared.percent = readCell(grid, r, cols.percent);
      matched.declared = declared;
    }
    submission.rows.push(matched);
    submission.byCode.set(node.code, matched);
    last = node;
  }

  // Criteria the unit's group should report but the sheet lacks: point where the row belongs.
  for (const n of order) {
    if (submission.byCode.has(n.code) || !appliesTo(fw, n, submission.group)) continue;
    // Recorded once, at the highest missing node: a missing area is one finding, not twenty.
    const parts = n.code.split(".");
    const ancestorMissing = parts.slice(1).some((_, i) => {
      const a = parts.slice(0, i + 1).join(".");
      return index.has(a) && !submission.byCode.has(a) && appliesTo(fw, index.get(a)!, submission.group);
    });
    if (ancestorMissing) continue;
    const before = submission.rows.filter((m) => (position.get(m.node.code) ?? 0) < (position.get(n.code) ?? 0)).pop();
    const row = before ? before.row + 1 : header.row + 1;
    reading.missing.push({ node: n, row, cell: grid.addr(row, cols.code ?? cols.title ?? grid.firstCol) });
  }
  return submission;
}
