// One SheetPlan as a list of steps, each queueing a few Excel commands on the (new) worksheet and
// knowing its payload size, so the writer can pack steps into syncs under the request budget.
// Values and formulas go as 2-D arrays through `range.formulas` (English formulas; text guarded so
// it stays text); formats, tables, conditional formats, validation, freeze panes, print setup and
// charts follow.
import { a1, colLetter, parseRange, rangeA1 } from "../core/index.js";
import type { CellStyle, PlanConditionalFormat, PlanValidation, SheetPlan } from "../core/index.js";
import type { XRange, XWorksheet } from "./api.js";
import { formulaInput } from "./cellInput.js";
import { estimateBytes, OP_OVERHEAD } from "./payload.js";

/** A unit of work: queues its commands when run; `bytes` is its estimated request size. */
export interface Step {
  bytes: number;
  run(): void;
  /** Print setup, freeze panes: run in a final sync of their own after the results are in, so a refusal cannot undo them. */
  cosmetic?: boolean;
  /** What the step writes (cells, numberFormat, format…), for the bench's payload breakdown. */
  term?: string;
}

/** Target size of one block of cells, so blocks pack well into syncs. */
const BLOCK_BYTES = 256 * 1024;

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px padding; 0.75 pt a pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export interface PlanTarget {
  sheet: () => XWorksheet;
  /** Rewrites a plan formula (sibling sheets and tables under their temporary names). */
  rewrite: (formula: string) => string;
  /** Name each plan table gets while the write is under way. */
  tableName: (index: number) => string;
}

const op = (payload?: unknown) => OP_OVERHEAD + (payload === undefined ? 0 : estimateBytes(payload));

