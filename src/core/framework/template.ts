// The blank self-assessment sheet (bảng tự đánh giá) the office sends to units each year.
// The submission reader parses what comes back, so the header texts below must not change.
import { CriterionNode, Framework, PlanCell, PlanValidation, SheetPlan, StyledRange } from "../types.js";
import { a1, rangeA1 } from "../util/a1.js";
import { codeDepth, displayCode } from "../util/codes.js";
import { allNodes, appliesTo } from "./model.js";
import { fitRowHeights } from "../plans/builder.js";

/** Default name of the template sheet. */
export const TEMPLATE_SHEET_NAME = "Mẫu tự đánh giá";

/** The header row of the template, in column order (A–H). */
export const TEMPLATE_HEADERS = [
  "STT",
  "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
  "Điểm tối đa",
  "Điểm tự đánh giá",
  "Tài liệu kiểm chứng",
  "Giải trình",
  "Điểm thẩm định",
  "Ý kiến thẩm định",
] as const;

/** 0-based columns of the template. */
export const TEMPLATE_COLUMNS = {
  code: 0,
  title: 1,
  max: 2,
  self: 3,
  evidence: 4,
  explanation: 5,
  appraised: 6,
  note: 7,
} as const;

/** 0-based row of the template's header. */
export const TEMPLATE_HEADER_ROW = 6;

/** Note written in Giải trình on survey leaves, which the unit does not score. */
export const SURVEY_NOTE = "Điểm điều tra XHH – đơn vị không tự chấm";

const PLACEHOLDER = "……………";
const GREY = "#D9D9D9";
const INPUT = "#FFF2CC";

/** Consecutive row indexes grouped into [first, last] runs. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** "=SUM(D12:D14)" for contiguous rows, else "=D12+D15+D20". */
function sumFormula(col: number, rows: number[]): string {
  if (rows.length === 0) return "=0";
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && rows.length > 1) return `=SUM(${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)})`;
  return "=" + rows.map((r) => a1(r, col)).join("+");
}

/**
 * The self-assessment template for a framework: official header, one row per node with the
 * maximum, input cells for score, evidence and explanation on self-scored leaves, SUM formulas
 * on parents and the total, survey leaves greyed out. With `group`, leaves that do not apply to
 * the group are greyed out and marked "Không áp dụng".
 */
