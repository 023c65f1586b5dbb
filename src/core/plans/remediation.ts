import { appliesTo, nodeMax } from "../framework/model.js";
import type { Analysis } from "../analysis.js";
import { scoredLeaves, UnitScore } from "../scoring/score.js";
import { countedScore } from "../submission/counted.js";
import { CellValue, CriterionNode, Framework, SheetPlan, SheetSnapshot } from "../types.js";
import { a1 } from "../util/a1.js";
import { displayCode, normalizeCode } from "../util/codes.js";
import { round, sum } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "../submission/grid.js";
import {
  DocumentHeader,
  HEADER_FILL,
  INPUT_FILL,
  fitRowHeights,
  documentNumber,
  headOf,
  signatureBlock,
  officialHeader,
  PlanBuilder,
  POINTS,
  SUBTOTAL_FILL,
} from "./builder.js";
import { findColumns } from "../inputs/readers.js";
import { DetailLayout, detailCellRef, detailMaxRange, detailRowRange, NA_MARK } from "./detailSheet.js";
import { PLAN_SHEET } from "./sheetNames.js";

export const STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"];

/** A leaf where a unit lost points, as the engine sees it now. */
export interface LostItem {
  sheet: string;
  unit: string;
  area: CriterionNode;
  leaf: CriterionNode;
  /** The leaf's maximum for the unit's group. */
  max: number;
  achieved: number;
  lost: number;
  /** Pre-filled cause: the appraisal note, else the unit's explanation. */
  cause: string;
}

/** What staff typed into a plan row; carried over when the plan is generated again. */
export interface PlanEntry {
  cause?: CellValue;
  remedy?: CellValue;
  output?: CellValue;
  lead?: CellValue;
  partner?: CellValue;
  deadline?: CellValue;
  status?: CellValue;
  /** The unit and code as typed on the row the entry was read from. */
  unit?: string;
  code?: string;
}

const ENTRY_KEYS = ["cause", "remedy", "output", "lead", "partner", "deadline", "status"] as const;

/**
 * Every leaf whose counted score is below its maximum, for every unit: ordered by unit, then by
 * area, then by points lost (largest first), then by code. Not-applicable leaves are not losses.
 */
export function lostItems(a: Analysis, onlySheet?: string): LostItem[] {
  const out: LostItem[] = [];
  const areas = a.framework.areas.map((area) => ({ area, leaves: scoredLeaves({ ...a.framework, areas: [area] }) }));
  for (const v of a.validation.sheets) {
    const s = v.submission;
    if (onlySheet !== undefined && s.sheet !== onlySheet) continue;
    for (const { area, leaves } of areas) {
      const items: LostItem[] = [];
      for (const leaf of leaves) {
        const m = s.byCode.get(leaf.code);
        if (!m || !appliesTo(a.framework, leaf, s.group)) continue;
        const c = countedScore(m, a.counted);
        if (c.notApplicable) continue;
        const achieved = c.value ?? 0;
        const max = nodeMax(leaf, s.group);
        if (achieved >= max - 1e-9) continue;
        items.push({
          sheet: s.sheet,
          unit: s.unit,
          area,
          leaf,
          max,
          achieved,
          lost: round(max - achieved, 6),
          cause: m.note || m.explanation,
        });
      }
      items.sort((x, y) => y.lost - x.lost);
      out.push(...items);
    }
  }
  return out;
}

const key = (unit: string, code: string) => `${foldLoose(unit)}|${code}`;

