// The framework sheet ("Bộ tiêu chí"): the form in which staff keep and edit their province's
// criteria set in an Excel sheet: a title row, label/value metadata rows, then one table row per node.
// Reading is forgiving (header names in any case, with or without diacritics, in English; codes as
// Roman numerals or numbers; "0,5" as text) and reports every mistake at its cell, never throwing.
import { CellValue, CriterionNode, Finding, Framework, NotApplicableRule, PlanCell, ScoreSource, ScoringScale, SheetPlan, SheetSnapshot, StyledRange, isCellError } from "../types.js";
import { a1, rangeA1 } from "../util/a1.js";
import { codeDepth, displayCode, normalizeCode, parentCode } from "../util/codes.js";
import { parseNumber, sum } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import { FrameworkLocation, checkFramework } from "./checkFramework.js";
import {
  FRAMEWORK_COLUMNS, FRAMEWORK_SHEET_NAME, FRAMEWORK_SHEET_TITLE, FrameworkColumn, GRID, META_FIELDS, MetaKey, NA_RULE_TEXT, NO,
  SOURCE_TEXT, TOTAL_LABEL, YES, gridCol, isTotalLabel, matchHeader, matchMetaLabel, parseNotApplicableRule, parseSource, parseYesNo,
  splitList,
} from "./layout.js";
import { allNodes, frameworkTotal, inheritedFlags } from "./model.js";
import { formatBands, formatScale, parseBandsText, parseScaleText } from "./scaleText.js";

/** What reading a framework sheet gives: the framework (null when nothing usable) and every finding. */
export interface ReadFrameworkResult {
  framework: Framework | null;
  findings: Finding[];
}

const REQUIRED: readonly FrameworkColumn[] = ["code", "title", "max"];
const HEADER_SCAN_ROWS = 30;

const text = (v: CellValue | undefined): string => (v === null || v === undefined || isCellError(v) ? "" : cellText(v).normalize("NFC").trim());

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
}

/**
 * Reads a framework sheet. Finds the header row within the first 30 rows, reads the metadata above
 * it and one node per coded row below it; parents come from the codes. Includes checkFramework's
 * findings. Returns framework null only when no criterion could be read.
 */
