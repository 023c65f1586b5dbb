// Applying the engine's SheetPlans to an ExcelJS workbook: the command line's twin of the add-in's
// writer. Generated sheets are marked (see marker.ts) and replaced on a re-run; a user's sheet is
// never touched: the plan then gets a free name such as "Tổng hợp (2)".
import type * as ExcelJS from "exceljs";
import { a1, parseRange } from "../../core/index.js";
import type {
  CellStyle,
  GeneratedKind,
  PlanConditionalFormat,
  PlanValidation,
  PrintSetup,
  SheetPlan,
} from "../../core/index.js";
import { dataValidations, orderNo as orderOf, setOrderNo } from "./exceljsExtras.js";
import { toFileFormula } from "./fileFormula.js";
import { generatedSheets, markGenerated, removeWorksheet } from "./marker.js";
import { nameVariants, sheetNameKey } from "./sheetNames.js";
import { argb, mergeStyles, toExcelStyle } from "./style.js";

/** A plan feature the .xlsx writer could not reproduce, with what the user should know. */
export interface SkippedFeature {
  feature: "chart" | "table" | "validation" | "text";
  messageVi: string;
  messageEn: string;
}

/** A sheet written from a plan: the name it got (differs from requestedName when a user's sheet had that name). */
export interface WrittenSheet {
  kind: GeneratedKind;
  name: string;
  requestedName: string;
  /** True when it replaced a generated sheet of an earlier run. */
  replaced: boolean;
  skipped: SkippedFeature[];
}

// Excel's limits on data-validation texts; longer ones make Excel "repair" the file.
const MAX_LIST_FORMULA = 255;
const MAX_PROMPT = 255;
/** Excel's limit on the characters of one cell; a longer text makes Excel "repair" the file. */
export const MAX_CELL_TEXT = 32_767;

// Header cells of a plan table get this under the plan's own styles (the plan wins where it says otherwise).
const TABLE_HEADER: CellStyle = { bold: true, fill: "#DDEBF7", border: "thin", vAlign: "middle", wrap: true };

/**
 * Writes every plan as a generated sheet and returns what was written, in plan order. A generated
 * sheet of an earlier run with the same name is replaced in place (same tab position); a user's sheet
 * with that name is kept and the plan goes to "name (2)", "name (3)" …. Formulas are written in file
 * form (see toFileFormula) without cached results unless the plan cell also has a value, and the
 * workbook is flagged to recalculate fully when opened.
 */
export function writePlans(workbook: ExcelJS.Workbook, plans: SheetPlan[]): WrittenSheet[] {
  const generated = generatedSheets(workbook);
  const writtenNow = new Set<string>();
  const out: WrittenSheet[] = [];
  for (const plan of plans) {
    const { name, existing } = pickName(workbook, plan.name, generated, writtenNow);
    let orderNo: number | undefined;
    if (existing) {
      orderNo = orderOf(existing);
      removeWorksheet(workbook, existing, true);
    }
    const ws = workbook.addWorksheet(name);
    if (orderNo !== undefined) setOrderNo(ws, orderNo);
    const skipped = writeSheet(ws, plan);
    markGenerated(workbook, ws, plan.kind);
    writtenNow.add(sheetNameKey(name));
    out.push({ kind: plan.kind, name, requestedName: plan.name, replaced: existing !== undefined, skipped });
  }
  // Formulas are written without results: Excel (and LibreOffice when told to) computes them on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  keepActiveTabVisible(workbook);
  return out;
}

// Excel opens on the active tab; a hidden generated sheet (or a tab index past the end) must not be it.
function keepActiveTabVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const firstVisible = sheets.findIndex((w) => (w.state ?? "visible") === "visible");
  if (firstVisible < 0) return;
  const usable = (i: number | undefined) =>
    i !== undefined && i < sheets.length && (sheets[i].state ?? "visible") === "visible";
  if (!workbook.views?.length) {
    if (!usable(0))
      workbook.views = [
        { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: firstVisible, visibility: "visible" },
      ];
    return;
  }
  for (const view of workbook.views) {
    if (!usable(view.activeTab ?? 0)) view.activeTab = firstVisible;
    if ((view.firstSheet ?? 0) >= sheets.length) view.firstSheet = 0;
  }
}

