// The framework sheet ("Bộ tiêu chí"): the form in which staff keep and edit their province's
// criteria set in an Excel sheet: a title row, label/value metadata rows, then one table row per node.
// Reading is forgiving (header names in any case, with or without diacritics, in English; codes as
// Roman numerals or numbers; "0,5" as text). The reader records every mistake it meets as a fact at
// its cell, never throwing; the framework rules (src/core/rules/framework) report them.
import { runFrameworkRules } from "../rules/framework/index.js";
import { parseGroupsText } from "./groupsText.js";
import { parseScoreRule } from "./scoreRule.js";
import {
  CellValue,
  CriterionNode,
  Framework,
  NotApplicableRule,
  ScoreSource,
  SurveyMissingRule,
  ScoringScale,
  SheetSnapshot,
  isCellError,
} from "../types.js";
import type { Finding } from "../findings.js";
import { a1 } from "../util/a1.js";
import { normalizeCode, parentCode } from "../util/codes.js";
import { parseNumber, sum } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import type { CheckedMetaKey, FrameworkFact, FrameworkRead } from "./facts.js";
import {
  FrameworkColumn,
  FrameworkLocation,
  MetaKey,
  groupMaxHeader,
  isTotalLabel,
  matchHeader,
  matchMetaLabel,
  parseNotApplicableRule,
  parseSource,
  parseSurveyMissingRule,
  parseYesNo,
  splitList,
} from "./layout.js";
import { inheritedFlags } from "./model.js";
import { parseBandsText, parseScaleText } from "./scaleText.js";

// The writer lives in its own module; its functions are also reachable from here, where the
// reader's callers have always found them.
export { frameworkSheetPlan, frameworkToGrid } from "./frameworkSheetPlan.js";

/** What reading a framework sheet gives: the framework (null when nothing usable) and every finding. */
export interface ReadFrameworkResult {
  framework: Framework | null;
  findings: Finding[];
}

const REQUIRED: readonly FrameworkColumn[] = ["code", "title", "max"];
const HEADER_SCAN_ROWS = 30;

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined || isCellError(v) ? "" : cellText(v).normalize("NFC").trim();

interface RowRecord {
  code: string;
  row: number;
  numericCode: boolean;
  title: string;
  max: CellValue;
  scale?: ScoringScale;
  source?: ScoreSource;
  evidence?: boolean;
  appliesTo?: string[];
  ruleText?: string;
  maxByGroup?: Record<string, number>;
}

/**
 * Reads a framework sheet and reports what is wrong with it. Finds the header row within the first
 * 30 rows, reads the metadata above it and one node per coded row below it; parents come from the
 * codes. Returns framework null only when no criterion could be read.
 */
export function readFrameworkSheet(sheet: SheetSnapshot, opts: { file?: string } = {}): ReadFrameworkResult {
  const read = readFrameworkSheetFacts(sheet);
  return { framework: read.framework, findings: runFrameworkRules(read, { sheet: sheet.name, file: opts.file }) };
}

