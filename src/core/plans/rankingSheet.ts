import { UnitScore } from "../scoring/score.js";
import { Framework, SheetPlan } from "../types.js";
import { a1 } from "../util/a1.js";
import { groupsInOrder } from "../scoring/rank.js";
import {
  DocumentHeader,
  documentNumber,
  HEADER_FILL,
  headOf,
  officialHeader,
  PlanBuilder,
  POINTS,
  signatureBlock,
} from "./builder.js";
import { SummaryLayout, summaryRef } from "./summarySheet.js";
import { RANKING_SHEET } from "./sheetNames.js";

/**
 * The ranking sheet ("Xếp hạng"): one table per group as published (phường, xã, departments…),
 * ordered by score when generated, every value a live reference to the summary sheet, with a bar
 * chart of the index by unit beside each table. Units still held back by errors are listed at the end.
 */
export function rankingSheetPlan(
  fw: Framework,
  scores: UnitScore[],
  summary: SummaryLayout,
  opts: { header: DocumentHeader; year?: number; name?: string },
): SheetPlan {
  const b = new PlanBuilder(opts.name ?? RANKING_SHEET, "ranking", 12);
  const hasPrev = summary.col.rankChange !== undefined;
  const heads = [
    "Thứ hạng",
    "Đơn vị",
    "Tổng điểm",
    "Điểm tối đa",
    "Chỉ số (%)",
    "Xếp loại",
    ...(hasPrev ? ["Thay đổi thứ hạng"] : []),
  ];
  const last = heads.length - 1;
  // The header over the table's own columns (left A:B, motto C:last), never over the charts beside it.
  let row = officialHeader(b, { ...opts.header, number: documentNumber(opts.header, "BC") }, last + 1, 2);
  const year = opts.year ?? fw.year;
  b.line(row++, 0, last, `KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`, {
    bold: true,
    fontSize: 14,
  });
  b.line(row++, 0, last, "Xếp hạng trong từng nhóm; số liệu liên kết trực tiếp với trang Tổng hợp", {
    italic: true,
  });
  row++;
  // The charts stand side by side to the right of the first table, so the tables follow one
  // another with one blank row between them (no printed gaps where a chart sits beside a table).
  const chartRow = row;
  // Printed, each group's table starts a page of its own (so does the list of units held back).
  const rowBreaks: number[] = [];
  let firstHeader = -1;
  groupsInOrder(fw, scores).forEach((g, gi) => {
    if (gi > 0) rowBreaks.push(row);
    b.value(row, 0, `${gi + 1}. NHÓM ${g.group.toLocaleUpperCase("vi")} (${g.units.length} đơn vị)`).style(
      row,
      0,
      row,
      last,
      { bold: true, fontSize: 13 },
    );
    row++;
    const header = row++;
    if (gi === 0) firstHeader = header;
    heads.forEach((h, i) => b.value(header, i, h));
    g.units.forEach((u) => {
      const r = row++;
      const ref = (k: number) => `=${summaryRef(summary, u.sheet, k)}`;
      b.formula(r, 0, ref(summary.col.rank)).formula(r, 1, ref(summary.col.unit)).formula(r, 2, ref(summary.col.total));
      b.formula(r, 3, ref(summary.col.max)).formula(r, 4, ref(summary.col.index)).formula(r, 5, ref(summary.col.band));
      if (hasPrev) b.formula(r, 6, ref(summary.col.rankChange!));
    });
    const first = header + 1,
      lastRow = row - 1;
    b.style(header, 0, header, last, { bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true, border: "thin" });
    b.style(first, 0, lastRow, last, { border: "thin" });
    b.style(first, 0, lastRow, 0, { hAlign: "center", bold: true });
    b.style(first, 2, lastRow, 4, { numberFormat: POINTS });
    b.plan.tables!.push({
      name: `XepHang${gi + 1}`,
      range: `${a1(header, 0)}:${a1(lastRow, last)}`,
      style: "TableStyleLight9",
    });
    b.plan.charts!.push({
      type: "bar",
      title: `Chỉ số CCHC – ${g.group}`,
      categories: `${a1(first, 1)}:${a1(lastRow, 1)}`,
      values: `${a1(first, 4)}:${a1(lastRow, 4)}`,
      anchor: a1(chartRow, last + 2 + gi * 9),
    });
    row += 1;
  });
  const held = scores.filter((s) => s.blocked);
  if (held.length) {
    if (rowBreaks.length || firstHeader >= 0) rowBreaks.push(row);
    b.value(row, 0, "ĐƠN VỊ CHƯA XẾP HẠNG (hồ sơ còn lỗi, cần khắc phục và kiểm tra lại)").style(row, 0, row, last, {
      bold: true,
      fontSize: 13,
    });
    row++;
    b.value(row, 0, "STT")
      .value(row, 1, "Đơn vị")
      .value(row, 2, "Nhóm")
      .value(row, 3, "Số lỗi")
      .value(row, 4, "Trang tính");
    b.style(row, 0, row, 4, { bold: true, fill: HEADER_FILL, border: "thin" });
    row++;
    held.forEach((s, i) => {
      b.value(row, 0, i + 1)
        .value(row, 1, s.unit)
        .value(row, 2, s.group)
        .value(row, 3, s.errors)
        .value(row, 4, s.sheet);
      b.style(row, 0, row, 4, { border: "thin" });
      row++;
    });
  }
  row = signatureBlock(
    b,
    row + 1,
    { l0: 0, l1: 1, r0: 2, r1: last },
    opts.header.sign ?? headOf(opts.header.issuingBody),
    [...(opts.header.parentBody ? [`- ${opts.header.parentBody} (để báo cáo);`] : []), "- Lưu: VT."],
    opts.header.signer,
  );
  b.widths([8, 30, 10, 10, 9, 13, ...(hasPrev ? [14] : []), 4, 12]);
  // The print area is the tables (the charts beside them stay on screen): A4 landscape, fitted to
  // the width, which at under 100 characters keeps 12 pt whole.
  // Every group's table has the same columns, so the first table's header row, repeated at the top
  // of each page, heads the continuation pages of a long group. Not when units are held back: their
  // list has other columns, which the repeated header would mislabel (one print title per sheet).
  b.plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    area: `A1:${a1(Math.max(0, row - 1), last)}`,
    ...(rowBreaks.length ? { rowBreaks } : {}),
    ...(firstHeader >= 0 && !held.length ? { titleRows: `$${firstHeader + 1}:$${firstHeader + 1}` } : {}),
  };
  return b.build();
}
