// The fake's tables, charts and page layout: the workbook's or a sheet's tables (adding, renaming
// with structured references following, styling), a sheet's charts and its page setup.
import type {
  XChart,
  XChartCollection,
  XChartSeries,
  XPageBreakCollection,
  XPageLayout,
  XRange,
  XTable,
  XTableCollection,
} from "../api.js";
import { nameKey } from "../../core/index.js";
import { renameTableRefs, splitAddress } from "../formulaRefs.js";
import { cellsIn, shownValue } from "./cells.js";
import { FakeProxy, OpQueue, type Staged } from "./context.js";
import type { FakeHost } from "./host.js";
import { rangeTargetOf } from "./rangeTarget.js";
import {
  type Bounds,
  findSheet,
  assertEditable,
  type FakeChart,
  type FakeSheet,
  type FakeTable,
  localAddress,
  MAX_ROWS,
  officeError,
  overlaps,
  parseLocal,
} from "./state.js";

/** The tables of one sheet, or of the whole workbook (`sheet` gives undefined). */
export class FakeTableCollectionProxy extends FakeProxy<FakeSheet | undefined> implements XTableCollection {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
    sheet: () => FakeSheet | undefined,
  ) {
    super(q, "TableCollection", sheet);
  }

  get items(): FakeTableProxy[] {
    return this.read("items");
  }

  private mine(): FakeTable[] {
    const sheet = this.target();
    return this.host.state.tables.filter((t) => sheet === undefined || t.sheetId === sheet.id);
  }

  protected override get(_prop: string, sub: string, staged: Staged[]): unknown {
    return this.mine().map((t) => {
      const item = new FakeTableProxy(this.q, this.host).bindNow(t);
      if (sub) item.stage(sub.split(","), staged);
      return item;
    });
  }

  override load(propertyNames?: string): this {
    const props = (propertyNames ?? "").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.q.queue("tables.load", propertyNames, (staged) => this.stage([`items/${props.join(",")}`], staged));
    return this;
  }

  getItem(key: string): FakeTableProxy {
    return new FakeTableProxy(this.q, this.host).bindFrom("tables.getItem", key, () => {
      const t = this.mine().find((x) => x.name.toLowerCase() === key.toLowerCase());
      if (!t) throw officeError("ItemNotFound", `The table "${key}" does not exist.`);
      return t;
    });
  }

  add(address: XRange | string, hasHeaders: boolean): FakeTableProxy {
    return new FakeTableProxy(this.q, this.host).bindFrom(
      "tables.add",
      [typeof address === "string" ? address : null, hasHeaders],
      () => {
        // Rule (TableCollection.add, ExcelApi 1.1): "The range object or source address determines
        // the worksheet under which the table will be added"; "If the address does not contain a
        // sheet name, the currently-active sheet is used." (on a worksheet's collection too).
        const state = this.host.state;
        let sheet: FakeSheet | undefined;
        let b: Bounds;
        if (typeof address === "string") {
          const { sheet: named, local } = splitAddress(address);
          sheet =
            named !== undefined ? findSheet(state, named) : state.sheets.find((s) => s.id === state.activeSheetId);
          if (!sheet) throw officeError("ItemNotFound", `No worksheet for the table address "${address}".`);
          b = parseLocal(local);
        } else ({ sheet, b } = rangeTargetOf(address));
        assertEditable(sheet);
        if (sheet.merges.some((m) => overlaps(m, b)))
          throw officeError("InvalidOperation", "A table can't overlap a range that contains merged cells.");
        const tables = this.host.state.tables;
        if (tables.some((t) => t.sheetId === sheet.id && overlaps(parseLocal(t.range), b)))
          throw officeError("InvalidOperation", "A table can't overlap another table.");
        if (hasHeaders) {
          // Excel turns formulas in a table's header row into their text.
          for (const { cell } of cellsIn(sheet, { ...b, r1: b.r0 })) {
            if (cell.formula !== undefined) {
              cell.value = String(shownValue(cell));
              cell.formula = undefined;
            }
          }
        }
        let i = tables.length + 1;
        while (tables.some((t) => t.name.toLowerCase() === `table${i}`)) i++;
        const table: FakeTable = {
          name: `Table${i}`,
          sheetId: sheet.id,
          range: localAddress(b),
          hasHeaders,
          style: "TableStyleMedium2",
          showFilterButton: true,
        };
        tables.push(table);
        return table;
      },
    );
  }
}