/** The steps that write one plan onto its worksheet. */
export function planSteps(plan: SheetPlan, t: PlanTarget): Step[] {
  const steps: Step[] = [];
  const ws = t.sheet;
  const range = (address: string): XRange => ws().getRange(address);
  const width = Math.max(0, ...plan.cells.map((r) => r?.length ?? 0));

  if (plan.fontName || plan.fontSize) {
    steps.push({
      term: "format",
      bytes: op(plan.fontName) + op(plan.fontSize) + op(),
      run: () => {
        const font = ws().getRange().format.font;
        if (plan.fontName) font.name = plan.fontName;
        if (plan.fontSize) font.size = plan.fontSize;
      },
    });
  }
  (plan.columnWidths ?? []).forEach((w, c) => {
    steps.push({
      term: "columns",
      bytes: 2 * op(w),
      run: () => (range(`${colLetter(c)}:${colLetter(c)}`).format.columnWidth = charsToPoints(w)),
    });
  });

  // Cells, in row blocks of about BLOCK_BYTES.
  if (width > 0) {
    let r = 0;
    while (r < plan.cells.length) {
      const rows: (string | number | boolean | null)[][] = [];
      let bytes = op();
      while (r < plan.cells.length && (rows.length === 0 || bytes < BLOCK_BYTES)) {
        const src = plan.cells[r] ?? [];
        const row = Array.from({ length: width }, (_, c) => formulaInput(src[c], t.rewrite));
        bytes += estimateBytes(row) + 1;
        rows.push(row);
        r++;
      }
      const r0 = r - rows.length;
      const r1 = r - 1;
      if (rows.every((row) => row.every((v) => v === null))) continue;
      steps.push({ term: "cells", bytes, run: () => (range(rangeA1(r0, 0, r1, width - 1)).formulas = rows) });
    }
  }

  steps.push(...styleSteps(ws, plan.styles ?? []));
  steps.push(...rowHeightSteps(ws, plan.rowHeights ?? []));
  for (const m of plan.merges ?? []) steps.push({ term: "merges", bytes: 2 * op(m), run: () => range(m).merge(false) });

  (plan.tables ?? []).forEach((tb, i) => {
    steps.push({
      term: "tables",
      bytes: 4 * op(tb.range),
      run: () => {
        // TableCollection.add: "If the address does not contain a sheet name, the currently-active
        // sheet is used", so the range itself is passed (a new sheet is never the active one).
        const table = ws().tables.add(ws().getRange(tb.range), true);
        table.name = t.tableName(i);
        table.style = tb.style ?? "TableStyleLight9";
        table.showFilterButton = true;
      },
    });
  });
  for (const cf of plan.conditionalFormats ?? [])
    steps.push(conditionalFormatStep(range, bounded(cf, plan.cells.length, width)));
  for (const v of plan.validations ?? []) steps.push(validationStep(range, v));

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    steps.push({
      term: "layout",
      bytes: op(rows) + op(columns),
      cosmetic: true,
      run: () => {
        const panes = ws().freezePanes;
        if (rows > 0 && columns > 0) panes.freezeAt(rangeA1(0, 0, rows - 1, columns - 1));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    });
  }
  if (plan.print) {
    const p = plan.print;
    steps.push({
      term: "layout",
      bytes: 4 * op(p) + (p.rowBreaks ?? []).reduce((t, r) => t + 2 * op(rangeA1(r, 0, r, 0)), 0),
      cosmetic: true,
      run: () => {
        const layout = ws().pageLayout;
        layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = "A4";
        if (p.titleRows) layout.setPrintTitleRows(p.titleRows);
        if (p.titleColumns) layout.setPrintTitleColumns(p.titleColumns);
        if (p.area) layout.setPrintArea(p.area);
        // One page wide, as many pages tall as needed (0 = automatic, as in the file format).
        if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        // A new page before each of these rows ("before the top-left cell of the range", ExcelApi 1.9).
        const breaks = ws().horizontalPageBreaks;
        for (const r of p.rowBreaks ?? []) if (r > 0) breaks.add(rangeA1(r, 0, r, 0));
      },
    });
  }
  for (const c of plan.charts ?? []) {
    steps.push({
      term: "charts",
      bytes: 8 * op(c),
      run: () => {
        const chart = ws().charts.add("BarClustered", range(c.values), "Columns");
        chart.title.text = c.title;
        chart.legend.visible = false;
        chart.series.getItemAt(0).setXAxisValues(range(c.categories));
        const a = parseRange(c.anchor)!;
        chart.setPosition(a1(a.r0, a.c0), a1(a.r0 + 19, a.c0 + 7));
      },
    });
  }
  if (plan.hidden) steps.push({ term: "layout", bytes: op("Hidden"), run: () => (ws().visibility = "Hidden") });
  return steps;
}

type Bounds = { r0: number; c0: number; r1: number; c1: number };

interface StyleGroup {
  key: string;
  style: CellStyle;
  members: { address: string; b: Bounds; props: string[] }[];
}

/** At most this many areas (and characters of address) in one getRanges call. */
const MAX_AREAS = 100;
const MAX_ADDRESS = 2000;

/**
 * Styles as few command sets as possible: ranges with the same style are formatted together
 * through `getRanges` (one set of commands for up to 100 areas), which matters for plans that
 * style thousands of rows alike. Plan order is kept wherever it matters: a range joins an earlier
 * group only if no range styled in between overlaps it on a property they share.
 */
