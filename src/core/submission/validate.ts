import { looksLikeFrameworkSheet } from "../framework/layout.js";
import { readDocumentInfo } from "../inputs/documentInfo.js";
import { leaves } from "../framework/model.js";
import { Framework, SheetSnapshot, WorkbookSnapshot } from "../types.js";
import type { Finding } from "../findings.js";
import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";
import { findHeader } from "./header.js";
import { parseSubmission, ParseOptions, Submission } from "./parseSubmission.js";
import { checkSubmissionRules } from "../rules/submission/index.js";
import { unitKind } from "./unit.js";
import { consolidatedTable } from "./consolidated.js";
import { readSurveyTable } from "../inputs/readers.js";
import { duplicateFindings, joinedFindings, joinSubmissions, unitGroups } from "./units.js";
import type { GroupTables } from "./groups.js";

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
  const out: SheetSummary = {
    sheet: submission.sheet,
    unit: submission.unit,
    group: submission.group,
    errors,
    warnings: count("warning"),
    infos: count("info"),
    ready: errors === 0,
  };
  if (submission.file !== undefined) out.file = submission.file;
  return out;
}

/** Reads one submission sheet and runs every rule on it. Never throws on bad content. */
export function validateSheet(sheet: SheetSnapshot, fw: Framework, opts: ParseOptions = {}): ValidatedSheet {
  return checkSubmission(parseSubmission(sheet, fw, opts), fw, opts);
}

/**
 * Runs every submission rule (the reading rules on what parseSubmission recorded, then the value
 * rules): the second half of validateSheet, apart so that `npm run bench` can time it alone.
 */
export function checkSubmission(submission: Submission, fw: Framework, opts: ParseOptions = {}): ValidatedSheet {
  const findings = checkSubmissionRules(submission, fw, { sheet: submission.sheet, file: opts.file });
  // Stable: within a severity, findings stay in rule order (reading findings in sheet order).
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { submission, findings, summary: summarize(submission, findings) };
}

const SUBMISSION_WORDS = /tu danh gia|tu cham|cham diem|chi so cai cach hanh chinh|uy ban nhan dan|self.?assessment/;

/** Why a sheet is not read as a unit's submission, or null when it is one. */
export function notASubmission(sheet: SheetSnapshot, fw: Framework): string | null {
  if (looksLikeFrameworkSheet(sheet)) return "framework";
  // A template the office sent keeps its mark when a unit fills it in: it is read as a unit.
  if (sheet.generated && sheet.generated !== "template") return "generated";
  // The document header kept in the workbook names the People's Committee: not a unit's sheet.
  if (readDocumentInfo(sheet)) return "document-info";
  // One row per unit, columns per area: some office's results, not a unit's sheet.
  if (consolidatedTable(sheet)) return "consolidated-table";
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
  // A survey table ("Đơn vị | Điểm điều tra XHH") is read for the units' survey points, not as a unit.
  if (readSurveyTable(sheet).length) return "survey-table";
  return "not-a-submission";
}

export interface WorkbookValidation {
  sheets: ValidatedSheet[];
  /** Sheets not read as units, and why. */
  skipped: { sheet: string; file?: string; reason: string }[];
  findings: Finding[];
}

/** A sheet read as a unit's submission (not yet checked by the rules), with the options it was read with. */
export interface ParsedSheet {
  submission: Submission;
  options: ParseOptions;
}

/** The first phase of validateWorkbook: every sheet read as a submission, or skipped with a reason. */
export interface ParsedWorkbook {
  sheets: ParsedSheet[];
  skipped: WorkbookValidation["skipped"];
  /** Files (or "" for the workbook itself) holding our marked result sheets: a result workbook of ours given as an input. */
  resultFiles?: string[];
}

const RESULT_KINDS = new Set(["summary", "ranking", "detail"]);

/** Options of validateWorkbook: the source file (for findings) and unit name / group corrections by sheet. */
export interface ValidateOptions {
  file?: string;
  overrides?: Record<string, { unit?: string; group?: string }>;
  /** Group tables ("Đơn vị | Nhóm") read from the inputs and given by the shell. */
  groupTables?: GroupTables;
}

/** Reads every sheet that looks like a unit's submission; the rest (and blank templates) are skipped with a reason. */
export function parseWorkbook(snapshot: WorkbookSnapshot, fw: Framework, opts: ValidateOptions = {}): ParsedWorkbook {
  const out: ParsedWorkbook = { sheets: [], skipped: [], resultFiles: [] };
  for (const sheet of snapshot.sheets) {
    const file = sheet.file ?? opts.file ?? snapshot.source;
    if (sheet.generated && RESULT_KINDS.has(sheet.generated) && !out.resultFiles!.includes(file ?? ""))
      out.resultFiles!.push(file ?? "");
    const reason = notASubmission(sheet, fw);
    if (reason) {
      out.skipped.push({ sheet: sheet.name, file, reason });
      continue;
    }
    const o = opts.overrides?.[sheet.name];
    const options: ParseOptions = { file, unitOverride: o?.unit, groupOverride: o?.group };
    if (opts.groupTables) options.groupTables = opts.groupTables;
    const submission = parseSubmission(sheet, fw, options);
    if (
      sheet.generated === "template" &&
      !submission.rows.some(
        (m) => m.node.children.length === 0 && [m.self, m.appraised].some((c) => c && c.num.kind !== "empty"),
      )
    ) {
      out.skipped.push({ sheet: sheet.name, file, reason: "template-empty" });
      continue;
    }
    out.sheets.push({ submission, options });
  }
  return out;
}

/** The second phase of validateWorkbook: every rule on every parsed submission. */
export function checkWorkbook(parsed: ParsedWorkbook, fw: Framework): WorkbookValidation {
  const out: WorkbookValidation = { sheets: [], skipped: parsed.skipped, findings: [] };
  // One unit, one entry: the tabs of one unit joined; the same unit in two places is unit-duplicate.
  for (const group of unitGroups(parsed.sheets)) {
    if (group.length === 1) {
      out.sheets.push(checkSubmission(group[0].submission, fw, group[0].options));
      continue;
    }
    const parts = group.map((p) => checkSubmission(p.submission, fw, p.options));
    const whole = joinSubmissions(group.map((p) => p.submission));
    const findings = joinedFindings(parts, whole, fw);
    findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    out.sheets.push({ submission: whole, findings, summary: summarize(whole, findings) });
  }
  const duplicates = duplicateFindings(
    out.sheets.map((v) => v.submission),
    new Set(parsed.resultFiles ?? []),
  );
  for (const f of duplicates) {
    const v = out.sheets.find((x) => x.submission.sheet === f.sheet && x.submission.file === f.file)!;
    v.findings.unshift(f);
    v.summary = summarize(v.submission, v.findings);
  }
  for (const v of out.sheets) out.findings.push(...v.findings);
  return out;
}

/** Validates every sheet of a workbook that looks like a unit's submission. */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  fw: Framework,
  opts: ValidateOptions = {},
): WorkbookValidation {
  return checkWorkbook(parseWorkbook(snapshot, fw, opts), fw);
}