export function readFrameworkSheet(sheet: SheetSnapshot, opts: { file?: string } = {}): ReadFrameworkResult {
  const rows = sheet.values;
  const at = (r: number, c: number) => a1(sheet.originRow + r, sheet.originCol + c);
  const get = (r: number, c: number | undefined): CellValue => (c === undefined ? null : (rows[r]?.[c] ?? null));
  const findings: Finding[] = [];
  const add = (
    rule: string,
    severity: Finding["severity"],
    cell: string,
    message: string,
    messageEn: string,
    extra: { code?: string; expected?: string | number | null; actual?: string | number | null } = {},
  ) => {
    const f: Finding = { rule, severity, sheet: sheet.name, cell, message, messageEn, ...extra };
    findings.push(f);
  };
  const finish = (framework: Framework | null): ReadFrameworkResult => {
    if (opts.file !== undefined) for (const f of findings) f.file = opts.file;
    return { framework, findings };
  };

  // 1. The header row.
  type Cols = Partial<Record<FrameworkColumn, number>>;
  let header: { row: number; cols: Cols } | null = null;
  let partial: { row: number; cols: Cols; found: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, rows.length) && !header; r++) {
    const cols: Cols = {};
    const ranks: Partial<Record<FrameworkColumn, number>> = {};
    (rows[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const m = matchHeader(v);
      if (m && (ranks[m.key] === undefined || m.rank < (ranks[m.key] as number))) {
        ranks[m.key] = m.rank;
        cols[m.key] = c;
      }
    });
    const found = REQUIRED.filter((k) => cols[k] !== undefined).length;
    if (found === REQUIRED.length) header = { row: r, cols };
    else if (found >= 2 && (!partial || found > partial.found)) partial = { row: r, cols, found };
  }
  if (!header) {
    const names: Record<FrameworkColumn, string> = Object.fromEntries(FRAMEWORK_COLUMNS.map((c) => [c.key, c.header])) as Record<FrameworkColumn, string>;
    const missing = REQUIRED.filter((k) => !partial || partial.cols[k] === undefined);
    const list = missing.map((k) => `“${names[k]}”`).join(", ");
    const listEn = missing.map((k) => `“${FRAMEWORK_COLUMNS.find((c) => c.key === k)?.headerEn}”`).join(", ");
    add(
      "framework-header-missing", "error", partial ? at(partial.row, 0) : at(0, 0),
      partial
        ? `Dòng tiêu đề bảng thiếu cột ${list}. Cần có các cột “Mã”, “Nội dung”, “Điểm tối đa”.`
        : `Không tìm thấy dòng tiêu đề bảng (các cột “Mã”, “Nội dung”, “Điểm tối đa”) trong ${HEADER_SCAN_ROWS} dòng đầu.`,
      partial
        ? `The table header lacks column ${listEn}. Columns “Code”, “Title”, “Max points” are required.`
        : `No table header (columns “Code”, “Title”, “Max points”) in the first ${HEADER_SCAN_ROWS} rows.`,
      { expected: missing.map((k) => names[k]).join(", ") },
    );
    return finish(null);
  }
  const { cols } = header;

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
  const metaText = (k: MetaKey) => text(meta.get(k)?.value);
  const metaCell = (k: MetaKey) => meta.get(k)?.cell ?? "";
  const metaInvalid = (k: MetaKey, vi: string, en: string) =>
    add("framework-meta-invalid", "warning", metaCell(k), vi, en, { actual: metaText(k) });

  const name = metaText("name") || titleText || sheet.name;
  const id = metaText("id") || foldLoose(name).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "bo-tieu-chi";
  let year: number | undefined;
  if (metaText("year") !== "") {
    const p = parseNumber(meta.get("year")?.value ?? null);
    if (p.kind === "number" && Number.isInteger(p.value) && p.value >= 1990 && p.value <= 2100) year = p.value;
    else metaInvalid("year", `Năm “${metaText("year")}” không hợp lệ.`, `Year “${metaText("year")}” is not valid.`);
  }
  let sample = false;
  if (metaText("sample") !== "") {
    const yn = parseYesNo(meta.get("sample")?.value ?? null);
    if (yn === null) metaInvalid("sample", `Ô “Mẫu” cần ghi “Có” hoặc “Không”.`, `“Sample” must be “Có” (yes) or “Không” (no).`);
    else sample = yn;
  }
  let notApplicableRule: NotApplicableRule = "rescale";
  if (metaText("notApplicableRule") !== "") {
    const rule = parseNotApplicableRule(metaText("notApplicableRule"));
    if (rule === null)
      metaInvalid(
        "notApplicableRule",
        `Quy tắc không áp dụng “${metaText("notApplicableRule")}” không rõ; dùng “${NA_RULE_TEXT.rescale}”.`,
        `Unknown not-applicable rule “${metaText("notApplicableRule")}”; using rescale to 100.`,
      );
    else notApplicableRule = rule;
  }
  const { bands, bad } = parseBandsText(metaText("bands"));
  for (const b of bad)
    add("framework-band-invalid", "error", metaCell("bands"), `Mức xếp loại “${b}” không đọc được (cần dạng “Tốt: 80”).`, `Band “${b}” cannot be read (expected “Good: 80”).`, {
      actual: b,
    });
  const optionalNumber = (k: "bonusMax" | "penaltyMax", vi: string, en: string): number | undefined => {
    const p = parseNumber(meta.get(k)?.value ?? null);
    if (p.kind === "empty") return undefined;
    if (p.kind === "number") return p.value;
    metaInvalid(k, `${vi} “${metaText(k)}” không phải là số.`, `${en} “${metaText(k)}” is not a number.`);
    return undefined;
  };
  const bonusMax = optionalNumber("bonusMax", "Điểm thưởng tối đa", "Bonus maximum");
  const penaltyMax = optionalNumber("penaltyMax", "Điểm trừ tối đa", "Penalty maximum");

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
        add(
          "framework-code-missing", "warning", at(r, cols.code as number),
          `Dòng ${sheet.originRow + r + 1} có điểm tối đa nhưng không có mã: dòng này không được tính.`,
          `Row ${sheet.originRow + r + 1} has a maximum but no code: it is not counted.`,
          { actual: title },
        );
      else if (codeT !== "" && hasMax)
        add(
          "framework-code-invalid", "error", at(r, cols.code as number),
          `Mã “${codeT}” không hợp lệ (cần dạng I, 1.1, 1.1.1): dòng này không được tính.`,
          `Code “${codeT}” is not valid (expected I, 1.1, 1.1.1): the row is not counted.`,
          { actual: codeT },
        );
      continue;
    }
    const numericCode = typeof codeV === "number";
    const prior = byCode.get(code);
    if (prior) {
      add(
        "framework-duplicate-code", "error", at(r, cols.code as number),
        `Mã ${code} bị trùng với dòng ${sheet.originRow + prior.row + 1}: dòng này không được tính.` +
          (numericCode ? " Mã được nhập dạng số, Excel có thể đã đổi 1.10 thành 1.1: hãy nhập mã dạng văn bản." : ""),
        `Code ${code} duplicates row ${sheet.originRow + prior.row + 1}: this row is not counted.` +
          (numericCode ? " The code was typed as a number; Excel may have turned 1.10 into 1.1: type codes as text." : ""),
        { code, actual: codeT },
      );
      continue;
    }
    const rec: RowRecord = { code, row: r, numericCode, title, max: maxV };
    const scaleT = text(get(r, cols.scale));
    if (scaleT !== "") {
      const p = parseScaleText(scaleT);
      rec.scale = p.scale;
      if (!p.ok)
        add(
          "framework-scale-invalid", "warning", at(r, cols.scale as number),
          `Mã ${code}: không đọc được thang điểm “${scaleT}” (cần dạng “0; 0,5; 1”, “Có: 1; Không: 0” hoặc “Bước 0,25”). Chỉ giữ lại để hiển thị.`,
          `Code ${code}: cannot read the scale “${scaleT}” (expected “0; 0.5; 1”, “Yes: 1; No: 0” or “Step 0.25”). Kept for display only.`,
          { code, actual: scaleT },
        );
    }
    const sourceT = text(get(r, cols.source));
    if (sourceT !== "") {
      const s = parseSource(sourceT);
      if (s === null)
        add(
          "framework-value-invalid", "warning", at(r, cols.source as number),
          `Mã ${code}: nguồn điểm “${sourceT}” không rõ (cần “${SOURCE_TEXT.self}” hoặc “${SOURCE_TEXT.survey}”).`,
          `Code ${code}: unknown score source “${sourceT}” (expected “${SOURCE_TEXT.self}” or “${SOURCE_TEXT.survey}”).`,
          { code, actual: sourceT },
        );
      else rec.source = s;
    }
    const evidenceV = get(r, cols.evidence);
    if (text(evidenceV) !== "") {
      const e = parseYesNo(evidenceV);
      if (e === null)
        add(
          "framework-value-invalid", "warning", at(r, cols.evidence as number),
          `Mã ${code}: ô tài liệu kiểm chứng cần ghi “${YES}” hoặc “${NO}”.`,
          `Code ${code}: the evidence cell must say “${YES}” (yes) or “${NO}” (no).`,
          { code, actual: text(evidenceV) },
        );
      else rec.evidence = e;
    }
    const groups = splitList(text(get(r, cols.appliesTo)));
    if (groups.length > 0) rec.appliesTo = groups;
    records.push(rec);
    byCode.set(code, rec);
  }

  // 4. The tree, from the codes.
  const nodes = new Map<string, CriterionNode>();
  for (const rec of records) {
    nodes.set(rec.code, { code: rec.code, title: rec.title, max: NaN, children: [], source: "self", evidenceRequired: false });
  }
  const areas: CriterionNode[] = [];
  for (const rec of records) {
    const node = nodes.get(rec.code) as CriterionNode;
    const pc = parentCode(rec.code);
    if (pc === null) areas.push(node);
    else {
      const parent = nodes.get(pc);
      if (parent) parent.children.push(node);
      else
        add(
          "framework-orphan", "error", at(rec.row, cols.code as number),
          `Mã ${rec.code} không có mục cha ${pc}: mục này và các mục con của nó không được tính.`,
          `Code ${rec.code} has no parent ${pc}: it and its children are not counted.`,
          { code: rec.code, expected: pc, actual: rec.code },
        );
    }
  }
  if (areas.length === 0) {
    add(
      "framework-empty", "error", at(header.row, cols.code as number),
      "Không có tiêu chí nào có mã hợp lệ dưới dòng tiêu đề bảng.",
      "No criterion with a valid code below the table header.",
    );
    return finish(null);
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
        add(
          "framework-max-invalid", "error", maxCell,
          `Mã ${node.code}: điểm tối đa “${shown}” không phải là số; tạm lấy tổng các mục con.`,
          `Code ${node.code}: the maximum “${shown}” is not a number; using the sum of its children.`,
          { code: node.code, actual: shown },
        );
    } else {
      max = NaN;
      add(
        "framework-max-invalid", "error", maxCell,
        p.kind === "empty" ? `Mã ${node.code}: chưa có điểm tối đa.` : `Mã ${node.code}: điểm tối đa “${shown}” không phải là số.`,
        p.kind === "empty" ? `Code ${node.code}: the maximum is missing.` : `Code ${node.code}: the maximum “${shown}” is not a number.`,
        { code: node.code, actual: shown },
      );
    }
    const out: CriterionNode = { code: node.code, title: node.title, max, children, source: "self", evidenceRequired: false };
    if (children.length === 0) {
      out.source = rec.source ?? "self";
      out.evidenceRequired = rec.evidence ?? out.source === "self";
      if (rec.scale) out.scale = rec.scale;
    } else {
      const inherited = inheritedFlags(children);
      out.source = rec.source ?? inherited.source;
      out.evidenceRequired = rec.evidence ?? inherited.evidenceRequired;
    }
    if (rec.appliesTo) out.appliesTo = rec.appliesTo;
    out.sourceRow = sheet.originRow + rec.row + 1;
    return out;
  };

  const framework: Framework = {
    id,
    name,
    legalBasis: metaText("legalBasis"),
    level: metaText("level"),
    sample,
    notApplicableRule,
    groups: splitList(metaText("groups")),
    bands,
    areas: areas.map(finalize),
  };
  if (year !== undefined) framework.year = year;
  if (metaText("issuingBody") !== "") framework.issuingBody = metaText("issuingBody");
  if (bonusMax !== undefined) framework.bonusMax = bonusMax;
  if (penaltyMax !== undefined) framework.penaltyMax = penaltyMax;

  // 5. Consistency checks, located in this sheet; a mistake the reader already named is not repeated.
  const location: FrameworkLocation = {
    columns: Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, sheet.originCol + (c as number)])),
    meta: Object.fromEntries([...meta].map(([k, m]) => [k, m.cell])),
  };
  // Without a total row, a wrong total is shown at the header of the maximum column.
  location.totalCell = at(totalRow ?? header.row, cols.max as number);
  const key = (f: Finding) => `${f.rule}|${f.cell}|${f.code}`;
  const known = new Set(findings.filter((f) => f.code !== undefined).map(key));
  for (const f of checkFramework(framework, sheet.name, location)) if (f.code === undefined || !known.has(key(f))) findings.push(f);
  return finish(framework);
}