function styleSteps(ws: () => XWorksheet, styles: readonly { range: string; style: CellStyle }[]): Step[] {
  const steps: Step[] = [];
  const groups: StyleGroup[] = [];
  for (const { range: address, style } of styles) {
    const b = parseRange(address)!;
    const { numberFormat, ...format } = style;
    if (numberFormat !== undefined) steps.push(numberFormatStep(ws, address, numberFormat));
    const props = Object.keys(format).filter((k) => (format as Record<string, unknown>)[k] !== undefined);
    if (props.length === 0) continue;
    const key = JSON.stringify([format, format.border ? [b.r1 > b.r0, b.c1 > b.c0] : []]);
    const member = { address, b, props };
    let target: StyleGroup | undefined;
    for (let g = groups.length - 1; g >= 0; g--) {
      if (groups[g].key === key) {
        target = groups[g];
        break;
      }
      const clash = groups[g].members.some((m) => overlaps(m.b, b) && m.props.some((p) => props.includes(p)));
      if (clash) break;
    }
    if (target) target.members.push(member);
    else groups.push({ key, style: format, members: [member] });
  }
  for (const g of groups) {
    let chunk: string[] = [];
    let length = 0;
    const flush = () => {
      if (chunk.length > 0) steps.push(formatStep(ws, chunk.join(","), g.style, g.members[0].b));
      chunk = [];
      length = 0;
    };
    for (const m of g.members) {
      if (chunk.length >= MAX_AREAS || length + m.address.length + 1 > MAX_ADDRESS) flush();
      chunk.push(m.address);
      length += m.address.length + 1;
    }
    flush();
  }
  return steps;
}

/**
 * Row heights by height: runs of consecutive rows of one height are one area ("A5:A9": a range's
 * format.rowHeight is "the height of all rows in the range"), and the areas of one height are set
 * together through getRanges (RangeAreas.format: "a RangeFormat object … for all ranges in the
 * RangeAreas object", ExcelApi 1.9), up to MAX_AREAS areas a command set.
 */
function rowHeightSteps(ws: () => XWorksheet, heights: readonly { row: number; height: number }[]): Step[] {
  const byRow = new Map<number, number>();
  for (const h of heights) byRow.set(h.row, h.height);
  const rows = [...byRow].sort((x, y) => x[0] - y[0]);
  const areas = new Map<number, string[]>();
  for (let i = 0; i < rows.length;) {
    const [r0, height] = rows[i];
    let j = i;
    while (j + 1 < rows.length && rows[j + 1][0] === rows[j][0] + 1 && rows[j + 1][1] === height) j++;
    const r1 = rows[j][0];
    const list = areas.get(height) ?? [];
    list.push(r0 === r1 ? `A${r0 + 1}` : `A${r0 + 1}:A${r1 + 1}`);
    areas.set(height, list);
    i = j + 1;
  }
  const steps: Step[] = [];
  for (const [height, list] of areas)
    for (const addresses of chunkAddresses(list))
      steps.push({
        term: "rows",
        bytes: op(addresses) + 2 * op(height),
        run: () =>
          ((addresses.includes(",") ? ws().getRanges(addresses) : ws().getRange(addresses)).format.rowHeight = height),
      });
  return steps;
}

