import { appliesTo, nodeMax, sortedBands, surveyLeaves, surveyMax } from "../framework/model.js";
import { UNCLASSIFIED } from "../framework/bandsText.js";
import { UnitScore } from "../scoring/score.js";
import { CountedRule } from "../submission/counted.js";
import { MatchedRow } from "../submission/parseSubmission.js";
import { ValidatedSheet } from "../submission/validate.js";
import { Framework, SheetPlan } from "../types.js";
import { a1, absA1, colLetter, sheetRef } from "../util/a1.js";
import { displayCode } from "../util/codes.js";
import { formatVi, numberValueFormula, round, sum } from "../util/numbers.js";
import {
  DocumentHeader,
  documentNumber,
  HEADER_FILL,
  headOf,
  INPUT_FILL,
  officialHeader,
  PlanBuilder,
  POINTS,
  signatureBlock,
} from "./builder.js";
import { DetailLayout, detailMaxRange, detailRowRange, NA_MARK } from "./detailSheet.js";
import { adjustmentFormula } from "./adjustmentFormula.js";
import { SUMMARY_SHEET } from "./sheetNames.js";
import { PreviousResult, SURVEY_PART_PREFIX } from "../inputs/readers.js";
import { cellText } from "../util/text.js";

export const READY = "Đủ điều kiện";
/** What the counted column adds for a unit scored without survey points under the rescaling rule. */
export const RESCALED_TEXT = "chưa có điểm điều tra XHH: quy đổi điểm thẩm định về thang 100";
/** The note under the title of a framework that rescales units without survey points. */
export const RESCALE_NOTE =
  "Đơn vị chưa có điểm điều tra XHH: điểm thẩm định được quy đổi về thang 100 (theo bộ tiêu chí: Khi chưa có điểm điều tra: quy đổi về thang 100).";

/** Column positions of the summary table, shared with the ranking and plan sheets. */
export interface SummaryLayout {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** 0-based row of each unit by its sheet name. */
  unitRow: Map<string, number>;
  col: Record<
    | "unit"
    | "group"
    | "sheet"
    | "appraised"
    | "self"
    | "diff"
    | "na"
    | "survey"
    | "total"
    | "max"
    | "index"
    | "status"
    | "counted"
    | "rank"
    | "band",
    number
  > & {
    bonus?: number;
    penalty?: number;
    prevPoints?: number;
    pointsChange?: number;
    prevRank?: number;
    rankChange?: number;
    areas: number[];
    /** One input column per survey component (leaf code → column), when the framework has several. */
    surveyParts?: Map<string, number>;
  };
}

function selfSumFormula(fw: Framework, sheet: string, group: string, rows: MatchedRow[]): string {
  const terms = rows
    .filter(
      (m) =>
        m.self &&
        m.node.children.length === 0 &&
        m.node.source === "self" &&
        !m.self.na &&
        appliesTo(fw, m.node, group),
    )
    .map((m) => {
      const ref = sheetRef(m.sheet ?? sheet, a1(m.self!.row, m.self!.col));
      return m.self!.num.kind === "number" && m.self!.num.fromText
        ? numberValueFormula(ref, cellText(m.self!.raw))
        : ref;
    });
  // SUM takes at most 255 arguments: nest in groups.
  const groups: string[] = [];
  for (let i = 0; i < terms.length; i += 200) groups.push(`SUM(${terms.slice(i, i + 200).join(",")})`);
  return groups.length ? `=${groups.join("+")}` : "=0";
}

/** Status text of a unit: ready to rank, or how many errors hold it back. */
export function statusText(u: UnitScore): string {
  return u.blocked ? `Còn ${u.errors} lỗi` : READY;
}

/** Which scores the unit's points come from, in words (the appraised score counts where filled). */
export function countedText(u: UnitScore, rule: CountedRule = "appraised-else-self"): string {
  if (rule === "self") return "Điểm tự đánh giá (theo lựa chọn)";
  if (rule === "appraised")
    return u.appraisalStatus === "appraised" ? "Điểm thẩm định" : "Chỉ điểm thẩm định (tiêu chí chưa thẩm định tính 0)";
  const { appraised, self } = u.countedFrom;
  // Several appraisal rounds: say which one counted, and for how many criteria.
  const used = u.rounds.filter((x) => x.criteria > 0);
  if (used.length) {
    const which = used
      .slice()
      .reverse()
      .map((x) => `${x.label}: ${x.criteria} tiêu chí`)
      .join("; ");
    return self ? `${which}; chưa thẩm định ${self} tiêu chí (điểm tự đánh giá)` : which;
  }
  if (u.appraisalStatus === "appraised") return "Điểm thẩm định";
  if (u.appraisalStatus === "not-appraised") return "Điểm tự đánh giá (chưa thẩm định)";
  return `Thẩm định ${appraised}/${appraised + self} tiêu chí; còn lại điểm tự đánh giá`;
}