// A province has ~1,000 units and ~30 lost items each: filtering all items once per unit or per
// leaf grew with the square of the units, so they are grouped once, each group in items' order.
function groupBy<T>(items: readonly T[], keyOf: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = keyOf(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Entries staff typed in an existing plan sheet, by unit and code. */
export function readPlanEntries(sheet: SheetSnapshot): Map<string, PlanEntry> {
  const out = new Map<string, PlanEntry>();
  const found = findColumns(
    sheet,
    {
      unit: /^don vi$/,
      code: /^ma$/,
      cause: /^nguyen nhan/,
      remedy: /giai phap|bien phap/,
      output: /san pham/,
      lead: /chu tri/,
      partner: /phoi hop/,
      deadline: /thoi han/,
      status: /tinh trang|trang thai/,
    },
    ["code", "remedy"],
  );
  if (!found) return out;
  const g = new Grid(sheet);
  // A unit's plan sheet has no unit column: its unit is on the line "Đơn vị: …".
  let fixedUnit = "";
  for (let r = g.firstRow; r < found.row && !fixedUnit; r++)
    for (let c = g.firstCol; c < g.endCol; c++) {
      const m = /^Đơn vị:\s*(.+)$/u.exec(cellText(g.value(r, c)).normalize("NFC").trim());
      if (m) fixedUnit = m[1];
    }
  for (let r = found.row + 1; r < g.endRow; r++) {
    const code = cellText(g.value(r, found.cols.code!)).trim();
    const unit = found.cols.unit !== undefined ? cellText(g.value(r, found.cols.unit)).trim() : fixedUnit;
    if (!code || !unit) continue;
    const e: PlanEntry = { unit, code };
    for (const k of ENTRY_KEYS) {
      const c = found.cols[k];
      if (c === undefined) continue;
      const v = g.value(r, c);
      if (v !== null && !(typeof v === "string" && v.trim() === "")) e[k] = v;
    }
    out.set(key(unit, normalizeCode(code) ?? code), e);
  }
  return out;
}

const PLAN_HEADS = [
  "STT",
  "Đơn vị",
  "Mã",
  "Tiêu chí",
  "Điểm tối đa",
  "Điểm đạt",
  "Điểm bị mất",
  "Nguyên nhân",
  "Giải pháp khắc phục",
  "Sản phẩm đầu ra",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Thời hạn hoàn thành",
  "Tình trạng",
];
const COL = {
  stt: 0,
  unit: 1,
  code: 2,
  title: 3,
  max: 4,
  achieved: 5,
  lost: 6,
  cause: 7,
  remedy: 8,
  output: 9,
  lead: 10,
  partner: 11,
  deadline: 12,
  status: 13,
} as const;

/** Writes the plan rows of one unit (area headings, leaves, area subtotals, unit total); returns the total's cell. */
function writeUnitBlock(
  b: PlanBuilder,
  row: number,
  items: LostItem[],
  detail: DetailLayout,
  entries: Map<string, PlanEntry>,
  withUnitColumn: boolean,
  used?: Set<string>,
): { row: number; totalCell: string | null } {
  const last = PLAN_HEADS.length - 1;
  const subtotals: string[] = [];
  let n = 0;
  let i = 0;
  while (i < items.length) {
    const area = items[i].area;
    b.value(row, COL.code, displayCode(area.code)).value(row, COL.title, area.title);
    b.style(row, 0, row, last, { bold: true, italic: true, border: "thin" });
    row++;
    const first = row;
    for (; i < items.length && items[i].area === area; i++) {
      const it = items[i];
      used?.add(key(it.unit, it.leaf.code));
      const e = entries.get(key(it.unit, it.leaf.code)) ?? {};
      b.value(row, COL.stt, ++n);
      if (withUnitColumn) b.value(row, COL.unit, it.unit);
      b.value(row, COL.code, it.leaf.code).value(row, COL.title, it.leaf.title).value(row, COL.max, it.max);
      b.formula(row, COL.achieved, `=${detailCellRef(detail, it.sheet, it.leaf.code)}`);
      b.formula(
        row,
        COL.lost,
        `=IF(${a1(row, COL.achieved)}="${NA_MARK}",0,${a1(row, COL.max)}-N(${a1(row, COL.achieved)}))`,
      );
      b.value(row, COL.cause, (e.cause as string | number | undefined) ?? (it.cause || null));
      for (const k of ["remedy", "output", "lead", "partner", "deadline"] as const)
        if (e[k] !== undefined && !(typeof e[k] === "object")) b.value(row, COL[k], e[k]);
      b.value(row, COL.status, typeof e.status === "string" ? e.status : STATUSES[0]);
      row++;
    }
    b.value(row, COL.title, `Cộng lĩnh vực ${displayCode(area.code)}`).formula(
      row,
      COL.lost,
      `=SUM(${a1(first, COL.lost)}:${a1(row - 1, COL.lost)})`,
    );
    b.style(row, 0, row, last, { bold: true, fill: SUBTOTAL_FILL, border: "thin" });
    subtotals.push(a1(row, COL.lost));
    row++;
  }
  if (!subtotals.length) return { row, totalCell: null };
  b.value(row, COL.title, "Tổng số điểm bị mất").formula(row, COL.lost, `=${subtotals.join("+")}`);
  b.style(row, 0, row, last, { bold: true, border: "thin", fill: HEADER_FILL });
  return { row: row + 1, totalCell: a1(row, COL.lost) };
}

function tableHeader(b: PlanBuilder, row: number, withUnitColumn: boolean): void {
  PLAN_HEADS.forEach((h, i) => b.value(row, i, i === COL.unit && !withUnitColumn ? "" : h));
  b.style(row, 0, row, PLAN_HEADS.length - 1, {
    bold: true,
    fill: HEADER_FILL,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  });
}

function finishPlan(b: PlanBuilder, headerRow: number, lastRow: number, withUnitColumn: boolean): SheetPlan {
  const last = PLAN_HEADS.length - 1;
  const body = (c: number) => `${a1(headerRow + 1, c)}:${a1(Math.max(lastRow, headerRow + 1), c)}`;
  b.style(headerRow + 1, 0, lastRow, last, { vAlign: "top" });
  b.style(headerRow + 1, COL.max, lastRow, COL.lost, { numberFormat: POINTS, hAlign: "center" });
  b.style(headerRow + 1, COL.cause, lastRow, last, { wrap: true, vAlign: "top" });
  b.style(headerRow + 1, COL.remedy, lastRow, COL.status, { input: true });
  b.style(headerRow + 1, COL.deadline, lastRow, COL.deadline, { numberFormat: "dd/mm/yyyy" });
  b.style(headerRow + 1, COL.title, lastRow, COL.title, { wrap: true, vAlign: "top" });
  b.plan.validations!.push({ type: "list", range: body(COL.status), values: STATUSES });
  b.plan.validations!.push({ type: "date", range: body(COL.deadline), prompt: "Nhập ngày (dd/mm/yyyy)" });
  b.plan.conditionalFormats!.push({
    type: "cellValue",
    range: body(COL.lost),
    operator: "greaterThan",
    value: 0,
    fill: "#FCE4D6",
    fontColor: "#9C0006",
  });
  // About 135 characters in all: on A4 landscape fitted to the width, 12 pt prints at 9 pt or more.
  b.widths([4, withUnitColumn ? 12 : 1, 6, 23, 6, 6, 6, 14, 14, 9, 8, 8, 9, 9]);
  b.plan.freeze = { rows: headerRow + 1, columns: 0 };
  b.plan.print = {
    orientation: "landscape",
    paper: "A4",
    titleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    fitToWidth: true,
  };
  b.plan.rowHeights = [{ row: headerRow, height: 48 }];
  const wrapped: number[] = [COL.title, COL.cause, COL.remedy, COL.output, COL.lead, COL.partner, COL.status];
  if (withUnitColumn) wrapped.push(COL.unit);
  b.style(headerRow + 1, COL.unit, lastRow, COL.unit, { wrap: true, vAlign: "top" });
  fitRowHeights(b, headerRow + 1, lastRow, wrapped);
  return b.build();
}

/**
 * "Kế hoạch khắc phục": every leaf below its maximum for every unit, grouped under unit and area
 * headings with subtotals; achieved and lost are live formulas; staff's entries (cause, remedy,
 * output, lead, partner, deadline, status) are carried over from the existing plan by unit and code.
 */
export function remediationPlan(
  a: Analysis,
  detail: DetailLayout,
  opts: { header: DocumentHeader; existing?: SheetSnapshot[]; year?: number; name?: string },
): SheetPlan {
  const entries = mergeEntries(opts.existing);
  const b = new PlanBuilder(opts.name ?? PLAN_SHEET, "plan", 12);
  const last = PLAN_HEADS.length - 1;
  let row = officialHeader(b, { ...opts.header, number: documentNumber(opts.header, "KH") }, PLAN_HEADS.length);
  const year = opts.year ?? a.framework.year;
  b.line(
    row++,
    0,
    last,
    `KẾ HOẠCH KHẮC PHỤC TỒN TẠI, HẠN CHẾ TRONG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`,
    { bold: true, fontSize: 14 },
  );
  b.line(row++, 0, last, "Giữ vững điểm số các tiêu chí đã đạt điểm tối đa, nâng điểm các tiêu chí còn bị mất điểm", {
    italic: true,
  });
  row++;
  const headerRow = row++;
  tableHeader(b, headerRow, true);
  const bySheet = groupBy(lostItems(a), (x) => x.sheet);
  const used = new Set<string>();
  for (const v of a.validation.sheets) {
    const mine = bySheet.get(v.submission.sheet) ?? [];
    if (!mine.length) continue;
    b.value(row, COL.stt, v.submission.unit)
      .merge(row, 0, row, COL.title)
      .style(row, 0, row, last, { bold: true, fill: INPUT_FILL, border: "thin" });
    row++;
    row = writeUnitBlock(b, row, mine, detail, entries, true, used).row;
  }
  row = writeKeptEntries(b, row, a, orphans(entries, used), true);
  const tableEnd = row - 1;
  signatureBlock(
    b,
    row + 1,
    { l0: 0, l1: COL.title, r0: COL.remedy, r1: last },
    opts.header.sign ?? headOf(opts.header.issuingBody),
    [
      ...(opts.header.parentBody ? [`- ${opts.header.parentBody} (để báo cáo);`] : []),
      "- Các đơn vị (để thực hiện);",
      "- Lưu: VT.",
    ],
    opts.header.signer,
  );
  return finishPlan(b, headerRow, tableEnd, true);
}

/** The section title under which staff entries of criteria no longer in the plan are kept. */
export const KEPT_SECTION = "Mục đã đạt điểm tối đa";

// An entry staff actually wrote: something besides the pre-filled cause and the default status.
function typedByStaff(e: PlanEntry): boolean {
  const filled = (v: CellValue | undefined) =>
    v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
  return (
    (["remedy", "output", "lead", "partner", "deadline"] as const).some((k) => filled(e[k])) ||
    (filled(e.status) && e.status !== STATUSES[0])
  );
}

function orphans(entries: Map<string, PlanEntry>, used: Set<string>, unit?: string): PlanEntry[] {
  const out: PlanEntry[] = [];
  for (const [k, e] of entries)
    if (!used.has(k) && typedByStaff(e) && (unit === undefined || k.startsWith(`${foldLoose(unit)}|`))) out.push(e);
  return out;
}

/**
 * Staff entries of an earlier plan whose criterion left it (it reached its maximum, or no longer
 * applies): unit, code, title and what was typed, so nothing typed is lost on a re-run. On the next
 * run they are read back like any plan row, and return to the plan if the criterion loses points again.
 */
export function keptPlanEntries(a: Analysis, existing: SheetSnapshot[] | undefined): { unit: string; code: string }[] {
  const entries = mergeEntries(existing);
  const used = new Set(lostItems(a).map((x) => key(x.unit, x.leaf.code)));
  return orphans(entries, used).map((e) => ({ unit: e.unit ?? "", code: e.code ?? "" }));
}

function writeKeptEntries(
  b: PlanBuilder,
  row: number,
  a: Analysis,
  kept: PlanEntry[],
  withUnitColumn: boolean,
): number {
  if (!kept.length) return row;
  const last = PLAN_HEADS.length - 1;
  const byCode = new Map(scoredLeaves(a.framework).map((l) => [l.code, l]));
  b.value(row, COL.stt, `${KEPT_SECTION} (nội dung đã nhập ở lần trước được giữ lại)`)
    .merge(row, 0, row, COL.title)
    .style(row, 0, row, last, { bold: true, italic: true, fill: INPUT_FILL, border: "thin" });
  row++;
  let n = 0;
  for (const e of kept) {
    const code = normalizeCode(e.code ?? "") ?? e.code ?? "";
    const leaf = byCode.get(code);
    b.value(row, COL.stt, ++n);
    if (withUnitColumn) b.value(row, COL.unit, e.unit ?? "");
    b.value(row, COL.code, code).value(row, COL.title, leaf?.title ?? null);
    if (leaf) b.value(row, COL.max, leaf.max);
    for (const k of ["cause", "remedy", "output", "lead", "partner", "deadline", "status"] as const) {
      const v = e[k];
      if (v !== undefined && v !== null && typeof v !== "object") b.value(row, COL[k], v);
    }
    row++;
  }
  return row;
}

function mergeEntries(existing: SheetSnapshot[] | undefined): Map<string, PlanEntry> {
  const out = new Map<string, PlanEntry>();
  for (const s of existing ?? []) for (const [k, e] of readPlanEntries(s)) out.set(k, { ...(out.get(k) ?? {}), ...e });
  return out;
}

/** The sheet name of one unit's plan ("KH P. Hồng Hà"), within Excel's 31 characters. */
export function unitPlanName(unitSheet: string): string {
  return `KH ${unitSheet}`.slice(0, 31);
}

/** One unit's plan as its own print-ready sheet: official header, the unit, totals lost and kept. */
export function unitRemediationPlan(
  a: Analysis,
  detail: DetailLayout,
  unitSheet: string,
  opts: { header: DocumentHeader; existing?: SheetSnapshot[]; year?: number },
): SheetPlan | null {
  const v = a.validation.sheets.find((s) => s.submission.sheet === unitSheet);
  if (!v) return null;
  const s = v.submission;
  const entries = mergeEntries(opts.existing);
  const b = new PlanBuilder(unitPlanName(unitSheet), "unit-plan", 13);
  const last = PLAN_HEADS.length - 1;
  // The unit's own document (Nghị định 30/2020/NĐ-CP): its own issuing body, number and signature.
  const own = unitIssuer(s.unit, opts.header);
  let row = officialHeader(b, { ...opts.header, ...own.header }, PLAN_HEADS.length);
  const year = opts.year ?? a.framework.year;
  b.line(row++, 0, last, "KẾ HOẠCH", { bold: true, fontSize: 14 });
  b.line(row++, 0, last, `Khắc phục tồn tại, hạn chế trong công tác cải cách hành chính${year ? ` năm ${year}` : ""}`, {
    bold: true,
    fontSize: 14,
  });
  b.line(row++, 0, last, `Đơn vị: ${s.unit}`, { bold: true });
  row++;
  const leavesHere = scoredLeaves(a.framework).filter(
    (l) => s.byCode.has(l.code) && appliesTo(a.framework, l, s.group),
  );
  const maxTotal = round(sum(leavesHere.map((l) => nodeMax(l, s.group))), 6);
  const unitRange = detailRowRange(detail, s.sheet);
  const statRow = row;
  b.value(row, COL.title, "Tổng điểm tối đa của các tiêu chí đơn vị tự chấm").value(row, COL.lost, maxTotal);
  row++;
  b.value(row, COL.title, "Số điểm đạt (giữ vững)").formula(row, COL.lost, `=SUM(${unitRange})`);
  row++;
  const lostRow = row;
  row++;
  b.value(row, COL.title, "Số tiêu chí đạt điểm tối đa (cần giữ vững)");
  // Text (KAD) compares above any number in Excel, hence the ISNUMBER guard.
  b.formula(
    row,
    COL.lost,
    `=SUMPRODUCT(ISNUMBER(${unitRange})*(${unitRange}>=${detailMaxRange(detail, undefined, undefined, s.group)}))`,
  );
  row++;
  b.style(statRow, COL.title, row - 1, COL.lost, { bold: true });
  b.style(statRow, COL.lost, row - 1, COL.lost, { numberFormat: "0.##" });
  row++;
  const headerRow = row++;
  tableHeader(b, headerRow, false);
  const used = new Set<string>();
  const block = writeUnitBlock(b, row, lostItems(a, unitSheet), detail, entries, false, used);
  row = writeKeptEntries(b, block.row, a, orphans(entries, used, s.unit), false);
  b.value(lostRow, COL.title, "Số điểm bị mất (cần khắc phục)");
  if (block.totalCell) b.formula(lostRow, COL.lost, `=${block.totalCell}`);
  else b.value(lostRow, COL.lost, 0);
  const tableEnd = Math.max(headerRow + 1, row - 1);
  signatureBlock(b, row + 1, { l0: 0, l1: COL.title, r0: COL.remedy, r1: last }, own.sign, [
    `- ${opts.header.issuingBody} (để báo cáo);`,
    "- Lưu: VT.",
  ]);
  return finishPlan(b, headerRow, tableEnd, false);
}

/** Total points lost per leaf across units, and per unit: lost, kept at maximum, self − appraised gap. */
export function lossAnalysis(a: Analysis): {
  leaves: { code: string; title: string; lost: number; units: number }[];
  units: { sheet: string; unit: string; lost: number; keptAtMax: number; gap: number }[];
} {
  const items = lostItems(a);
  const fw: Framework = a.framework;
  const scored = scoredLeaves(fw);
  const byLeaf = groupBy(items, (x) => x.leaf.code);
  const bySheet = groupBy(items, (x) => x.sheet);
  const scoreOf = new Map<string, UnitScore>();
  for (const x of a.scores) if (!scoreOf.has(x.sheet)) scoreOf.set(x.sheet, x);
  const leavesOut = scored.map((l) => {
    const hits = byLeaf.get(l.code) ?? [];
    return { code: l.code, title: l.title, lost: round(sum(hits.map((h) => h.lost)), 6), units: hits.length };
  });
  const unitsOut = a.validation.sheets.map((v) => {
    const s = v.submission;
    const score = scoreOf.get(s.sheet)!;
    const mine = bySheet.get(s.sheet) ?? [];
    const kept = scored.filter((l) => {
      const m = s.byCode.get(l.code);
      if (!m || !appliesTo(a.framework, l, s.group)) return false;
      const c = countedScore(m, a.counted);
      return !c.notApplicable && (c.value ?? 0) >= nodeMax(l, s.group) - 1e-9;
    }).length;
    return {
      sheet: s.sheet,
      unit: s.unit,
      lost: round(sum(mine.map((x) => x.lost)), 6),
      keptAtMax: kept,
      gap: round(score.selfPoints - score.appraisedPoints, 6),
    };
  });
  return { leaves: leavesOut, units: unitsOut };
}

const COMMUNE_LEVEL = /^(phường|xã|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s/iu;

/**
 * Who issues and signs a unit's own plan. A commune-level unit ("Phường Hồng Hà", "UBND xã Dân
 * Chủ"): "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "Số: …/KH-UBND", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". A
 * department ("Phòng Tài chính - Kế hoạch", "Sở Xây dựng"): itself under the office's parent body,
 * signed by its head.
 */
export function unitIssuer(
  unit: string,
  office: DocumentHeader,
): { header: Pick<DocumentHeader, "issuingBody" | "parentBody" | "number">; sign: string[] } {
  const name = unit
    .normalize("NFC")
    .trim()
    .replace(/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, "");
  if (COMMUNE_LEVEL.test(name))
    return {
      header: { parentBody: "", issuingBody: `Ủy ban nhân dân ${name}`, number: "Số: …/KH-UBND" },
      sign: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    };
  const head = headOf(name)[0];
  return {
    header: { parentBody: office.parentBody ?? "", issuingBody: name, number: "Số: …/KH" },
    sign: [head],
  };
}