/** The values of the framework sheet, from A1: title, metadata, header, one row per node, total. */
export function frameworkToGrid(fw: Framework): CellValue[][] {
  const width = GRID.width;
  const row = (...cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];
  const orNull = (s: string | undefined) => (s === undefined || s === "" ? null : s);
  const metaValue: Record<MetaKey, CellValue> = {
    name: fw.name,
    id: fw.id,
    legalBasis: orNull(fw.legalBasis),
    year: fw.year ?? null,
    level: orNull(fw.level),
    issuingBody: orNull(fw.issuingBody),
    sample: fw.sample ? YES : NO,
    notApplicableRule: NA_RULE_TEXT[fw.notApplicableRule],
    groups: orNull(fw.groups.join("; ")),
    bands: orNull(formatBands(fw.bands)),
    bonusMax: fw.bonusMax ?? null,
    penaltyMax: fw.penaltyMax ?? null,
  };
  const grid: CellValue[][] = [row(FRAMEWORK_SHEET_TITLE)];
  for (const m of META_FIELDS) grid.push(row(m.label, metaValue[m.key]));
  grid.push(row());
  grid.push(FRAMEWORK_COLUMNS.map((c) => c.header));
  for (const n of allNodes(fw)) {
    const leaf = n.children.length === 0;
    const inherited = leaf ? null : inheritedFlags(n.children);
    const cells: Record<FrameworkColumn, CellValue> = {
      code: displayCode(n.code),
      title: n.title,
      max: Number.isFinite(n.max) ? n.max : null,
      scale: leaf ? orNull(formatScale(n.scale)) : null,
      source: !inherited || inherited.source !== n.source ? SOURCE_TEXT[n.source] : null,
      evidence: !inherited || inherited.evidenceRequired !== n.evidenceRequired ? (n.evidenceRequired ? YES : NO) : null,
      appliesTo: orNull((n.appliesTo ?? []).join("; ")),
    };
    grid.push(FRAMEWORK_COLUMNS.map((c) => cells[c.key]));
  }
  const total = frameworkTotal(fw);
  grid.push(row(null, TOTAL_LABEL, Number.isFinite(total) ? total : null));
  return grid;
}