/** Areas joined into getRanges addresses of at most MAX_AREAS areas and MAX_ADDRESS characters. */
function chunkAddresses(list: readonly string[]): string[] {
  const out: string[] = [];
  let chunk: string[] = [];
  let length = 0;
  for (const a of list) {
    if (chunk.length > 0 && (chunk.length >= MAX_AREAS || length + a.length + 1 > MAX_ADDRESS)) {
      out.push(chunk.join(","));
      chunk = [];
      length = 0;
    }
    chunk.push(a);
    length += a.length + 1;
  }
  if (chunk.length > 0) out.push(chunk.join(","));
  return out;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/**
 * One number format for a whole range, sent once: Range.numberFormat "can be either a single value
 * (string, number or boolean) or a two-dimensional array. If the argument is a single value, it will
 * be applied to all cells in the range" (the Range reference, quoted in office-js-docs-reference#578).
 */
function numberFormatStep(ws: () => XWorksheet, address: string, format: string): Step {
  return {
    term: "numberFormat",
    bytes: op(address) + op(format),
    run: () => (ws().getRange(address).numberFormat = format),
  };
}

/** Formats one or more areas alike; `shape` (one of them) tells whether inside borders apply. */
function formatStep(ws: () => XWorksheet, addresses: string, s: CellStyle, shape: Bounds): Step {
  const sets: [string, unknown][] = [];
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (shape.r1 > shape.r0) edges.push("InsideHorizontal");
  if (shape.c1 > shape.c0) edges.push("InsideVertical");
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined) continue;
    if (k === "border") for (const e of edges) sets.push([e, "Continuous"], [e, "Thin"], [e, "#000000"]);
    else sets.push([k, v]);
  }
  return {
    term: "format",
    bytes: op(addresses) + sets.reduce((t, [k, v]) => t + op([k, v]), 0),
    run: () => {
      const areas = addresses.includes(",") ? ws().getRanges(addresses) : ws().getRange(addresses);
      const f = areas.format;
      if (s.fontName !== undefined) f.font.name = s.fontName;
      if (s.fontSize !== undefined) f.font.size = s.fontSize;
      if (s.bold !== undefined) f.font.bold = s.bold;
      if (s.italic !== undefined) f.font.italic = s.italic;
      if (s.underline !== undefined) f.font.underline = s.underline ? "Single" : "None";
      if (s.fontColor !== undefined) f.font.color = s.fontColor;
      if (s.fill !== undefined) f.fill.color = s.fill;
      if (s.hAlign !== undefined)
        f.horizontalAlignment = s.hAlign === "left" ? "Left" : s.hAlign === "center" ? "Center" : "Right";
      if (s.vAlign !== undefined)
        f.verticalAlignment = s.vAlign === "top" ? "Top" : s.vAlign === "middle" ? "Center" : "Bottom";
      if (s.wrap !== undefined) f.wrapText = s.wrap;
      if (s.border === "thin") {
        for (const e of edges) {
          const border = f.borders.getItem(e);
          border.style = "Continuous";
          border.weight = "Thin";
          border.color = "#000000";
        }
      }
      if (s.input) f.protection.locked = false;
    },
  };
}

/** A conditional format's range cut to the plan's data (never whole columns). */
function bounded(cf: PlanConditionalFormat, rows: number, cols: number): PlanConditionalFormat {
  const b = parseRange(cf.range)!;
  const r1 = Math.min(b.r1, Math.max(b.r0, rows - 1));
  const c1 = Math.min(b.c1, Math.max(b.c0, cols - 1));
  return { ...cf, range: rangeA1(b.r0, b.c0, r1, c1) };
}

function conditionalFormatStep(range: (a: string) => XRange, cf: PlanConditionalFormat): Step {
  return {
    term: "conditionalFormats",
    bytes: 4 * op(cf),
    run: () => {
      const r = range(cf.range);
      if (cf.type === "colorScale") {
        const c = r.conditionalFormats.add("ColorScale");
        c.colorScale.criteria = {
          minimum: { type: "LowestValue", formula: undefined, color: cf.minColor },
          ...(cf.midColor ? { midpoint: { type: "Percentile", formula: "50", color: cf.midColor } } : {}),
          maximum: { type: "HighestValue", formula: undefined, color: cf.maxColor },
        };
      } else {
        const c = r.conditionalFormats.add("CellValue");
        const operator =
          cf.operator === "greaterThan" ? "GreaterThan" : cf.operator === "lessThan" ? "LessThan" : "EqualTo";
        c.cellValue.rule = { formula1: String(cf.value), operator };
        c.cellValue.format.fill.color = cf.fill;
        if (cf.fontColor) c.cellValue.format.font.color = cf.fontColor;
      }
    },
  };
}

function validationStep(range: (a: string) => XRange, v: PlanValidation): Step {
  return {
    term: "validation",
    bytes: 3 * op(v),
    run: () => {
      const dv = range(v.range).dataValidation;
      // Excel refuses a rule on a range that overlaps another validation (a user's, or an earlier
      // one of this sheet): the range is cleared first.
      dv.clear();
      if (v.type === "list") dv.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
      else if (v.type === "decimal") dv.rule = { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
      else dv.rule = { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
      dv.ignoreBlanks = true;
      if (v.type === "date" && v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
    },
  };
}
