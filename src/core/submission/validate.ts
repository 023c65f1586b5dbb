import { looksLikeFrameworkSheet } from "../framework/layout.js";
import { appliesTo, leaves } from "../framework/model.js";
import { Finding, Framework, SheetSnapshot, WorkbookSnapshot } from "../types.js";
import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";
import { findHeader } from "./header.js";
import { parseSubmission, ParseOptions, Submission } from "./parseSubmission.js";
import { RULES } from "./rules/index.js";
import { unitKind } from "./unit.js";

export interface SheetSummary {
  file?: string;
  sheet: string;
  unit: string;
  group: string;
  errors: number;
  warnings: number;
  infos: number;
  /** No error-severity finding: the sheet can be scored. */
  ready: boolean;
}

export interface ValidatedSheet {
  submission: Submission;
  findings: Finding[];
  summary: SheetSummary;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Counts by severity, and whether the sheet is ready to score. */
export function summarize(submission: Submission, findings: Finding[]): SheetSummary {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  const out: SheetSummary = { sheet: submission.sheet, unit: submission.unit, group: submission.group, errors, warnings: count("warning"), infos: count("info"), ready: errors === 0 };
  if (submission.file !== undefined) out.file = submission.file;
  return out;
}

/** Reads one submission sheet and runs every rule on it. Never throws on bad content. */
export function validateSheet(sheet: SheetSnapshot, fw: Framework, opts: ParseOptions = {}): ValidatedSheet {
  return checkSubmission(parseSubmission(sheet, fw, opts), fw, opts);
}

/**
 * Runs every rule on a submission parseSubmission read (with its reading findings, which it takes
 * over): the second half of validateSheet, apart so that `npm run bench` can time it alone.
 */
export function checkSubmission(parsed: { submission: Submission; findings: Finding[] }, fw: Framework, opts: ParseOptions = {}): ValidatedSheet {
  const { submission, findings } = parsed;
  if (submission.header) {
    const where = { sheet: submission.sheet, file: opts.file };
    const leafRows = submission.rows.filter((m) => m.node.children.length === 0 && appliesTo(fw, m.node, submission.group));
    const parentRows = submission.rows.filter((m) => m.node.children.length > 0);
    for (const rule of RULES) findings.push(...rule.check({ submission, framework: fw, leafRows, parentRows, where }));
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { submission, findings, summary: summarize(submission, findings) };
}

const SUBMISSION_WORDS = /tu danh gia|tu cham|cham diem|chi so cai cach hanh chinh|uy ban nhan dan|self.?assessment/;

/** Why a sheet is not read as a unit's submission, or null when it is one. */
export function notASubmission(sheet: SheetSnapshot, fw: Framework): string | null {
  if (looksLikeFrameworkSheet(sheet)) return "framework";
  // A template the office sent keeps its mark when a unit fills it in: it is read as a unit.
  if (sheet.generated && sheet.generated !== "template") return "generated";
  const grid = new Grid(sheet);
  const header = findHeader(grid);
  if (header && (header.columns.self !== undefined || header.columns.appraised !== undefined)) return null;
  if (header && header.columns.max !== undefined && leaves(fw).length > 0 && !unitKind(sheet.name)) {
    // A table with codes and maxima but no score column: a framework or a template, not a unit.
    return "no-score-column";
  }
  if (unitKind(sheet.name)) return null;
  for (let r = grid.firstRow; r < Math.min(grid.endRow, grid.firstRow + 30); r++)
    for (let c = grid.firstCol; c < Math.min(grid.endCol, grid.firstCol + 12); c++)
      if (SUBMISSION_WORDS.test(foldLoose(cellText(grid.value(r, c))))) return null;
  return "not-a-submission";
}

export interface WorkbookValidation {
  sheets: ValidatedSheet[];
  /** Sheets not read as units, and why. */
  skipped: { sheet: string; file?: string; reason: string }[];
  findings: Finding[];
}

/** Validates every sheet of a workbook that looks like a unit's submission. */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  fw: Framework,
  opts: { file?: string; overrides?: Record<string, { unit?: string; group?: string }> } = {},
): WorkbookValidation {
  const out: WorkbookValidation = { sheets: [], skipped: [], findings: [] };
  for (const sheet of snapshot.sheets) {
    const file = sheet.file ?? opts.file ?? snapshot.source;
    const reason = notASubmission(sheet, fw);
    if (reason) {
      out.skipped.push({ sheet: sheet.name, file, reason });
      continue;
    }
    const o = opts.overrides?.[sheet.name];
    const v = validateSheet(sheet, fw, { file, unitOverride: o?.unit, groupOverride: o?.group });
    if (sheet.generated === "template" && !v.submission.rows.some((m) => m.node.children.length === 0 && [m.self, m.appraised].some((c) => c && c.num.kind !== "empty"))) {
      out.skipped.push({ sheet: sheet.name, file, reason: "template-empty" });
      continue;
    }
    out.sheets.push(v);
    out.findings.push(...v.findings);
  }
  return out;
}