// The first of "name", "name (2)", … that is free or is a generated sheet not written in this run.
function pickName(
  workbook: ExcelJS.Workbook,
  wanted: string,
  generated: Map<string, GeneratedKind>,
  writtenNow: Set<string>,
): { name: string; existing?: ExcelJS.Worksheet } {
  const byKey = new Map(workbook.worksheets.map((w) => [sheetNameKey(w.name), w]));
  for (const name of nameVariants(wanted)) {
    const key = sheetNameKey(name);
    if (writtenNow.has(key)) continue;
    const existing = byKey.get(key);
    if (!existing) return { name };
    if (generated.has(key)) return { name, existing };
  }
  throw new Error("unreachable: nameVariants never ends");
}

function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): SkippedFeature[] {
  const skipped: SkippedFeature[] = writeCells(ws, plan);
  for (const range of plan.merges ?? []) ws.mergeCells(checkedRange(range, plan));
  applyStyles(ws, plan);
  plan.columnWidths?.forEach((w, i) => {
    if (w !== null && w !== undefined && w > 0) ws.getColumn(i + 1).width = w;
  });
  // Plan rows are 0-based like its cell grid.
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(rows, columns), activeCell: "A1" }];
  }
  skipped.push(...applyTables(ws, plan));
  plan.conditionalFormats?.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1, plan)));
  for (const v of plan.validations ?? []) {
    const s = addValidation(ws, v, plan);
    if (s) skipped.push(s);
  }
  if (plan.print) ws.pageSetup = { ...ws.pageSetup, ...pageSetup(plan.print) };
  // ExcelJS puts the break below the row it is given ("Insert a page break below the row"): the
  // 1-based row r is the plan's row r - 1, just above the row that starts the new page.
  for (const r of plan.print?.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  for (const chart of plan.charts ?? []) {
    skipped.push({
      feature: "chart",
      messageVi: `Trang "${ws.name}": chưa vẽ biểu đồ "${chart.title}" trong tệp (công cụ dòng lệnh không ghi được biểu đồ); số liệu vẫn có ở ${chart.values}.`,
      messageEn: `Sheet "${ws.name}": chart "${chart.title}" not drawn in the file (the command line cannot write charts); the data is in ${chart.values}.`,
    });
  }
  if (plan.hidden) ws.state = "hidden";
  return skipped;
}

// A constant stays a constant: a string starting with "=" is written as text, never as a formula.
// A text longer than Excel allows in a cell is cut (with "…") and reported.
function writeCells(ws: ExcelJS.Worksheet, plan: SheetPlan): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  plan.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      let value = cell.value;
      if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
        const n = value.length;
        value = cutText(value, MAX_CELL_TEXT);
        skipped.push({
          feature: "text",
          messageVi: `Trang "${ws.name}" ô ${a1(r, c)}: nội dung dài ${n.toLocaleString("vi-VN")} ký tự, quá giới hạn ${MAX_CELL_TEXT.toLocaleString("vi-VN")} ký tự một ô của Excel, đã cắt bớt (…).`,
          messageEn: `Sheet "${ws.name}" cell ${a1(r, c)}: a text of ${n.toLocaleString("en-US")} characters, over Excel's ${MAX_CELL_TEXT.toLocaleString("en-US")} per cell, was cut (…).`,
        });
      }
      const constant = typeof value === "number" ? (Number.isFinite(value) ? value : null) : (value ?? null);
      if (cell.formula !== undefined) {
        const formula = toFileFormula(cell.formula.replace(/^=/, ""));
        ws.getCell(r + 1, c + 1).value = constant === null ? { formula } : { formula, result: constant };
      } else if (constant !== null) {
        ws.getCell(r + 1, c + 1).value = constant;
      }
    });
  });
  return skipped;
}