/** One table. */
class FakeTableProxy extends FakeProxy<FakeTable> implements XTable {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Table");
  }
  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => FakeTable | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override isGone(t: FakeTable): boolean {
    return !this.host.state.tables.includes(t);
  }
  protected override loadable(): string[] {
    return ["name", "style", "showFilterButton"];
  }
  protected override get(prop: string): unknown {
    const t = this.target();
    return prop === "name" ? t.name : prop === "style" ? t.style : t.showFilterButton;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.command("name", v, (t) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v))
        throw officeError("InvalidArgument", `"${v}" is not a valid table name.`);
      const state = this.host.state;
      if (
        state.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()) ||
        state.names.some((n) => n.name.toLowerCase() === v.toLowerCase())
      ) {
        throw officeError("ItemAlreadyExists", `A table or name "${v}" already exists.`);
      }
      const old = t.name;
      t.name = v;
      // Structured references follow a renamed table, as in Excel.
      for (const sheet of state.sheets)
        for (const cell of sheet.cells.values())
          if (cell.formula)
            cell.formula = renameTableRefs(cell.formula, (x) =>
              x.toLowerCase() === old.toLowerCase() ? v : undefined,
            );
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.command("style", v, (t) => (t.style = v));
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.command("showFilterButton", v, (t) => (t.showFilterButton = v));
  }
}

/** A worksheet's charts (added and set up, never read back). */
export class FakeChartCollection implements XChartCollection {
  constructor(
    private readonly q: OpQueue,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: "BarClustered", sourceData: XRange, seriesBy?: "Auto" | "Columns" | "Rows"): XChart {
    const holder: { chart?: FakeChart } = {};
    this.q.queue("charts.add", [type, seriesBy ?? null], () => {
      const sheet = this.sheet();
      assertEditable(sheet);
      const src = rangeTargetOf(sourceData);
      if (src.sheet !== sheet) throw officeError("InvalidArgument", "The chart's data is on another sheet.");
      holder.chart = { name: `Chart ${sheet.charts.length + 1}`, type, source: localAddress(src.b), seriesBy };
      sheet.charts.push(holder.chart);
    });
    const q = this.q;
    const chart = () => holder.chart!;
    const localOf = (r: XRange | string) =>
      typeof r === "string" ? splitAddress(r).local : localAddress(rangeTargetOf(r).b);
    return {
      get name(): string {
        throw new Error("fake: write-only");
      },
      set name(v: string) {
        q.queue("chart.name", v, () => (chart().name = v));
      },
      title: {
        get text(): string {
          throw new Error("fake: write-only");
        },
        set text(v: string) {
          q.queue("chart.title.text", v, () => (chart().title = v));
        },
      },
      legend: {
        get visible(): boolean {
          throw new Error("fake: write-only");
        },
        set visible(v: boolean) {
          q.queue("chart.legend.visible", v, () => (chart().legend = v));
        },
      },
      series: {
        getItemAt: (index: number): XChartSeries => ({
          setXAxisValues: (r: XRange) =>
            q.queue("series.setXAxisValues", index, () => {
              if (index !== 0) throw officeError("ItemNotFound", "The fake charts have one series.");
              chart().categories = localOf(r);
            }),
        }),
      },
      setPosition: (start: XRange | string, end?: XRange | string) =>
        q.queue(
          "chart.setPosition",
          [typeof start === "string" ? start : null, typeof end === "string" ? end : null],
          () => {
            chart().position = { start: localOf(start), ...(end === undefined ? {} : { end: localOf(end) }) };
          },
        ),
    };
  }
}