/** Reads a framework sheet into the framework, where its parts are, and every mistake met (unreported). */
export function readFrameworkSheetFacts(sheet: SheetSnapshot): FrameworkRead {
  const rows = sheet.values;
  const at = (r: number, c: number) => a1(sheet.originRow + r, sheet.originCol + c);
  const sheetRow = (r: number) => sheet.originRow + r + 1;
  const get = (r: number, c: number | undefined): CellValue => (c === undefined ? null : (rows[r]?.[c] ?? null));
  const facts: FrameworkFact[] = [];
  const nothing = (location: FrameworkLocation): FrameworkRead => ({ framework: null, location, facts });

  // 1. The header row.
  type Cols = Partial<Record<FrameworkColumn, number>>;
  let header: { row: number; cols: Cols } | null = null;
  let partial: { row: number; cols: Cols; found: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, rows.length) && !header; r++) {
    const cols: Cols = {};
    const ranks: Partial<Record<FrameworkColumn, number>> = {};
    (rows[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string" || groupMaxHeader(v) !== null) return;
      const m = matchHeader(v);
      if (m && (ranks[m.key] === undefined || m.rank < (ranks[m.key] as number))) {
        ranks[m.key] = m.rank;
        cols[m.key] = c;
      }
    });
    // Only per-group maxima ("Điểm tối đa (Phường)", "… (Xã)"): the first is the framework's maximum.
    if (cols.max === undefined) {
      const first = (rows[r] ?? []).findIndex((v) => typeof v === "string" && groupMaxHeader(v) !== null);
      if (first >= 0) cols.max = first;
    }
    const found = REQUIRED.filter((k) => cols[k] !== undefined).length;
    if (found === REQUIRED.length) header = { row: r, cols };
    else if (found >= 2 && (!partial || found > partial.found)) partial = { row: r, cols, found };
  }
  if (!header) {
    facts.push({
      kind: "header-not-found",
      cell: partial ? at(partial.row, 0) : at(0, 0),
      missing: REQUIRED.filter((k) => !partial || partial.cols[k] === undefined),
      partial: partial !== null,
      scannedRows: HEADER_SCAN_ROWS,
    });
    return nothing({ columns: {} });
  }
  const { cols } = header;
  // Per-group maximum columns, by the group each names (as written).
  const groupMaxCols: { group: string; col: number }[] = [];
  (rows[header.row] ?? []).forEach((v, c) => {
    const g = typeof v === "string" ? groupMaxHeader(v) : null;
    if (g !== null && !groupMaxCols.some((x) => foldLoose(x.group) === foldLoose(g)))
      groupMaxCols.push({ group: g, col: c });
  });
  const codeCell = (r: number) => at(r, cols.code as number);
  const location: FrameworkLocation = {
    columns: Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, sheet.originCol + c])),
  };

  // 2. Metadata rows above the header.
  const meta = new Map<MetaKey, { value: CellValue; cell: string }>();
  let titleText = "";
  for (let r = 0; r < header.row; r++) {
    const row = rows[r] ?? [];
    const c0 = row.findIndex((v) => text(v) !== "");
    if (c0 < 0) continue;
    const label = text(row[c0]);
    let key = typeof row[c0] === "string" ? matchMetaLabel(label) : null;
    let value: CellValue = row[c0 + 1] ?? null;
    let cell = at(r, c0 + 1);
    if (key === null && label.includes(":")) {
      // "Năm: 2025" typed in one cell.
      const i = label.indexOf(":");
      key = matchMetaLabel(label.slice(0, i));
      if (key !== null && text(value) === "") {
        value = label.slice(i + 1).trim();
        cell = at(r, c0);
      }
    }
    if (key === null) {
      if (titleText === "" && typeof row[c0] === "string") titleText = label;
      continue;
    }
    if (!meta.has(key)) meta.set(key, { value, cell });
  }
  location.meta = Object.fromEntries([...meta].map(([k, m]) => [k, m.cell]));
  const metaText = (k: MetaKey) => text(meta.get(k)?.value);
  const metaCell = (k: MetaKey) => meta.get(k)?.cell ?? "";
  const metaUnreadable = (field: CheckedMetaKey) =>
    facts.push({ kind: "meta-unreadable", cell: metaCell(field), field, text: metaText(field) });

  const name = metaText("name") || titleText || sheet.name;
  const id =
    metaText("id") ||
    foldLoose(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") ||
    "bo-tieu-chi";
  let year: number | undefined;
  if (metaText("year") !== "") {
    const p = parseNumber(meta.get("year")?.value ?? null);
    if (p.kind === "number" && Number.isInteger(p.value) && p.value >= 1990 && p.value <= 2100) year = p.value;
    else metaUnreadable("year");
  }
  let sample = false;
  if (metaText("sample") !== "") {
    const yn = parseYesNo(meta.get("sample")?.value ?? null);
    if (yn === null) metaUnreadable("sample");
    else sample = yn;
  }
  let notApplicableRule: NotApplicableRule = "rescale";
  if (metaText("notApplicableRule") !== "") {
    const rule = parseNotApplicableRule(metaText("notApplicableRule"));
    if (rule === null) metaUnreadable("notApplicableRule");
    else notApplicableRule = rule;
  }
  let surveyMissingRule: SurveyMissingRule | undefined;
  if (metaText("surveyMissingRule") !== "") {
    const rule = parseSurveyMissingRule(metaText("surveyMissingRule"));
    if (rule === null) metaUnreadable("surveyMissingRule");
    else surveyMissingRule = rule;
  }
  const { bands, bad } = parseBandsText(metaText("bands"));
  for (const b of bad) facts.push({ kind: "band-unreadable", cell: metaCell("bands"), text: b });
  const optionalNumber = (k: "bonusMax" | "penaltyMax"): number | undefined => {
    const p = parseNumber(meta.get(k)?.value ?? null);
    if (p.kind === "empty") return undefined;
    if (p.kind === "number") return p.value;
    metaUnreadable(k);
    return undefined;
  };
  const bonusMax = optionalNumber("bonusMax");
  const penaltyMax = optionalNumber("penaltyMax");

  // 3. One record per coded row below the header.
  const records: RowRecord[] = [];
  const byCode = new Map<string, RowRecord>();
  let totalRow: number | undefined;
  for (let r = header.row + 1; r < rows.length; r++) {
    const codeV = get(r, cols.code);
    const codeT = text(codeV);
    const title = text(get(r, cols.title));
    const maxV = get(r, cols.max);
    const hasMax = parseNumber(maxV ?? null).kind !== "empty";
    const code = isCellError(codeV) ? null : normalizeCode(codeV);
    if (code === null) {
      if (totalRow === undefined && (isTotalLabel(codeT) || (codeT === "" && isTotalLabel(title)))) totalRow = r;
      else if (codeT === "" && hasMax && title !== "")
        facts.push({ kind: "row-without-code", cell: codeCell(r), row: sheetRow(r), title });
      else if (codeT !== "" && hasMax) facts.push({ kind: "code-unreadable", cell: codeCell(r), text: codeT });
      continue;
    }
    const numericCode = typeof codeV === "number";
    const prior = byCode.get(code);
    if (prior) {
      facts.push({
        kind: "code-repeated",
        cell: codeCell(r),
        code,
        text: codeT,
        firstRow: sheetRow(prior.row),
        typedAsNumber: numericCode,
      });
      continue;
    }
    const rec: RowRecord = { code, row: r, numericCode, title, max: maxV };
    const scaleT = text(get(r, cols.scale));
    if (scaleT !== "") {
      const p = parseScaleText(scaleT);
      rec.scale = p.scale;
      if (!p.ok) facts.push({ kind: "scale-unreadable", cell: at(r, cols.scale as number), code, text: scaleT });
    }
    const ruleT = cols.rule === undefined ? "" : text(get(r, cols.rule));
    if (ruleT !== "") {
      if (parseScoreRule(ruleT)) rec.ruleText = ruleT;
      else if (parseScaleText(ruleT).ok) {
        // A scale written under that name ("Có: 1; Không: 0"): a scale, when the row has none.
        if (!rec.scale) rec.scale = parseScaleText(ruleT).scale;
      } else facts.push({ kind: "rule-unreadable", cell: at(r, cols.rule as number), code, text: ruleT });
    }
    const sourceT = text(get(r, cols.source));
    if (sourceT !== "") {
      const s = parseSource(sourceT);
      if (s === null)
        facts.push({
          kind: "value-unreadable",
          cell: at(r, cols.source as number),
          code,
          column: "source",
          text: sourceT,
        });
      else rec.source = s;
    }
    const evidenceV = get(r, cols.evidence);
    if (text(evidenceV) !== "") {
      const e = parseYesNo(evidenceV);
      if (e === null)
        facts.push({
          kind: "value-unreadable",
          cell: at(r, cols.evidence as number),
          code,
          column: "evidence",
          text: text(evidenceV),
        });
      else rec.evidence = e;
    }
    const groups = splitList(text(get(r, cols.appliesTo)));
    if (groups.length > 0) rec.appliesTo = groups;
    for (const gm of groupMaxCols) {
      const v = get(r, gm.col);
      const p = parseNumber(v ?? null);
      if (p.kind === "empty") continue;
      if (p.kind === "number") rec.maxByGroup = { ...(rec.maxByGroup ?? {}), [gm.group]: p.value };
      else facts.push({ kind: "group-max-unreadable", cell: at(r, gm.col), code, group: gm.group, text: text(v) });
    }
    records.push(rec);
    byCode.set(code, rec);
  }
  // Without a total row, a wrong total is shown at the header of the maximum column.
  location.totalCell = at(totalRow ?? header.row, cols.max as number);

  // 4. The tree, from the codes.
  const nodes = new Map<string, CriterionNode>();
  for (const rec of records) {
    nodes.set(rec.code, {
      code: rec.code,
      title: rec.title,
      max: NaN,
      children: [],
      source: "self",
      evidenceRequired: false,
    });
  }
  const areas: CriterionNode[] = [];
  for (const rec of records) {
    const node = nodes.get(rec.code) as CriterionNode;
    const pc = parentCode(rec.code);
    if (pc === null) areas.push(node);
    else {
      const parent = nodes.get(pc);
      if (parent) parent.children.push(node);
      else facts.push({ kind: "parent-missing", cell: codeCell(rec.row), code: rec.code, parent: pc });
    }
  }
  if (areas.length === 0) {
    facts.push({ kind: "no-criteria", cell: codeCell(header.row) });
    return nothing(location);
  }
  const finalize = (node: CriterionNode): CriterionNode => {
    const rec = byCode.get(node.code) as RowRecord;
    const children = node.children.map(finalize);
    const p = parseNumber(rec.max ?? null);
    const maxCell = at(rec.row, cols.max as number);
    const shown = p.kind === "text" ? p.text : p.kind === "error" ? p.error : "";
    let max: number;
    if (p.kind === "number") max = p.value;
    else if (children.length > 0) {
      max = children.every((c) => Number.isFinite(c.max)) ? sum(children.map((c) => c.max)) : NaN;
      if (p.kind !== "empty")
        facts.push({ kind: "max-unreadable", cell: maxCell, code: node.code, text: shown, isParent: true });
    } else {
      max = NaN;
      facts.push({
        kind: "max-unreadable",
        cell: maxCell,
        code: node.code,
        text: p.kind === "empty" ? null : shown,
        isParent: false,
      });
    }
    const out: CriterionNode = {
      code: node.code,
      title: node.title,
      max,
      children,
      source: "self",
      evidenceRequired: false,
    };
    if (children.length === 0) {
      out.source = rec.source ?? "self";
      out.evidenceRequired = rec.evidence ?? out.source === "self";
      if (rec.scale) out.scale = rec.scale;
      if (rec.ruleText) out.ruleText = rec.ruleText;
    } else {
      const inherited = inheritedFlags(children);
      out.source = rec.source ?? inherited.source;
      out.evidenceRequired = rec.evidence ?? inherited.evidenceRequired;
    }
    if (rec.appliesTo) out.appliesTo = rec.appliesTo;
    if (rec.maxByGroup) out.maxByGroup = rec.maxByGroup;
    out.sourceRow = sheetRow(rec.row);
    return out;
  };

  const groupsRead = parseGroupsText(metaText("groups"));
  const framework: Framework = {
    id,
    name,
    legalBasis: metaText("legalBasis"),
    level: metaText("level"),
    sample,
    notApplicableRule,
    groups: groupsRead.groups,
    bands,
    areas: areas.map(finalize),
  };
  if (Object.keys(groupsRead.keywords).length) framework.groupKeywords = groupsRead.keywords;
  if (year !== undefined) framework.year = year;
  if (metaText("issuingBody") !== "") framework.issuingBody = metaText("issuingBody");
  if (bonusMax !== undefined) framework.bonusMax = bonusMax;
  if (penaltyMax !== undefined) framework.penaltyMax = penaltyMax;
  if (surveyMissingRule !== undefined) framework.surveyMissingRule = surveyMissingRule;
  return { framework, location, facts };
}