// Cut to `max` characters with "…", never splitting a surrogate pair.
function cutText(s: string, max: number): string {
  let t = s.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  return `${t}…`;
}

// Overlapping ranges are applied in order, property by property; every cell written or styled gets
// the sheet's default font unless its style names one.
function applyStyles(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const perCell = new Map<number, CellStyle>();
  const key = (r: number, c: number) => r * 16_384 + c;
  // A province's plans style ~750,000 cells with a few dozen distinct stacks of ranges: merging the
  // same two styles gives the same object, so equal stacks share one style object and are turned
  // into an ExcelJS style once (styles are never changed in place, so sharing is safe).
  const merged = new Map<CellStyle | undefined, Map<CellStyle, CellStyle>>();
  const mergeOnce = (base: CellStyle | undefined, over: CellStyle): CellStyle => {
    let byOver = merged.get(base);
    if (!byOver) merged.set(base, (byOver = new Map<CellStyle, CellStyle>()));
    let m = byOver.get(over);
    if (!m) byOver.set(over, (m = mergeStyles(base, over)));
    return m;
  };
  const layer = (range: string, style: CellStyle) => {
    const b = checkedRange(range, plan, true);
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) perCell.set(key(r, c), mergeOnce(perCell.get(key(r, c)), style));
  };
  for (const t of plan.tables ?? []) {
    const b = parseRange(t.range);
    if (b) layer(`${a1(b.r0, b.c0)}:${a1(b.r0, b.c1)}`, TABLE_HEADER);
  }
  for (const s of plan.styles ?? []) layer(s.range, s.style);
  const defaults = { fontName: plan.fontName, fontSize: plan.fontSize };
  const unstyled: CellStyle = {};
  plan.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && !perCell.has(key(r, c))) perCell.set(key(r, c), unstyled);
    }),
  );
  const byContent = new Map<string, Partial<ExcelJS.Style>>();
  const byObject = new Map<CellStyle, Partial<ExcelJS.Style>>();
  for (const [k, style] of perCell) {
    let xs = byObject.get(style);
    if (!xs) {
      const id = JSON.stringify(style);
      xs = byContent.get(id);
      if (!xs) byContent.set(id, (xs = toExcelStyle(style, defaults)));
      byObject.set(style, xs);
    }
    if (Object.keys(xs).length === 0) continue;
    // Cells with the same style share one style object: on saving, ExcelJS renders a style object
    // it has not seen before to XML, and one object per cell cost seconds on a province's plans.
    // Safe because nothing sets a style property in place (cell.font = …) on a generated sheet.
    ws.getCell(Math.floor(k / 16_384) + 1, (k % 16_384) + 1).style = xs;
  }
}

// ExcelJS tables need their cells written through the table (no merged headers, fragile with formulas
// and on a later read/write), so a plan table becomes a filter on its range with a styled header row.
// A sheet has one filter: a second table on the same sheet keeps its header style but gets no filter.
function applyTables(ws: ExcelJS.Worksheet, plan: SheetPlan): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  (plan.tables ?? []).forEach((t, i) => {
    const range = checkedRange(t.range, plan);
    if (i === 0) ws.autoFilter = range;
    else
      skipped.push({
        feature: "table",
        messageVi: `Trang "${ws.name}": bảng "${t.name}" (${t.range}) không có nút lọc (mỗi trang chỉ có một vùng lọc).`,
        messageEn: `Sheet "${ws.name}": table "${t.name}" (${t.range}) has no filter buttons (one filter per sheet).`,
      });
  });
  return skipped;
}