/** A worksheet's page layout (write-only here). */
export class FakePageLayout implements XPageLayout {
  constructor(
    private readonly q: OpQueue,
    private readonly sheet: () => FakeSheet,
  ) {}
  get orientation(): string {
    throw new Error("fake: write-only");
  }
  set orientation(v: string) {
    if (v !== "Portrait" && v !== "Landscape") throw new Error(`fake: orientation ${v}`);
    this.q.queue("pageLayout.orientation", v, () => (this.sheet().pageLayout.orientation = v));
  }
  get paperSize(): string {
    throw new Error("fake: write-only");
  }
  set paperSize(v: string) {
    this.q.queue("pageLayout.paperSize", v, () => (this.sheet().pageLayout.paperSize = v));
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    throw new Error("fake: write-only");
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.q.queue("pageLayout.zoom", v, () => {
      // Rule (PageLayoutZoomOptions, ExcelApi 1.9): "Print page scale value can be between 10 and
      // 400. This value can be `null` if fit to page tall or wide is specified." A fit of 0 pages
      // ("automatic" in the file format) is not documented; the fake accepts it (unverified).
      if (v.scale !== undefined && v.scale !== null && !(v.scale >= 10 && v.scale <= 400))
        throw officeError("InvalidArgument", `Print scale ${v.scale} is not between 10 and 400.`);
      for (const n of [v.horizontalFitToPages, v.verticalFitToPages])
        if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 0))
          throw officeError("InvalidArgument", `Fit to ${n} pages is not a page count.`);
      this.sheet().pageLayout.zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: XRange | string): void {
    this.q.queue("pageLayout.setPrintTitleRows", typeof rows === "string" ? rows : null, () => {
      this.sheet().pageLayout.printTitleRows = typeof rows === "string" ? rows : localAddress(rangeTargetOf(rows).b);
    });
  }
  /** Excel: "The range must span the entire column to be valid" (setPrintTitleColumns, ExcelApi 1.9). */
  setPrintTitleColumns(columns: string): void {
    const b = parseLocal(columns);
    if (b.r0 !== 0 || b.r1 !== MAX_ROWS - 1)
      throw officeError("InvalidArgument", "The print title columns must span entire columns.");
    const text = localAddress(b);
    this.q.queue("pageLayout.setPrintTitleColumns", text, () => (this.sheet().pageLayout.printTitleColumns = text));
  }
  /** Excel: the range of the sheet to print (setPrintArea, ExcelApi 1.9); a bad address is refused. */
  setPrintArea(area: string): void {
    const text = localAddress(parseLocal(area));
    this.q.queue("pageLayout.setPrintArea", text, () => (this.sheet().pageLayout.printArea = text));
  }
}

/**
 * A worksheet's manual page breaks between rows (`worksheet.horizontalPageBreaks`, ExcelApi 1.9):
 * `add(pageBreakRange)` "Adds a page break before the top-left cell of the range specified";
 * pageBreakRange is "The range immediately after the page break to be added." The reference names no
 * other condition; like every range argument, an address that is not one, or a range of another
 * sheet, is refused (InvalidArgument). Adding the same break twice keeps one (unverified).
 */
export class FakePageBreaks implements XPageBreakCollection {
  constructor(
    private readonly q: OpQueue,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(pageBreakRange: XRange | string): void {
    const text = typeof pageBreakRange === "string" ? splitAddress(pageBreakRange) : undefined;
    const local = text ? parseLocal(text.local) : undefined;
    this.q.queue("horizontalPageBreaks.add", typeof pageBreakRange === "string" ? pageBreakRange : null, () => {
      const sheet = this.sheet();
      const t = local ? { sheet, b: local } : rangeTargetOf(pageBreakRange as XRange);
      if (t.sheet.id !== sheet.id || (text?.sheet !== undefined && nameKey(text.sheet) !== nameKey(sheet.name)))
        throw officeError("InvalidArgument", "The page break range is on another sheet.");
      const row = t.b.r0;
      const rows = new Set(sheet.pageLayout.horizontalPageBreaks ?? []).add(row + 1);
      sheet.pageLayout.horizontalPageBreaks = [...rows].sort((a, b) => a - b);
    });
  }
}
