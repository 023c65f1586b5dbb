import type { Analysis } from "../analysis.js";
import { appliesTo } from "../framework/model.js";
import { SheetPlan } from "../types.js";
import { a1 } from "../util/a1.js";
import { displayCode } from "../util/codes.js";
import { DocumentHeader, fitRowHeights, HEADER_FILL, officialHeader, PlanBuilder, POINTS } from "./builder.js";
import { DetailLayout, detailCellRef, NA_MARK } from "./detailSheet.js";
import { lossAnalysis } from "./remediation.js";
import { SummaryLayout, summaryRef } from "./summarySheet.js";
import { ANALYSIS_SHEET } from "./sheetNames.js";

/**
 * "Phân tích": the criteria that cost the most points (with how many units lost points there),
 * each unit's self-versus-appraised gap and criteria kept at maximum, and the matrix of points
 * lost (criteria × units) with a colour scale. Every figure is a formula over the matrix, which
 * is a formula over the detail sheet.
 */
export function analysisSheetPlan(
  a: Analysis,
  detail: DetailLayout,
  summary: SummaryLayout,
  opts: { header: DocumentHeader; year?: number; top?: number; name?: string },
): SheetPlan {
  const b = new PlanBuilder(opts.name ?? ANALYSIS_SHEET, "analysis", 12);
  const units = a.validation.sheets.map((v) => v.submission);
  const loss = lossAnalysis(a);
  // The header over columns A:G (left A:B, 52 characters; motto C:G, 46): page 1 holds it whole.
  const headerWidth = 7;
  let row = officialHeader(b, opts.header, headerWidth, 2);
  const year = opts.year ?? a.framework.year;
  b.line(row++, 0, headerWidth - 1, `PHÂN TÍCH ĐIỂM BỊ MẤT THEO TIÊU CHÍ VÀ ĐƠN VỊ${year ? ` NĂM ${year}` : ""}`, {
    bold: true,
    fontSize: 14,
  });
  row++;

  // Where the matrix will be, so the tables above can point at it.
  const top = Math.min(opts.top ?? 10, loss.leaves.length);
  const unitTableRows = units.length;
  const matrixTitle = row + 1 + 1 + top + 2 + 1 + 1 + unitTableRows + 2;
  const mHeader = matrixTitle + 1;
  const mFirst = mHeader + 1;
  const firstUnitCol = 3;
  const totalCol = firstUnitCol + units.length;
  const countCol = totalCol + 1;
  const leafRow = new Map(detail.leaves.map((l, i) => [l.code, mFirst + i]));
  const mLast = mFirst + detail.leaves.length - 1;

  // 1. Criteria that cost the most points (ordered when generated; values live).
  b.value(row++, 0, `1. ${top} tiêu chí bị mất nhiều điểm nhất`).style(row - 1, 0, row - 1, 4, {
    bold: true,
    fontSize: 13,
  });
  const t1 = row++;
  ["Mã", "Tiêu chí", "Tổng điểm bị mất", "Số đơn vị bị mất điểm", "Điểm tối đa"].forEach((h, i) => b.value(t1, i, h));
  b.style(t1, 0, t1, 4, { bold: true, fill: HEADER_FILL, border: "thin", wrap: true, hAlign: "center" });
  const ranked = [...loss.leaves].sort((x, y) => y.lost - x.lost || y.units - x.units).slice(0, top);
  for (const l of ranked) {
    const mr = leafRow.get(l.code)!;
    b.value(row, 0, l.code)
      .value(row, 1, l.title)
      .formula(row, 2, `=${a1(mr, totalCol)}`)
      .formula(row, 3, `=${a1(mr, countCol)}`)
      .formula(row, 4, `=${a1(mr, 2)}`);
    b.style(row, 0, row, 4, { border: "thin" });
    row++;
  }
  b.style(t1 + 1, 2, row - 1, 2, { numberFormat: POINTS });
  b.style(t1 + 1, 1, row - 1, 1, { wrap: true });
  row++;

  // 2. Per unit: self-versus-appraised gap, criteria kept at maximum, points lost.
  b.value(row++, 0, "2. Chênh lệch tự đánh giá – thẩm định và số tiêu chí giữ vững điểm tối đa").style(
    row - 1,
    0,
    row - 1,
    4,
    { bold: true, fontSize: 13 },
  );
  const t2 = row++;
  ["STT", "Đơn vị", "Chênh lệch (tự đánh giá − thẩm định)", "Số tiêu chí đạt tối đa", "Tổng điểm bị mất"].forEach(
    (h, i) => b.value(t2, i, h),
  );
  b.style(t2, 0, t2, 4, { bold: true, fill: HEADER_FILL, border: "thin", wrap: true, hAlign: "center" });
  units.forEach((u, i) => {
    const col = firstUnitCol + i;
    const colRange = `${a1(mFirst, col)}:${a1(mLast, col)}`;
    b.value(row, 0, i + 1)
      .value(row, 1, u.unit)
      .formula(row, 2, `=${summaryRef(summary, u.sheet, summary.col.diff)}`);
    b.formula(row, 3, `=COUNTIF(${colRange},0)`).formula(row, 4, `=SUM(${colRange})`);
    b.style(row, 0, row, 4, { border: "thin" });
    row++;
  });
  b.style(t2 + 1, 2, row - 1, 4, { numberFormat: "0.##" });
  row += 1;

  // 3. The matrix: points lost per criterion (rows) and unit (columns).
  row = matrixTitle;
  b.value(row, 0, "3. Ma trận điểm bị mất (tiêu chí × đơn vị); ô trống: tiêu chí không áp dụng").style(row, 0, row, 4, {
    bold: true,
    fontSize: 13,
  });
  b.value(mHeader, 0, "Mã").value(mHeader, 1, "Tiêu chí").value(mHeader, 2, "Điểm tối đa");
  units.forEach((u, i) => b.value(mHeader, firstUnitCol + i, u.unit));
  b.value(mHeader, totalCol, "Tổng điểm bị mất").value(mHeader, countCol, "Số đơn vị bị mất điểm");
  detail.leaves.forEach((l) => {
    const r = leafRow.get(l.code)!;
    b.value(r, 0, displayCode(l.code)).value(r, 1, l.title).value(r, 2, l.max);
    units.forEach((u, i) => {
      if (!u.byCode.has(l.code) || !appliesTo(a.framework, l, u.group)) return;
      const ref = detailCellRef(detail, u.sheet, l.code);
      b.formula(r, firstUnitCol + i, `=IF(${ref}="${NA_MARK}","",${a1(r, 2)}-N(${ref}))`);
    });
    const span = units.length ? `${a1(r, firstUnitCol)}:${a1(r, totalCol - 1)}` : null;
    b.formula(r, totalCol, span ? `=SUM(${span})` : "=0").formula(r, countCol, span ? `=COUNTIF(${span},">0")` : "=0");
  });
  b.style(mHeader, 0, mHeader, countCol, {
    bold: true,
    fill: HEADER_FILL,
    border: "thin",
    wrap: true,
    hAlign: "center",
  });
  b.style(mFirst, 0, mLast, countCol, { border: "thin" });
  b.style(mFirst, 2, mLast, totalCol, { numberFormat: "0.##", hAlign: "center" });
  if (units.length)
    b.plan.conditionalFormats!.push({
      type: "colorScale",
      range: `${a1(mFirst, firstUnitCol)}:${a1(mLast, totalCol - 1)}`,
      minColor: "#FFFFFF",
      maxColor: "#F8696B",
    });
  b.style(mFirst, 1, mLast, 1, { wrap: true });
  b.style(t1 + 1, 0, mLast, countCol, { vAlign: "top" });
  b.plan.rowHeights = [{ row: mHeader, height: 60 }];
  b.widths([8, 44, 10, ...units.map(() => 9), 10, 10]);
  // Wrapped headers and titles get the height of their lines (Excel never grows a row on opening).
  fitRowHeights(b, t1, mLast, [1, 2, 3, 4]);
  b.plan.freeze = { rows: 0, columns: 3 };
  // Too wide to fit (one column per unit): pages go across, each with the criterion's code, title
  // and maximum repeated at its left.
  // The matrix's header (the units) repeats at the top of the pages after it, as Excel and
  // LibreOffice repeat title rows only from where they stand.
  b.plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: false,
    titleColumns: "$A:$C",
    titleRows: `$${mHeader + 1}:$${mHeader + 1}`,
  };
  return b.build();
}