function conditionalFormat(
  cf: PlanConditionalFormat,
  priority: number,
  plan: SheetPlan,
): ExcelJS.ConditionalFormattingOptions {
  const ref = checkedRange(cf.range, plan);
  if (cf.type === "colorScale") {
    const mid = argb(cf.midColor);
    return {
      ref,
      rules: [
        {
          type: "colorScale",
          priority,
          cfvo: mid
            ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
            : [{ type: "min" }, { type: "max" }],
          color: (mid ? [cf.minColor, cf.midColor, cf.maxColor] : [cf.minColor, cf.maxColor]).map((c) => ({
            argb: argb(c),
          })),
        },
      ],
    };
  }
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
  };
  const font = argb(cf.fontColor);
  if (font) style.font = { color: { argb: font } };
  return { ref, rules: [{ type: "cellIs", priority, operator: cf.operator, formulae: [cf.value], style }] };
}

function addValidation(ws: ExcelJS.Worksheet, v: PlanValidation, plan: SheetPlan): SkippedFeature | undefined {
  const range = checkedRange(v.range, plan);
  if (v.type === "list") {
    const formula = `"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`;
    if (v.values.some((x) => x.includes(",")) || formula.length > MAX_LIST_FORMULA) {
      return {
        feature: "validation",
        messageVi: `Trang "${ws.name}": không đặt danh sách chọn cho ${v.range} (giá trị có dấu phẩy hoặc danh sách dài quá 255 ký tự).`,
        messageEn: `Sheet "${ws.name}": no drop-down list on ${v.range} (a value contains a comma or the list exceeds 255 characters).`,
      };
    }
    dataValidations(ws).add(range, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Giá trị không hợp lệ",
      error: cut("Hãy chọn một giá trị trong danh sách. / Pick a value from the list.", MAX_PROMPT),
    });
  } else if (v.type === "date") {
    dataValidations(ws).add(range, {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      showInputMessage: v.prompt !== undefined,
      ...(v.prompt !== undefined ? { prompt: cut(v.prompt, MAX_PROMPT) } : {}),
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Ngày không hợp lệ",
      error: cut("Hãy nhập một ngày, ví dụ 31/12/2025. / Enter a date, e.g. 31/12/2025.", MAX_PROMPT),
    });
  } else {
    const [lo, hi] = [viNumber(v.min), viNumber(v.max)];
    dataValidations(ws).add(range, {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [v.min, v.max],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Số không hợp lệ",
      error: cut(`Hãy nhập một số từ ${lo} đến ${hi}. / Enter a number from ${v.min} to ${v.max}.`, MAX_PROMPT),
    });
  }
  return undefined;
}

function pageSetup(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  const out: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: p.orientation };
  if (p.fitToWidth) Object.assign(out, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  // ExcelJS wants "7:7" and adds the $ signs itself.
  if (p.titleRows) out.printTitlesRow = p.titleRows.replace(/\$/g, "");
  if (p.titleColumns) out.printTitlesColumn = p.titleColumns.replace(/\$/g, "");
  // ExcelJS puts a $ before each end ("A$1" becomes "$A$1"); without the row's own $ it writes
  // "$A1:$N22", which LibreOffice ignores.
  if (p.area) out.printArea = p.area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/gi, "$1$$$2");
  return out;
}

// A malformed range in a plan is a bug in the engine: say which plan and range, rather than let ExcelJS fail obscurely.
function checkedRange(range: string, plan: SheetPlan): string;
function checkedRange(range: string, plan: SheetPlan, bounds: true): { r0: number; c0: number; r1: number; c1: number };
function checkedRange(range: string, plan: SheetPlan, bounds?: true) {
  const b = parseRange(range);
  if (!b) throw new Error(`Sheet plan "${plan.name}": invalid range "${range}"`);
  return bounds ? b : range.replace(/\$/g, "");
}

function viNumber(n: number): string {
  return String(n).replace(".", ",");
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