/**
 * The summary sheet ("Tổng hợp"): official header, then one row per unit whose every computed cell
 * is a live formula over the detail sheet and the unit's own sheet; survey, bonus and penalty
 * points are input cells; rank within group by COUNTIFS; class by LOOKUP in the bands table below.
 */
export function summarySheetPlan(
  fw: Framework,
  units: ValidatedSheet[],
  scores: UnitScore[],
  detail: DetailLayout,
  opts: {
    header: DocumentHeader;
    year?: number;
    previous?: Map<string, PreviousResult>;
    name?: string;
    counted?: CountedRule;
  },
): { plan: SheetPlan; layout: SummaryLayout } {
  const name = opts.name ?? SUMMARY_SHEET;
  const b = new PlanBuilder(name, "summary", 12);
  const hasPrev = !!opts.previous && opts.previous.size > 0;
  // The published ranking table first (STT, đơn vị, area points, total, index, rank, band): it is
  // the print area, on A4 landscape. The working columns (group, sheet, self score, difference,
  // KAD, inputs, status, counted rule, last year) follow it, outside the print area.
  const comps = surveyLeaves(fw);
  const cols: string[] = ["STT", "Đơn vị"];
  const areaStart = cols.length;
  for (const a of fw.areas) cols.push(`${displayCode(a.code)}. ${a.title} (${a.max})`);
  const named = (h: string) => cols.push(h) - 1;
  const total = named("Tổng điểm");
  const index = named("Chỉ số (%)");
  const rank = named("Xếp hạng trong nhóm");
  const band = named("Xếp loại");
  const c = {
    unit: 1,
    areas: fw.areas.map((_, i) => areaStart + i),
    total,
    index,
    rank,
    band,
    group: named("Nhóm"),
    sheet: named("Trang tính"),
    appraised: named("Điểm thẩm định"),
    self: named("Điểm tự đánh giá"),
    diff: named("Chênh lệch (tự đánh giá − thẩm định)"),
    na: named("Điểm tối đa không áp dụng (KAD)"),
    survey: named(comps.length >= 2 ? "Điểm điều tra XHH (tổng, khi không nhập từng phần)" : "Điểm điều tra XHH"),
    surveyParts:
      comps.length >= 2
        ? new Map(
            comps.map((l) => [
              l.code,
              named(`${SURVEY_PART_PREFIX}${displayCode(l.code)}. ${l.title} (tối đa ${formatVi(l.max)})`),
            ]),
          )
        : undefined,
    // Also when a unit writes its own bonus or penalty rows and the framework sets no cap.
    bonus:
      fw.bonusMax !== undefined || scores.some((x) => x.bonusFrom === "sheet")
        ? named(fw.bonusMax !== undefined ? `Điểm thưởng (tối đa ${fw.bonusMax})` : "Điểm thưởng")
        : undefined,
    penalty:
      fw.penaltyMax !== undefined || scores.some((x) => x.penaltyFrom === "sheet")
        ? named(fw.penaltyMax !== undefined ? `Điểm trừ (tối đa ${fw.penaltyMax})` : "Điểm trừ")
        : undefined,
    max: named("Điểm tối đa"),
    status: named("Trạng thái hồ sơ"),
    counted: named("Điểm được tính theo"),
    prevPoints: hasPrev ? named("Điểm năm trước") : undefined,
    pointsChange: hasPrev ? named("Tăng/giảm điểm") : undefined,
    prevRank: hasPrev ? named("Hạng năm trước") : undefined,
    rankChange: hasPrev ? named("Thay đổi thứ hạng") : undefined,
  };
  const last = cols.length - 1;
  const printLast = c.band;
  let row = officialHeader(b, { ...opts.header, number: documentNumber(opts.header, "BC") }, printLast + 1);
  const year = opts.year ?? fw.year;
  b.line(row++, 0, printLast, `BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`, {
    bold: true,
    fontSize: 14,
  });
  b.line(row++, 0, printLast, `Theo ${fw.name}${fw.legalBasis ? ` (${fw.legalBasis})` : ""}`, { italic: true });
  if (fw.surveyMissingRule === "rescale" && surveyMax(fw) > 0)
    b.line(row++, 0, printLast, RESCALE_NOTE, { italic: true });
  row++;
  const headerRow = row;
  cols.forEach((h, i) => b.value(headerRow, i, h));
  const firstRow = headerRow + 1;
  const lastRow = firstRow + Math.max(units.length, 1) - 1;
  const fwTotal = round(sum(fw.areas.map((a) => a.max)), 6);
  const surveyCap = surveyMax(fw);
  const bands = sortedBands(fw.bands).reverse();
  // The office's signature under the table (inside the print area), the bands table below it.
  const signRow = lastRow + 2;
  const signEnd = signatureBlock(
    b,
    signRow,
    { l0: 0, l1: Math.max(1, Math.min(printLast - 4, c.areas[0] + 1)), r0: Math.max(2, printLast - 3), r1: printLast },
    opts.header.sign ?? headOf(opts.header.issuingBody),
    [...(opts.header.parentBody ? [`- ${opts.header.parentBody} (để báo cáo);`] : []), "- Lưu: VT."],
    opts.header.signer,
  );
  const bandTop = signEnd + 1;
  const bandMin = `$B$${bandTop + 2}:$B$${bandTop + 1 + bands.length}`;
  const bandLabel = `$C$${bandTop + 2}:$C$${bandTop + 1 + bands.length}`;
  const col = (k: number, r: number) => a1(r, k);
  const abs = (k: number) => `$${colLetter(k)}$${firstRow + 1}:$${colLetter(k)}$${lastRow + 1}`;
  const unitRow = new Map<string, number>();
  const scoreOf = new Map(scores.map((s) => [s.sheet, s]));

  units.forEach((u, i) => {
    const r = firstRow + i;
    const s = scoreOf.get(u.submission.sheet)!;
    unitRow.set(u.submission.sheet, r);
    b.value(r, 0, i + 1)
      .value(r, c.unit, u.submission.unit)
      .value(r, c.group, u.submission.group)
      .value(r, c.sheet, u.submission.sheet);
    fw.areas.forEach((a, k) => {
      const span = detail.areaCols.get(a.code);
      if (span) b.formula(r, c.areas[k], `=SUM(${detailRowRange(detail, u.submission.sheet, span.from, span.to)})`);
      else b.value(r, c.areas[k], 0);
    });
    b.formula(r, c.appraised, `=SUM(${col(c.areas[0], r)}:${col(c.areas[c.areas.length - 1], r)})`);
    b.formula(r, c.self, selfSumFormula(fw, u.submission.sheet, u.submission.group, u.submission.rows));
    b.formula(r, c.diff, `=${col(c.self, r)}-${col(c.appraised, r)}`);
    b.formula(
      r,
      c.na,
      `=SUMIF(${detailRowRange(detail, u.submission.sheet)},"${NA_MARK}",${detailMaxRange(detail, undefined, undefined, u.submission.group)})`,
    );
    const own = comps.filter((l) => appliesTo(fw, l, u.submission.group));
    const partCell = (code: string) => col(c.surveyParts!.get(code)!, r);
    if (c.surveyParts) {
      for (const l of own) {
        const v = s.surveyParts[l.code];
        if (v === undefined) continue;
        // Points read from the unit's own sheet stay a live reference to it; others are typed values.
        const ap = u.submission.byCode.get(l.code)?.appraised;
        const ref = ap ? sheetRef(u.submission.sheet, a1(ap.row, ap.col)) : "";
        if (ap && ap.num.kind === "number" && Math.abs(Math.min(ap.num.value, nodeMax(l, s.group)) - v) < 1e-9)
          b.formula(
            r,
            c.surveyParts.get(l.code)!,
            ap.num.fromText ? `=${numberValueFormula(ref, cellText(ap.raw))}` : `=${ref}`,
          );
        else b.value(r, c.surveyParts.get(l.code)!, v);
      }
      if (Object.keys(s.surveyParts).length === 0) b.value(r, c.survey, s.survey);
    } else b.value(r, c.survey, s.survey);
    // From the unit's own rows: a live formula over them; else what staff entered.
    for (const kind of ["bonus", "penalty"] as const) {
      const k = c[kind];
      if (k === undefined) continue;
      const f = s[`${kind}From`] === "sheet" ? adjustmentFormula(u.submission, kind, opts.counted) : null;
      if (f) b.formula(r, k, f);
      else b.value(r, k, s[kind]);
    }
    const capTerm = (x: number | undefined, ref: string) => (x !== undefined ? `MIN(N(${ref}),${x})` : `N(${ref})`);
    const cap = s.surveyMax;
    const totalTerm = cap > 0 ? `MIN(N(${col(c.survey, r)}),${cap})` : `N(${col(c.survey, r)})`;
    const surveyTerm =
      c.surveyParts && own.length > 0
        ? `IF(COUNT(${own.map((l) => partCell(l.code)).join(",")})>0,MIN(${own.map((l) => `MIN(N(${partCell(l.code)}),${nodeMax(l, s.group)})`).join("+")},${cap}),${totalTerm})`
        : totalTerm;
    const hasSurvey = `COUNT(${[col(c.survey, r), ...(c.surveyParts ? own.map((l) => partCell(l.code)) : [])].join(",")})>0`;
    const base = fw.notApplicableRule === "award-max" ? `${col(c.appraised, r)}+${col(c.na, r)}` : col(c.appraised, r);
    const rescale = fw.surveyMissingRule === "rescale" && cap > 0;
    const m = col(c.max, r);
    const parts = [
      rescale
        ? `IF(${hasSurvey},${base}+${surveyTerm},IF(${m}-${cap}>0,(${base})*${m}/(${m}-${cap}),${base}))`
        : `${base}+${surveyTerm}`,
    ];
    if (c.bonus !== undefined) parts.push(capTerm(fw.bonusMax, col(c.bonus, r)));
    let total = `=${parts.join("+")}`;
    if (c.penalty !== undefined) total += `-${capTerm(fw.penaltyMax, col(c.penalty, r))}`;
    b.formula(r, c.total, total);
    const notApplying = s.notApplyingMax ? `-${s.notApplyingMax}` : "";
    const unitTotal = round(sum(fw.areas.map((a) => nodeMax(a, s.group))), 6);
    b.formula(
      r,
      c.max,
      fw.notApplicableRule === "rescale"
        ? `=${unitTotal}${notApplying}-${col(c.na, r)}`
        : `=${unitTotal}${notApplying}`,
    );
    b.formula(r, c.index, `=IF(${col(c.max, r)}>0,ROUND(${col(c.total, r)}/${col(c.max, r)}*100,2),0)`);
    b.value(r, c.status, statusText(s));
    if (fw.surveyMissingRule === "rescale" && s.surveyMax > 0)
      b.formula(
        r,
        c.counted,
        `=IF(${hasSurvey},"${countedText(s, opts.counted)}","${countedText(s, opts.counted)}; ${RESCALED_TEXT}")`,
      );
    else b.value(r, c.counted, countedText(s, opts.counted));
    const ready = `${col(c.status, r)}<>"${READY}"`;
    b.formula(
      r,
      c.rank,
      `=IF(${ready},"",COUNTIFS(${abs(c.group)},${col(c.group, r)},${abs(c.status)},"${READY}",${abs(c.index)},">"&${col(c.index, r)})+1)`,
    );
    b.formula(
      r,
      c.band,
      `=IF(${ready},"",IFERROR(LOOKUP(${col(c.index, r)},${bandMin},${bandLabel}),"${UNCLASSIFIED}"))`,
    );
    if (hasPrev) {
      const p = opts.previous!.get(u.submission.sheet);
      b.value(r, c.prevPoints!, p?.points ?? null);
      b.formula(r, c.pointsChange!, `=IF(${col(c.prevPoints!, r)}="","",${col(c.total, r)}-${col(c.prevPoints!, r)})`);
      b.value(r, c.prevRank!, p?.rank ?? null);
      const pr = col(c.prevRank!, r),
        nr = col(c.rank, r);
      b.formula(
        r,
        c.rankChange!,
        `=IF(OR(${pr}="",${nr}=""),"",IF(${pr}>${nr},"Tăng "&(${pr}-${nr})&" bậc",IF(${pr}<${nr},"Giảm "&(${nr}-${pr})&" bậc","Giữ nguyên")))`,
      );
    }
  });

  // Bands table: the classification the LOOKUP reads, editable by staff.
  b.value(bandTop, 1, "Bảng xếp loại (sửa ngưỡng tại đây)").style(bandTop, 1, bandTop, 2, { bold: true });
  b.value(bandTop + 1, 1, "Chỉ số từ (%)").value(bandTop + 1, 2, "Xếp loại");
  bands.forEach((band, i) => b.value(bandTop + 2 + i, 1, band.min).value(bandTop + 2 + i, 2, band.label));
  b.style(bandTop + 1, 1, bandTop + 1, 2, { bold: true, fill: HEADER_FILL, border: "thin", hAlign: "center" });
  b.style(bandTop + 2, 1, bandTop + 1 + bands.length, 2, { border: "thin", input: true, fill: INPUT_FILL });

  b.style(headerRow, 0, headerRow, last, {
    bold: true,
    fill: HEADER_FILL,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  });
  b.style(firstRow, 0, lastRow, last, { border: "thin" });
  b.style(firstRow, c.areas[0], lastRow, c.index, { numberFormat: POINTS });
  b.style(firstRow, c.appraised, lastRow, c.max, { numberFormat: POINTS });
  b.style(firstRow, c.survey, lastRow, c.survey, { input: true, fill: INPUT_FILL });
  for (const k of c.surveyParts?.values() ?? [])
    b.style(firstRow, k, lastRow, k, { input: true, fill: INPUT_FILL, numberFormat: POINTS });
  if (c.bonus !== undefined) b.style(firstRow, c.bonus, lastRow, c.bonus, { input: true, fill: INPUT_FILL });
  if (c.penalty !== undefined) b.style(firstRow, c.penalty, lastRow, c.penalty, { input: true, fill: INPUT_FILL });
  b.style(firstRow, c.total, lastRow, c.total, { bold: true });
  b.style(firstRow, c.rank, lastRow, c.rank, { hAlign: "center", bold: true });
  if (hasPrev) b.style(firstRow, c.prevPoints!, lastRow, c.pointsChange!, { numberFormat: POINTS });
  // The print area (STT … Xếp loại) is about 135 characters: on A4 landscape fitted to the width,
  // 12 pt prints at 9 pt or more. Area titles wrap in the header row.
  const areaWidth = Math.min(11, Math.max(7, Math.floor((135 - 5 - 22 - 36) / Math.max(1, fw.areas.length))));
  const widths = cols.map((h, i) =>
    i === 0
      ? 5
      : i === c.unit
        ? 22
        : c.areas.includes(i)
          ? areaWidth
          : i === c.total || i === c.rank
            ? 9
            : i === c.index
              ? 8
              : i === c.band || i === c.group
                ? 10
                : i === c.sheet
                  ? 14
                  : i === c.status || i === c.counted
                    ? 16
                    : i === c.rankChange
                      ? 14
                      : 11,
  );
  // Tall enough for the longest wrapped header (an area's full title) at about 15 points a line.
  const lines = Math.max(...cols.map((h, i) => Math.ceil((h.length * 1.15) / Math.max(4, widths[i] - 1))));
  b.plan.rowHeights = [{ row: headerRow, height: Math.max(45, lines * 15 + 6) }];
  b.widths(widths);
  b.plan.freeze = { rows: headerRow + 1, columns: 2 };
  b.plan.tables!.push({
    name: "TongHopCCHC",
    range: `${a1(headerRow, 0)}:${a1(lastRow, last)}`,
    style: "TableStyleLight9",
  });
  b.plan.conditionalFormats!.push({
    type: "colorScale",
    range: `${a1(firstRow, c.index)}:${a1(lastRow, c.index)}`,
    minColor: "#F8696B",
    midColor: "#FFEB84",
    maxColor: "#63BE7B",
  });
  b.plan.validations!.push({
    type: "decimal",
    range: `${a1(firstRow, c.survey)}:${a1(lastRow, c.survey)}`,
    min: 0,
    max: surveyCap > 0 ? surveyCap : fwTotal,
  });
  for (const l of comps)
    if (c.surveyParts)
      b.plan.validations!.push({
        type: "decimal",
        range: `${a1(firstRow, c.surveyParts.get(l.code)!)}:${a1(lastRow, c.surveyParts.get(l.code)!)}`,
        min: 0,
        max: Math.max(l.max, ...Object.values(l.maxByGroup ?? {})),
      });
  b.plan.print = {
    orientation: "landscape",
    paper: "A4",
    titleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    area: `A1:${a1(signEnd - 1, printLast)}`,
    fitToWidth: true,
  };
  return {
    plan: b.build(),
    layout: { sheet: name, headerRow, firstRow, lastRow, unitRow, col: c },
  };
}

/** Absolute reference to a summary cell of a unit. */
export function summaryRef(layout: SummaryLayout, unitSheet: string, column: number): string {
  return sheetRef(layout.sheet, absA1(layout.unitRow.get(unitSheet)!, column));
}
