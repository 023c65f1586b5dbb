import { appliesTo, nodeIndex, allNodes } from "../framework/model.js";
import { CellValue, CriterionNode, Framework, SheetSnapshot } from "../types.js";
import { normalizeCode } from "../util/codes.js";
import { parseNumber, ParsedNumber } from "../util/numbers.js";
import { cellText, foldLoose, foldText } from "../util/text.js";
import { Grid } from "./grid.js";
import { findHeader, HeaderMatch } from "./header.js";
import { findUnit, unitGroup } from "./unit.js";

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
}

export interface Submission {
  file?: string;
  sheet: string;
  unit: string;
  unitSource: "title" | "label" | "sheet" | "override";
  unitCell: string;
  group: string;
  groupSource: "override" | "name" | "default";
  header: HeaderMatch | null;
  /** Matched rows in sheet order. */
  rows: MatchedRow[];
  byCode: Map<string, MatchedRow>;
  /** The grand-total row ("TỔNG ĐIỂM"), when the sheet has one. */
  totalRow: { row: number; self: ReadCell | null; appraised: ReadCell | null } | null;
  /** What reading found wrong or guessed: the reading rules report it. */
  reading: ReadingFacts;
}

export interface ParseOptions {
  file?: string;
  unitOverride?: string;
  groupOverride?: string;
}

const NA_MARKERS = new Set(["kad", "kps", "khong ap dung", "khong phat sinh", "n/a", "na", "not applicable"]);

/** True when a cell's text marks a leaf as not applicable. */
export function isNotApplicableText(v: CellValue): boolean {
  return typeof v === "string" && NA_MARKERS.has(foldLoose(v));
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
  };
}

// The grand total ("TỔNG ĐIỂM", "Tổng cộng", "Cộng"), as opposed to an area's subtotal ("Cộng lĩnh vực I").
const TOTAL_ROW = /^(tong( cong| diem| so diem)?|cong|total)$|^(tong cong|tong diem|tong so diem|total)\b/;
// Rows that are neither criteria nor the total: area subtotals, bonus and penalty points.
const OTHER_ROW =
  /^(tong|cong)( diem)?( cong)? (linh vuc|tieu chi|muc|phan)\b|^(diem thuong|diem cong|diem tru|bonus|penalty)\b/;

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
  const grp = unitGroup(unitName, fw.groups, opts.groupOverride);
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
    reading: { ambiguousCodes: [], codeMismatches: [], unknownRows: [], duplicateRows: [], missing: [] },
  };
  // Without a header nothing else can be read.
  if (!header) return submission;
  const reading = submission.reading;

  const cols = header.columns;
  const index = nodeIndex(fw);
  const order = allNodes(fw);
  const position = new Map(order.map((n, i) => [n.code, i]));
  const byTitle = new Map<string, CriterionNode>();
  const byLooseTitle = new Map<string, CriterionNode>();
  for (const n of order) {
    byTitle.set(foldText(n.title), n);
    byLooseTitle.set(foldLoose(n.title), n);
  }
  const titleNode = (t: string): CriterionNode | undefined => {
    const bare = bareTitle(t);
    return byTitle.get(foldText(bare)) ?? byLooseTitle.get(foldLoose(bare));
  };
  let last: CriterionNode | null = null;

  for (let r = header.row + 1; r < grid.endRow; r++) {
    if (grid.isBlankRow(r)) continue;
    const codeRaw = cols.code !== undefined ? grid.value(r, cols.code) : null;
    const titleText = cols.title !== undefined ? cellText(grid.value(r, cols.title)).trim() : "";
    const self = readCell(grid, r, cols.self);
    const appraised = readCell(grid, r, cols.appraised);
    const max = readCell(grid, r, cols.max);
    const codeAddr = grid.addr(r, cols.code ?? cols.title ?? grid.firstCol);
    const { candidates } = codeCandidates(codeRaw);

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

    const rowLabel = foldLoose(titleText || cellText(codeRaw));
    if (!node && candidates.length === 0 && OTHER_ROW.test(rowLabel)) continue;
    if (!node && candidates.length === 0 && TOTAL_ROW.test(rowLabel)) {
      if (!submission.totalRow) submission.totalRow = { row: r, self, appraised };
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
    };
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