export function submissionTemplatePlan(
  fw: Framework,
  opts: { unitName?: string; group?: string; year?: number } = {},
): SheetPlan {
  const C = TEMPLATE_COLUMNS;
  const width = TEMPLATE_HEADERS.length;
  const last = width - 1;
  const nodes = allNodes(fw);
  const h = TEMPLATE_HEADER_ROW;
  const first = h + 1;
  const rowOf = new Map<CriterionNode, number>(nodes.map((n, i) => [n, first + i]));
  const totalRow = first + nodes.length;
  const year = opts.year ?? fw.year;

  const cells: (PlanCell | null)[][] = [];
  const blank = () => Array<PlanCell | null>(width).fill(null);
  const put = (r: number, c: number, cell: PlanCell) => {
    while (cells.length <= r) cells.push(blank());
    cells[r][c] = cell;
  };
  put(0, 0, { value: "ỦY BAN NHÂN DÂN ……" });
  put(0, 3, { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
  put(1, 0, { value: `Đơn vị: ${opts.unitName?.trim() || PLACEHOLDER}` });
  put(1, 3, { value: "Độc lập - Tự do - Hạnh phúc" });
  put(3, 0, { value: `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year ?? "……"}` });
  put(4, 0, { value: `(Kèm theo ${fw.name}${opts.group ? `; nhóm: ${opts.group}` : ""})` });
  TEMPLATE_HEADERS.forEach((t, c) => put(h, c, { value: t }));

  const styles: StyledRange[] = [
    { range: rangeA1(0, 0, 1, last), style: { bold: true, hAlign: "center" } },
    { range: rangeA1(3, 0, 3, last), style: { bold: true, fontSize: 14, hAlign: "center", wrap: true } },
    { range: rangeA1(4, 0, 4, last), style: { italic: true, hAlign: "center", wrap: true } },
    {
      range: rangeA1(h, 0, h, last),
      style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, fill: "#D9E1F2", border: "thin" },
    },
    { range: rangeA1(first, 0, totalRow, last), style: { border: "thin", vAlign: "middle" } },
    { range: rangeA1(first, C.code, totalRow, C.code), style: { numberFormat: "@", hAlign: "center" } },
    { range: rangeA1(first, C.title, totalRow, C.title), style: { wrap: true } },
    { range: rangeA1(first, C.max, totalRow, C.self), style: { hAlign: "center" } },
    { range: rangeA1(first, C.evidence, totalRow, C.explanation), style: { wrap: true } },
    { range: rangeA1(first, C.appraised, totalRow, C.appraised), style: { hAlign: "center" } },
    { range: rangeA1(first, C.note, totalRow, C.note), style: { wrap: true } },
  ];
  const inputRows: number[] = [];
  const greyRows: number[] = [];
  const validationRuns = new Map<number, number[]>();

  nodes.forEach((n, i) => {
    const r = first + i;
    put(r, C.code, { value: displayCode(n.code) });
    put(r, C.title, { value: n.title });
    if (Number.isFinite(n.max)) put(r, C.max, { value: n.max });
    if (n.children.length > 0) {
      const childRows = n.children.map((c) => rowOf.get(c) as number);
      put(r, C.self, { formula: sumFormula(C.self, childRows) });
      put(r, C.appraised, { formula: sumFormula(C.appraised, childRows) });
      styles.push({
        range: rangeA1(r, 0, r, last),
        style: codeDepth(n.code) === 1 ? { bold: true, fill: "#F2F2F2" } : { bold: true },
      });
      return;
    }
    const applies = opts.group === undefined || appliesTo(fw, n, opts.group);
    if (n.source === "survey" || !applies) {
      put(r, C.explanation, { value: n.source === "survey" ? SURVEY_NOTE : `Không áp dụng đối với ${opts.group}` });
      greyRows.push(r);
      return;
    }
    inputRows.push(r);
    if (Number.isFinite(n.max)) validationRuns.set(n.max, [...(validationRuns.get(n.max) ?? []), r]);
  });
  for (const [r0, r1] of runs(inputRows))
    styles.push({ range: rangeA1(r0, C.self, r1, C.explanation), style: { input: true, fill: INPUT } });
  for (const r of greyRows) {
    styles.push({ range: a1(r, C.self), style: { fill: GREY } });
    styles.push({ range: a1(r, C.evidence), style: { fill: GREY } });
    styles.push({ range: a1(r, C.appraised), style: { fill: GREY } });
    styles.push({ range: a1(r, C.explanation), style: { italic: true } });
  }

  const areaRows = fw.areas.map((a) => rowOf.get(a) as number);
  put(totalRow, C.title, { value: "TỔNG ĐIỂM" });
  put(totalRow, C.max, { formula: sumFormula(C.max, areaRows) });
  put(totalRow, C.self, { formula: sumFormula(C.self, areaRows) });
  put(totalRow, C.appraised, { formula: sumFormula(C.appraised, areaRows) });
  styles.push({ range: rangeA1(totalRow, 0, totalRow, last), style: { bold: true, fill: "#F2F2F2" } });

  // Signatures, as on any official form.
  const sig = totalRow + 2;
  put(sig, C.title, { value: "NGƯỜI LẬP BIỂU" });
  put(sig, C.explanation, { value: "……, ngày … tháng … năm ……" });
  put(sig + 1, C.title, { value: "(Ký, ghi rõ họ tên)" });
  put(sig + 1, C.explanation, { value: "THỦ TRƯỞNG ĐƠN VỊ" });
  put(sig + 2, C.explanation, { value: "(Ký, ghi rõ họ tên, đóng dấu)" });
  styles.push(
    { range: a1(sig, C.title), style: { bold: true, hAlign: "center" } },
    { range: a1(sig + 1, C.title), style: { italic: true, hAlign: "center" } },
    { range: rangeA1(sig, C.explanation, sig, last), style: { italic: true, hAlign: "center" } },
    { range: rangeA1(sig + 1, C.explanation, sig + 1, last), style: { bold: true, hAlign: "center" } },
    { range: rangeA1(sig + 2, C.explanation, sig + 2, last), style: { italic: true, hAlign: "center" } },
  );

  const validations: PlanValidation[] = [];
  for (const [max, rows] of [...validationRuns].sort((a, b) => a[0] - b[0])) {
    for (const [r0, r1] of runs(rows)) {
      validations.push({ type: "decimal", range: rangeA1(r0, C.self, r1, C.self), min: 0, max });
      validations.push({ type: "decimal", range: rangeA1(r0, C.appraised, r1, C.appraised), min: 0, max });
    }
  }

  const plan: SheetPlan = {
    name: TEMPLATE_SHEET_NAME,
    kind: "template",
    cells,
    styles,
    merges: [
      rangeA1(0, 0, 0, 2),
      rangeA1(0, 3, 0, last),
      rangeA1(1, 0, 1, 2),
      rangeA1(1, 3, 1, last),
      rangeA1(3, 0, 3, last),
      rangeA1(4, 0, 4, last),
      rangeA1(sig, C.explanation, sig, last),
      rangeA1(sig + 1, C.explanation, sig + 1, last),
      rangeA1(sig + 2, C.explanation, sig + 2, last),
    ],
    columnWidths: [7, 46, 8, 10, 24, 22, 10, 20],
    rowHeights: [{ row: h, height: 45 }],
    freeze: { rows: h + 1, columns: 0 },
    validations,
    // About 147 characters at 13 pt: on A4 landscape fitted to the width it prints at 9 pt or more
    // (portrait would shrink it to about 8 pt).
    print: { orientation: "landscape", paper: "A4", titleRows: `$${h + 1}:$${h + 1}`, fitToWidth: true },
    fontName: "Times New Roman",
    fontSize: 13,
  };
  // Wrapped titles get the height of their lines: Excel never grows a row when it opens a file, so
  // without a height a long title prints over the row below it.
  fitRowHeights(plan, first, totalRow, [C.title, C.evidence, C.explanation, C.note]);
  return plan;
}