/** The framework sheet as a plan to write: values, text codes, official styling, print setup. */
export function frameworkSheetPlan(fw: Framework): SheetPlan {
  const grid = frameworkToGrid(fw);
  const nodes = allNodes(fw);
  const last = GRID.width - 1;
  const h = GRID.headerRow;
  const firstNode = h + 1;
  const totalRow = firstNode + nodes.length;
  const cells: (PlanCell | null)[][] = grid.map((r) => r.map((v) => (v === null || isCellError(v) ? null : { value: v })));
  const maxCol = gridCol("max");
  const areaRows = nodes.map((n, i) => (codeDepth(n.code) === 1 ? firstNode + i : -1)).filter((r) => r >= 0);
  if (areaRows.length > 0) cells[totalRow][maxCol] = { formula: "=" + areaRows.map((r) => a1(r, maxCol)).join("+") };

  const styles: StyledRange[] = [
    { range: rangeA1(0, 0, 0, last), style: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" } },
    { range: rangeA1(GRID.firstMetaRow, 0, GRID.firstMetaRow + META_FIELDS.length - 1, 0), style: { bold: true } },
    { range: rangeA1(GRID.firstMetaRow, 1, GRID.firstMetaRow + META_FIELDS.length - 1, 1), style: { wrap: true, hAlign: "left" } },
    { range: rangeA1(h, 0, h, last), style: { bold: true, fill: "#D9E1F2", hAlign: "center", vAlign: "middle", wrap: true, border: "thin" } },
  ];
  if (nodes.length > 0) {
    const lastNode = totalRow - 1;
    styles.push(
      { range: rangeA1(firstNode, 0, totalRow, last), style: { border: "thin", vAlign: "middle" } },
      { range: rangeA1(firstNode, 0, lastNode, 0), style: { numberFormat: "@", hAlign: "center" } },
      { range: rangeA1(firstNode, 1, lastNode, 1), style: { wrap: true } },
      { range: rangeA1(firstNode, 2, totalRow, 2), style: { hAlign: "center" } },
      { range: rangeA1(firstNode, 3, lastNode, 3), style: { wrap: true } },
      { range: rangeA1(firstNode, 4, lastNode, last), style: { hAlign: "center", wrap: true } },
    );
    nodes.forEach((n, i) => {
      const r = firstNode + i;
      if (codeDepth(n.code) === 1) styles.push({ range: rangeA1(r, 0, r, last), style: { bold: true, fill: "#F2F2F2" } });
      else if (n.children.length > 0) styles.push({ range: rangeA1(r, 0, r, last), style: { bold: true } });
    });
  }
  styles.push({ range: rangeA1(totalRow, 0, totalRow, last), style: { bold: true, fill: "#F2F2F2" } });

  const merges = [rangeA1(0, 0, 0, last)];
  for (let i = 0; i < META_FIELDS.length; i++) merges.push(rangeA1(GRID.firstMetaRow + i, 1, GRID.firstMetaRow + i, last));

  const plan: SheetPlan = {
    name: FRAMEWORK_SHEET_NAME,
    kind: "framework",
    cells,
    styles,
    merges,
    columnWidths: [9, 60, 10, 42, 14, 13, 18],
    freeze: { rows: h + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", titleRows: `$${h + 1}:$${h + 1}`, fitToWidth: true },
    fontName: "Times New Roman",
    fontSize: 13,
  };
  if (nodes.length > 0) {
    plan.validations = [
      { type: "list", range: rangeA1(firstNode, gridCol("source"), totalRow - 1, gridCol("source")), values: [SOURCE_TEXT.self, SOURCE_TEXT.survey] },
      { type: "list", range: rangeA1(firstNode, gridCol("evidence"), totalRow - 1, gridCol("evidence")), values: [YES, NO] },
    ];
  }
  return plan;
}
