// The fake's Excel objects: each one implements the adapter's structural interface (../api.ts)
// over the fake workbook state, queueing every call until sync.
import type {
  XApplication,
  XCellProperties,
  XCellPropertiesLoadOptions,
  XChart,
  XChartCollection,
  XChartSeries,
  XColorScaleCriterion,
  XConditionalFormat,
  XConditionalFormatCollection,
  XDataValidation,
  XDataValidationRule,
  XFreezePanes,
  XInsertWorksheetOptions,
  XNamedItem,
  XNamedItemCollection,
  XPageLayout,
  XRange,
  XRangeAreas,
  XRangeBorder,
  XRangeBorderCollection,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XRequestContext,
  XSheetVisibility,
  XSpecialCellType,
  XSpecialCellValueType,
  XTable,
  XTableCollection,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetCustomProperty,
  XWorksheetCustomPropertyCollection,
} from "../api.js";
import { renameTableRefs, splitAddress } from "../formulaRefs.js";
import { nameKey } from "../../core/index.js";
import { FakeClientResult, FakeProxy, OpQueue, type Staged } from "./context.js";
import {
  addSheet,
  areasWhere,
  assertEditable,
  type Bounds,
  cellAt,
  cellCount,
  cellsIn,
  deleteSheet,
  enterInput,
  type FakeCell,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeFill,
  fillOf,
  NO_FILL,
  type FakeFont,
  type FakeName,
  type FakeSheet,
  type FakeSheetInit,
  type FakeTable,
  type FakeValidation,
  type FakeWorkbookState,
  findSheet,
  getCell,
  isWholeSheet,
  localAddress,
  MAX_COLS,
  moveSheet,
  officeError,
  overlaps,
  parseLocal,
  qualified,
  renameSheet,
  setVisibility,
  sheetFromInit,
  shownValue,
  usedBounds,
  valueType,
  visibleAreas,
} from "./state.js";

/** What the proxies need from the fake workbook besides its state. */
export interface FakeHost {
  readonly state: FakeWorkbookState;
  /** ExcelApi version the fake claims ("1.13"). */
  supports(version: string): boolean;
  decodeWorkbook(base64: string): FakeSheetInit[];
  noteCalculationSuspended(): void;
}

/** Excel refuses to read more than five million cells at once. */
const READ_CELL_LIMIT = 5_000_000;

/** One Excel.run context over the fake workbook. */
export class FakeRequestContext implements XRequestContext {
  readonly workbook: FakeWorkbookProxy;

  constructor(
    readonly q: OpQueue,
    host: FakeHost,
  ) {
    this.workbook = new FakeWorkbookProxy(q, host);
  }

  sync(): Promise<void> {
    return this.q.sync();
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, sheets

class FakeWorkbookProxy implements XWorkbook {
  readonly worksheets: FakeWorksheetCollectionProxy;
  readonly tables: FakeTableCollectionProxy;
  readonly names: FakeNamedItemCollectionProxy;
  readonly application: XApplication;

  constructor(
    private readonly q: OpQueue,
    private readonly host: FakeHost,
  ) {
    this.worksheets = new FakeWorksheetCollectionProxy(q, host);
    this.tables = new FakeTableCollectionProxy(q, host, () => undefined);
    this.names = new FakeNamedItemCollectionProxy(q, host);
    this.application = {
      suspendApiCalculationUntilNextSync: () => q.queue("application.suspendApiCalculationUntilNextSync", undefined, () => host.noteCalculationSuspended()),
    };
  }

  insertWorksheetsFromBase64(base64File: string, options?: XInsertWorksheetOptions): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.q.queue("workbook.insertWorksheetsFromBase64", [base64File, options ?? null], (staged) => {
      if (!this.host.supports("1.13")) throw officeError("ApiNotFound", "insertWorksheetsFromBase64 needs ExcelApi 1.13.");
      const state = this.host.state;
      const wanted = options?.sheetNamesToInsert?.map(nameKey);
      const inits = this.host.decodeWorkbook(base64File).filter((s) => !wanted || wanted.includes(nameKey(s.name)));
      let at = options?.positionType === "Beginning" ? 0 : state.sheets.length;
      const ids: string[] = [];
      for (const init of inits) {
        let name = init.name;
        for (let i = 2; findSheet(state, name); i++) name = `${init.name.slice(0, 31 - ` (${i})`.length)} (${i})`;
        const sheet = sheetFromInit(state, { ...init, name });
        state.sheets.splice(at++, 0, sheet);
        ids.push(sheet.id);
      }
      result.stage(ids, staged);
    });
    return result;
  }
}

class FakeWorksheetCollectionProxy extends FakeProxy<FakeWorkbookState> implements XWorksheetCollection {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "WorksheetCollection", () => host.state);
  }

  get items(): FakeWorksheetProxy[] {
    return this.read("items");
  }

  protected override get(prop: string, sub: string, staged: Staged[]): unknown {
    if (prop !== "items") throw new Error(`fake: WorksheetCollection.${prop}`);
    return this.host.state.sheets.map((s) => {
      const item = new FakeWorksheetProxy(this.q, this.host).bindNow(s);
      if (sub) item.stage(sub.split(",").map((x) => x.replace(/^items\//, "")), staged);
      return item;
    });
  }

  override load(propertyNames?: string): this {
    // Office accepts "items/name" and "name" alike for a collection.
    const props = (propertyNames ?? "").split(",").map((p) => p.trim().replace(/^items\//, ""));
    const probe = new FakeWorksheetProxy(this.q, this.host);
    for (const p of props) probe.checkPath(p);
    this.q.queue("worksheets.load", propertyNames, (staged) => this.stage([`items/${props.join(",")}`], staged));
    return this;
  }

  add(name?: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.add", name ?? null, () => addSheet(this.host.state, name));
  }

  getItem(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.getItem", key, () => {
      const s = findSheet(this.host.state, key);
      if (!s) throw officeError("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.getItemOrNullObject", key, () => findSheet(this.host.state, key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.getActiveWorksheet", undefined, () => {
      const s = this.host.state.sheets.find((x) => x.id === this.host.state.activeSheetId);
      if (!s) throw officeError("ItemNotFound", "No active worksheet.");
      return s;
    });
  }
}

class FakeWorksheetProxy extends FakeProxy<FakeSheet> implements XWorksheet {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Worksheet");
  }

  bindFrom(label: string, payload: unknown, resolve: () => FakeSheet | null): this {
    return this.bindWith(label, payload, resolve);
  }

  checkPath(path: string): void {
    this.checkLoadable(path.split("/"));
  }

  protected override isGone(s: FakeSheet): boolean {
    return s.deleted === true;
  }

  protected override loadable(): string[] {
    return ["id", "name", "position", "visibility"];
  }

  protected override get(prop: string): unknown {
    const s = this.target();
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.host.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
    }
    throw new Error(`fake: Worksheet.${prop}`);
  }

  protected override child(name: string): FakeProxy<unknown> {
    if (name === "protection") return this.protection;
    return super.child(name);
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.command("name", v, (s) => renameSheet(this.host.state, s, v));
  }
  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.command("position", v, (s) => moveSheet(this.host.state, s, v));
  }
  get visibility(): XSheetVisibility {
    return this.read("visibility");
  }
  set visibility(v: XSheetVisibility) {
    this.command("visibility", v, (s) => setVisibility(this.host.state, s, v));
  }

  private protectionProxy?: FakeSheetProtectionProxy;
  get protection(): FakeSheetProtectionProxy {
    this.protectionProxy ??= new FakeSheetProtectionProxy(this.q, () => this.target());
    return this.protectionProxy;
  }
  get customProperties(): FakeCustomPropertyCollectionProxy {
    return new FakeCustomPropertyCollectionProxy(this.q, () => this.target());
  }
  get tables(): FakeTableCollectionProxy {
    return new FakeTableCollectionProxy(this.q, this.host, () => this.target());
  }
  get charts(): XChartCollection {
    return new FakeChartCollection(this.q, () => this.target());
  }
  get freezePanes(): XFreezePanes {
    const q = this.q;
    const sheet = () => this.target();
    return {
      freezeRows: (count = 1) => q.queue("freezePanes.freezeRows", count, () => (sheet().freeze = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) => q.queue("freezePanes.freezeColumns", count, () => (sheet().freeze = { rows: 0, columns: count })),
      freezeAt: (frozen: XRange | string) =>
        q.queue("freezePanes.freezeAt", typeof frozen === "string" ? frozen : null, () => {
          const b = typeof frozen === "string" ? parseLocal(splitAddress(frozen).local) : (frozen as FakeRangeProxy).target().b;
          sheet().freeze = { rows: b.r1 + 1, columns: b.c1 + 1 };
        }),
    };
  }
  get pageLayout(): XPageLayout {
    return new FakePageLayout(this.q, () => this.target());
  }

  getRange(address?: string): FakeRangeProxy {
    return new FakeRangeProxy(this.q, this.host).bindFrom("worksheet.getRange", address ?? null, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, b: { r0: 0, c0: 0, r1: 1_048_575, c1: MAX_COLS - 1 } };
      const { sheet: named, local } = splitAddress(address);
      if (named !== undefined && nameKey(named) !== nameKey(sheet.name)) throw officeError("InvalidArgument", `"${address}" is not on ${sheet.name}.`);
      return { sheet, b: parseLocal(local) };
    });
  }

  getRanges(address?: string): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom("worksheet.getRanges", address ?? null, () => {
      const sheet = this.target();
      const parts = (address ?? "").split(",").map((a) => a.trim());
      const areas = parts.map((a) => {
        const { sheet: named, local } = splitAddress(a);
        if (named !== undefined && nameKey(named) !== nameKey(sheet.name)) throw officeError("InvalidArgument", `"${a}" is not on ${sheet.name}.`);
        return parseLocal(local);
      });
      return { sheet, areas };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRangeProxy {
    return new FakeRangeProxy(this.q, this.host).bindFrom("worksheet.getUsedRange", valuesOnly ?? false, () => {
      const sheet = this.target();
      return { sheet, b: usedBounds(sheet, valuesOnly === true) };
    });
  }

  activate(): void {
    this.command("activate", undefined, (s) => {
      if (s.visibility !== "Visible") throw officeError("InvalidOperation", `The worksheet "${s.name}" is hidden.`);
      this.host.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.command("delete", undefined, (s) => deleteSheet(this.host.state, s));
  }
}

class FakeSheetProtectionProxy extends FakeProxy<FakeSheet> {
  constructor(q: OpQueue, sheet: () => FakeSheet) {
    super(q, "WorksheetProtection", sheet);
  }
  protected override loadable(): string[] {
    return ["protected"];
  }
  protected override get(prop: string): unknown {
    if (prop === "protected") return this.target().protected;
    throw new Error(`fake: WorksheetProtection.${prop}`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

// ---------------------------------------------------------------------------------------------
// Custom properties and names

type PropTarget = { sheet: FakeSheet; key: string };

class FakeCustomPropertyCollectionProxy extends FakeProxy<FakeSheet> implements XWorksheetCustomPropertyCollection {
  constructor(q: OpQueue, sheet: () => FakeSheet) {
    super(q, "WorksheetCustomPropertyCollection", sheet);
  }

  get items(): FakeCustomPropertyProxy[] {
    return this.read("items");
  }

  protected override get(prop: string, sub: string, staged: Staged[]): unknown {
    const sheet = this.target();
    return [...sheet.customProperties.values()].map((p) => {
      const item = new FakeCustomPropertyProxy(this.q).bindNow({ sheet, key: p.key });
      if (sub) item.stage(sub.split(","), staged);
      return item;
    });
  }

  add(key: string, value: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.q).bindFrom("customProperties.add", [key, value], () => {
      const sheet = this.target();
      if (key.length === 0 || key.length > 255) throw officeError("InvalidArgument", "A custom property key has 1 to 255 characters.");
      if (typeof value !== "string") throw officeError("InvalidArgument", "A custom property value is a string.");
      sheet.customProperties.set(key.toLowerCase(), { key, value });
      return { sheet, key };
    });
  }

  getItemOrNullObject(key: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.q).bindFrom("customProperties.getItemOrNullObject", key, () => {
      const sheet = this.target();
      return sheet.customProperties.has(key.toLowerCase()) ? { sheet, key } : null;
    });
  }
}

class FakeCustomPropertyProxy extends FakeProxy<PropTarget> implements XWorksheetCustomProperty {
  constructor(q: OpQueue) {
    super(q, "WorksheetCustomProperty");
  }
  bindFrom(label: string, payload: unknown, resolve: () => PropTarget | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override isGone(t: PropTarget): boolean {
    return t.sheet.deleted === true || !t.sheet.customProperties.has(t.key.toLowerCase());
  }
  protected override loadable(): string[] {
    return ["key", "value"];
  }
  protected override get(prop: string): unknown {
    const t = this.target();
    const p = t.sheet.customProperties.get(t.key.toLowerCase())!;
    return prop === "key" ? p.key : p.value;
  }
  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  set value(v: string) {
    this.command("value", v, (t) => (t.sheet.customProperties.get(t.key.toLowerCase())!.value = v));
  }
  delete(): void {
    this.command("delete", undefined, (t) => t.sheet.customProperties.delete(t.key.toLowerCase()));
  }
}

class FakeNamedItemCollectionProxy extends FakeProxy<FakeWorkbookState> implements XNamedItemCollection {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "NamedItemCollection", () => host.state);
  }

  get items(): FakeNamedItemProxy[] {
    return this.read("items");
  }

  protected override get(_prop: string, sub: string, staged: Staged[]): unknown {
    return this.host.state.names.map((n) => {
      const item = new FakeNamedItemProxy(this.q, this.host).bindNow(n);
      if (sub) item.stage(sub.split(",").map((x) => x.replace(/^items\//, "")), staged);
      return item;
    });
  }

  override load(propertyNames?: string): this {
    const props = (propertyNames ?? "").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.q.queue("names.load", propertyNames, (staged) => this.stage([`items/${props.join(",")}`], staged));
    return this;
  }

  add(name: string, reference: XRange | string, comment?: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.q, this.host).bindFrom("names.add", [name, typeof reference === "string" ? reference : null, comment ?? null], () => {
      const state = this.host.state;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw officeError("InvalidArgument", `"${name}" is not a valid name.`);
      if (state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) || state.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const { sheet, b } = (reference as FakeRangeProxy).target();
        formula = `=${qualified(sheet, b).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      const item: FakeName = { name, formula, visible: true, comment };
      state.names.push(item);
      return item;
    });
  }

  getItem(name: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.q, this.host).bindFrom("names.getItem", name, () => {
      const n = this.host.state.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw officeError("ItemNotFound", `The name "${name}" does not exist.`);
      return n;
    });
  }
}

class FakeNamedItemProxy extends FakeProxy<FakeName> implements XNamedItem {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "NamedItem");
  }
  bindFrom(label: string, payload: unknown, resolve: () => FakeName | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override isGone(n: FakeName): boolean {
    return !this.host.state.names.includes(n);
  }
  protected override loadable(): string[] {
    return ["name", "formula", "visible"];
  }
  protected override get(prop: string): unknown {
    const n = this.target();
    return prop === "name" ? n.name : prop === "formula" ? n.formula : n.visible;
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.command("visible", v, (n) => (n.visible = v));
  }
  delete(): void {
    this.command("delete", undefined, (n) => {
      const names = this.host.state.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface RangeTarget {
  sheet: FakeSheet;
  b: Bounds;
}

function dims(b: Bounds): { rows: number; cols: number } {
  return { rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
}

function checkGrid(b: Bounds, grid: unknown): unknown[][] {
  const { rows, cols } = dims(b);
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw officeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return grid as unknown[][];
}

function gridOf<V>(t: RangeTarget, f: (cell: FakeCell | undefined, r: number, c: number) => V): V[][] {
  if (cellCount(t.b) > READ_CELL_LIMIT) throw officeError("RangeExceedsLimit", "The range has more than five million cells.");
  const out: V[][] = [];
  for (let r = t.b.r0; r <= t.b.r1; r++) {
    const row: V[] = [];
    for (let c = t.b.c0; c <= t.b.c1; c++) row.push(f(getCell(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

/** Applies a format change to every cell of a range; the whole sheet only for fonts (Excel's sheet default). */
function formatCells(t: RangeTarget, apply: (cell: FakeCell) => void, sheetWide?: (sheet: FakeSheet) => void): void {
  assertEditable(t.sheet);
  if (isWholeSheet(t.b) && sheetWide) {
    sheetWide(t.sheet);
    return;
  }
  if (cellCount(t.b) > 2_000_000) throw new Error("fake: formatting whole rows or columns is not modelled");
  for (let r = t.b.r0; r <= t.b.r1; r++) for (let c = t.b.c0; c <= t.b.c1; c++) apply(cellAt(t.sheet, r, c));
}

class FakeRangeProxy extends FakeProxy<RangeTarget> implements XRange {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Range");
  }

  bindFrom(label: string, payload: unknown, resolve: () => RangeTarget | null): this {
    return this.bindWith(label, payload, resolve);
  }

  protected override isGone(t: RangeTarget): boolean {
    return t.sheet.deleted === true;
  }

  protected override loadable(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat", "valueTypes", "rowHidden"];
  }

  protected override get(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case "address":
        return qualified(t.sheet, t.b);
      case "rowIndex":
        return t.b.r0;
      case "columnIndex":
        return t.b.c0;
      case "rowCount":
        return dims(t.b).rows;
      case "columnCount":
        return dims(t.b).cols;
      case "values":
        return gridOf(t, (cell) => shownValue(cell));
      case "formulas":
        return gridOf(t, (cell) => cell?.formula ?? shownValue(cell));
      case "numberFormat":
        return gridOf(t, (cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return gridOf(t, (cell) => valueType(cell));
      case "rowHidden": {
        let hidden = 0;
        for (let r = t.b.r0; r <= t.b.r1; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === dims(t.b).rows ? true : null;
      }
    }
    throw new Error(`fake: Range.${prop}`);
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.setCells("values", grid);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.setCells("formulas", grid);
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.command("numberFormat", grid, (t) => {
      assertEditable(t.sheet);
      checkGrid(t.b, grid).forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw officeError("InvalidArgument", "A number format is text.");
          cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j).numberFormat = f;
        }),
      );
    });
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  set rowHidden(v: boolean | null) {
    this.command("rowHidden", v, (t) => {
      assertEditable(t.sheet);
      for (let r = t.b.r0; r <= t.b.r1; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  private setCells(label: string, grid: unknown[][]): void {
    this.command(label, grid, (t) => {
      assertEditable(t.sheet);
      checkGrid(t.b, grid).forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null || input === undefined) return;
          enterInput(cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j), input);
        }),
      );
    });
  }

  get format(): XRangeFormat {
    return new FakeRangeFormat(this.q, () => [this.target()]);
  }

  get conditionalFormats(): XConditionalFormatCollection {
    return {
      add: (type: "ColorScale" | "CellValue") => {
        const record: { cf?: FakeConditionalFormat } = {};
        this.command(`conditionalFormats.add(${type})`, type, (t) => {
          assertEditable(t.sheet);
          record.cf = { range: localAddress(t.b), type };
          t.sheet.conditionalFormats.push(record.cf);
        });
        return new FakeConditionalFormatProxy(this.q, () => record.cf!);
      },
    };
  }

  get dataValidation(): XDataValidation {
    return new FakeDataValidation(this.q, () => this.target());
  }

  select(): void {
    this.command("select", undefined, (t) => {
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", `The worksheet "${t.sheet.name}" is hidden.`);
      this.host.state.activeSheetId = t.sheet.id;
      this.host.state.selection = { sheetId: t.sheet.id, address: localAddress(t.b) };
    });
  }

  merge(across?: boolean): void {
    this.command("merge", across ?? false, (t) => {
      assertEditable(t.sheet);
      const parts = across ? Array.from({ length: dims(t.b).rows }, (_, i) => ({ ...t.b, r0: t.b.r0 + i, r1: t.b.r0 + i })) : [t.b];
      for (const b of parts) {
        if (cellCount(b) === 1) continue;
        if (t.sheet.merges.some((m) => overlaps(m, b))) throw officeError("InvalidOperation", "Cannot merge a range that overlaps a merged range.");
        if (this.host.state.tables.some((tb) => tb.sheetId === t.sheet.id && overlaps(parseLocal(tb.range), b))) {
          throw officeError("InvalidOperation", "Cannot merge cells inside a table.");
        }
        t.sheet.merges.push(b);
      }
    });
  }

  getSpecialCellsOrNullObject(cellType: XSpecialCellType, cellValueType?: XSpecialCellValueType): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom("range.getSpecialCellsOrNullObject", [cellType, cellValueType ?? null], () => {
      const t = this.target();
      const errorsOnly = cellValueType === "Errors";
      const isError = (c: FakeCell | undefined) => typeof c?.value === "object";
      let areas: Bounds[];
      if (cellType === "Visible") areas = visibleAreas(t.sheet, t.b);
      else if (cellType === "Formulas") areas = areasWhere(t.sheet, t.b, (c) => c?.formula !== undefined && (!errorsOnly || isError(c)));
      else areas = areasWhere(t.sheet, t.b, (c) => c?.formula === undefined && c?.value !== undefined && (!errorsOnly || isError(c)));
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom("range.getMergedAreasOrNullObject", null, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => overlaps(m, t.b));
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  getCellProperties(options: XCellPropertiesLoadOptions): FakeClientResult<XCellProperties[][]> {
    const result = new FakeClientResult<XCellProperties[][]>();
    this.q.queue("range.getCellProperties", options, (staged) => {
      const t = this.target();
      const want = options.format?.fill ?? {};
      const keys = (Object.keys(want) as (keyof FakeFill)[]).filter((k) => want[k]);
      result.stage(
        gridOf(t, (cell) => {
          const fill = { ...NO_FILL, ...(cell?.fill ?? {}) };
          return { format: { fill: Object.fromEntries(keys.map((k) => [k, fill[k]])) } };
        }),
        staged,
      );
    });
    return result;
  }

  setCellProperties(data: XCellProperties[][]): void {
    this.command("setCellProperties", data, (t) => {
      assertEditable(t.sheet);
      checkGrid(t.b, data).forEach((row, i) =>
        row.forEach((p, j) => {
          const fill = (p as XCellProperties | null)?.format?.fill;
          if (!fill) return;
          const cell = cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j);
          if (fill.pattern === "None") cell.fill = undefined;
          else cell.fill = fillOf({ ...(cell.fill ?? {}), ...(fill as Partial<FakeFill>), pattern: fill.pattern ?? "Solid" });
        }),
      );
    });
  }
}

class FakeRangeAreasProxy extends FakeProxy<{ sheet: FakeSheet; areas: Bounds[] }> implements XRangeAreas {
  constructor(q: OpQueue) {
    super(q, "RangeAreas");
  }
  bindFrom(label: string, payload: unknown, resolve: () => { sheet: FakeSheet; areas: Bounds[] } | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override loadable(): string[] {
    return ["address"];
  }
  protected override get(): unknown {
    const t = this.target();
    return t.areas.map((b) => qualified(t.sheet, b)).join(", ");
  }
  get address(): string {
    return this.read("address");
  }
  get format(): XRangeFormat {
    return new FakeRangeFormat(this.q, () => {
      const t = this.target();
      return t.areas.map((b) => ({ sheet: t.sheet, b }));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

/** The format of a range, or of every area of a RangeAreas (applied to each area, as Excel formats a multiple selection). */
class FakeRangeFormat implements XRangeFormat {
  constructor(
    private readonly q: OpQueue,
    private readonly targets: () => RangeTarget[],
  ) {}

  private cmd(label: string, payload: unknown, apply: (t: RangeTarget) => void): void {
    this.q.queue(`format.${label}`, payload, () => this.targets().forEach(apply));
  }

  get columnWidth(): number {
    throw new Error("fake: format.columnWidth is write-only here");
  }
  set columnWidth(v: number) {
    this.cmd("columnWidth", v, (t) => {
      assertEditable(t.sheet);
      if (!(v >= 0)) throw officeError("InvalidArgument", "Invalid column width.");
      for (let c = t.b.c0; c <= t.b.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    throw new Error("fake: format.rowHeight is write-only here");
  }
  set rowHeight(v: number) {
    this.cmd("rowHeight", v, (t) => {
      assertEditable(t.sheet);
      if (!(v >= 0 && v <= 409)) throw officeError("InvalidArgument", "Invalid row height.");
      for (let r = t.b.r0; r <= t.b.r1; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  get horizontalAlignment(): string {
    throw new Error("fake: write-only");
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v)) throw new Error(`fake: bad alignment ${v}`);
    this.cmd("horizontalAlignment", v, (t) => formatCells(t, (c) => (c.horizontalAlignment = v)));
  }
  get verticalAlignment(): string {
    throw new Error("fake: write-only");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) throw new Error(`fake: bad alignment ${v}`);
    this.cmd("verticalAlignment", v, (t) => formatCells(t, (c) => (c.verticalAlignment = v)));
  }
  get wrapText(): boolean {
    throw new Error("fake: write-only");
  }
  set wrapText(v: boolean) {
    this.cmd("wrapText", v, (t) => formatCells(t, (c) => (c.wrapText = v)));
  }

  get fill(): XRangeFill {
    const cmd = this.cmd.bind(this);
    return {
      get color(): string {
        throw new Error("fake: fill.color is write-only here; use getCellProperties");
      },
      set color(v: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new Error(`fake: colours are #RRGGBB, got ${v}`);
        cmd("fill.color", v, (t) => formatCells(t, (c) => (c.fill = fillOf({ color: v }))));
      },
      clear: () => cmd("fill.clear", undefined, (t) => formatCells(t, (c) => (c.fill = undefined))),
    };
  }

  get font(): XRangeFont {
    const cmd = this.cmd.bind(this);
    const setter = <K extends keyof FakeFont>(k: K) => ({
      get(): never {
        throw new Error(`fake: font.${k} is write-only here`);
      },
      set(v: FakeFont[K]) {
        cmd(`font.${k}`, v, (t) =>
          formatCells(
            t,
            (c) => (c.font = { ...c.font, [k]: v }),
            (s) => (s.defaultFont = { ...s.defaultFont, [k]: v }),
          ),
        );
      },
    });
    const font = {} as XRangeFont;
    for (const k of ["name", "size", "bold", "italic", "underline", "color"] as const) Object.defineProperty(font, k, setter(k));
    return font;
  }

  get borders(): XRangeBorderCollection {
    return {
      getItem: (index: string): XRangeBorder => {
        const border = {} as XRangeBorder;
        for (const k of ["style", "weight", "color"] as const) {
          Object.defineProperty(border, k, {
            get(): never {
              throw new Error("fake: write-only");
            },
            set: (v: string) => this.cmd(`borders.${index}.${k}`, v, (t) => setBorder(t, index, k, v)),
          });
        }
        return border;
      },
    };
  }

  get protection(): { locked: boolean } {
    const cmd = this.cmd.bind(this);
    return {
      get locked(): boolean {
        throw new Error("fake: write-only");
      },
      set locked(v: boolean) {
        cmd("protection.locked", v, (t) => formatCells(t, (c) => (c.locked = v)));
      },
    };
  }
}

function setBorder(t: RangeTarget, index: string, key: "style" | "weight" | "color", v: string): void {
  const { r0, r1, c0, c1 } = t.b;
  const edges: Record<string, (r: number, c: number) => string[]> = {
    EdgeTop: (r) => (r === r0 ? ["EdgeTop"] : []),
    EdgeBottom: (r) => (r === r1 ? ["EdgeBottom"] : []),
    EdgeLeft: (_r, c) => (c === c0 ? ["EdgeLeft"] : []),
    EdgeRight: (_r, c) => (c === c1 ? ["EdgeRight"] : []),
    InsideHorizontal: (r) => [...(r > r0 ? ["EdgeTop"] : []), ...(r < r1 ? ["EdgeBottom"] : [])],
    InsideVertical: (_r, c) => [...(c > c0 ? ["EdgeLeft"] : []), ...(c < c1 ? ["EdgeRight"] : [])],
  };
  const which = edges[index];
  if (!which) throw new Error(`fake: border ${index} is not modelled`);
  assertEditable(t.sheet);
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++)
      for (const e of which(r, c)) {
        const cell = cellAt(t.sheet, r, c);
        cell.borders = { ...cell.borders, [e]: { ...cell.borders?.[e], [key]: v } };
      }
}

class FakeConditionalFormatProxy implements XConditionalFormat {
  constructor(
    private readonly q: OpQueue,
    private readonly cf: () => FakeConditionalFormat,
  ) {}

  get colorScale(): XConditionalFormat["colorScale"] {
    const q = this.q;
    const cf = this.cf;
    return {
      get criteria(): { minimum: XColorScaleCriterion; maximum: XColorScaleCriterion } {
        throw new Error("fake: write-only");
      },
      set criteria(v) {
        q.queue("colorScale.criteria", v, () => (cf().criteria = v));
      },
    };
  }

  get cellValue(): XConditionalFormat["cellValue"] {
    const q = this.q;
    const cf = this.cf;
    return {
      get rule(): { formula1: string; operator: string } {
        throw new Error("fake: write-only");
      },
      set rule(v) {
        q.queue("cellValue.rule", v, () => (cf().rule = v));
      },
      format: {
        fill: {
          get color(): string {
            throw new Error("fake: write-only");
          },
          set color(v: string) {
            q.queue("cellValue.format.fill.color", v, () => (cf().fill = v));
          },
        },
        font: {
          get color(): string {
            throw new Error("fake: write-only");
          },
          set color(v: string) {
            q.queue("cellValue.format.font.color", v, () => (cf().fontColor = v));
          },
        },
      },
    };
  }
}

class FakeDataValidation implements XDataValidation {
  constructor(
    private readonly q: OpQueue,
    private readonly t: () => RangeTarget,
  ) {}

  private record(): FakeValidation {
    const t = this.t();
    assertEditable(t.sheet);
    const range = localAddress(t.b);
    let v = t.sheet.validations.find((x) => x.range === range);
    if (!v) {
      t.sheet.validations = t.sheet.validations.filter((x) => !overlaps(parseLocal(x.range), t.b));
      v = { range };
      t.sheet.validations.push(v);
    }
    return v;
  }

  get rule(): XDataValidationRule {
    throw new Error("fake: write-only");
  }
  set rule(v: XDataValidationRule) {
    const kinds = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) throw new Error("fake: a validation rule has exactly one kind");
    this.q.queue("dataValidation.rule", v, () => (this.record().rule = v));
  }
  get ignoreBlanks(): boolean {
    throw new Error("fake: write-only");
  }
  set ignoreBlanks(v: boolean) {
    this.q.queue("dataValidation.ignoreBlanks", v, () => (this.record().ignoreBlanks = v));
  }
  get prompt(): { message?: string; showPrompt: boolean; title?: string } {
    throw new Error("fake: write-only");
  }
  set prompt(v: { message?: string; showPrompt: boolean; title?: string }) {
    this.q.queue("dataValidation.prompt", v, () => (this.record().prompt = v));
  }
}

// ---------------------------------------------------------------------------------------------
// Tables, charts, page layout

/** The tables of one sheet, or of the whole workbook (`sheet` gives undefined). */
class FakeTableCollectionProxy extends FakeProxy<FakeSheet | undefined> implements XTableCollection {
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
    return new FakeTableProxy(this.q, this.host).bindFrom("tables.add", [typeof address === "string" ? address : null, hasHeaders], () => {
      const sheet = this.target();
      if (!sheet) throw new Error("fake: add tables through a worksheet");
      assertEditable(sheet);
      const b = typeof address === "string" ? parseLocal(splitAddress(address).local) : (address as FakeRangeProxy).target().b;
      if (sheet.merges.some((m) => overlaps(m, b))) throw officeError("InvalidOperation", "A table can't overlap a range that contains merged cells.");
      const tables = this.host.state.tables;
      if (tables.some((t) => t.sheetId === sheet.id && overlaps(parseLocal(t.range), b))) throw officeError("InvalidOperation", "A table can't overlap another table.");
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
      const table: FakeTable = { name: `Table${i}`, sheetId: sheet.id, range: localAddress(b), hasHeaders, style: "TableStyleMedium2", showFilterButton: true };
      tables.push(table);
      return table;
    });
  }
}

class FakeTableProxy extends FakeProxy<FakeTable> implements XTable {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Table");
  }
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
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v)) throw officeError("InvalidArgument", `"${v}" is not a valid table name.`);
      const state = this.host.state;
      if (state.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()) || state.names.some((n) => n.name.toLowerCase() === v.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `A table or name "${v}" already exists.`);
      }
      const old = t.name;
      t.name = v;
      // Structured references follow a renamed table, as in Excel.
      for (const sheet of state.sheets)
        for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = renameTableRefs(cell.formula, (x) => (x.toLowerCase() === old.toLowerCase() ? v : undefined));
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

class FakeChartCollection implements XChartCollection {
  constructor(
    private readonly q: OpQueue,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: "BarClustered", sourceData: XRange, seriesBy?: "Auto" | "Columns" | "Rows"): XChart {
    const holder: { chart?: FakeChart } = {};
    this.q.queue("charts.add", [type, seriesBy ?? null], () => {
      const sheet = this.sheet();
      assertEditable(sheet);
      const src = (sourceData as FakeRangeProxy).target();
      if (src.sheet !== sheet) throw officeError("InvalidArgument", "The chart's data is on another sheet.");
      holder.chart = { name: `Chart ${sheet.charts.length + 1}`, type, source: localAddress(src.b), seriesBy };
      sheet.charts.push(holder.chart);
    });
    const q = this.q;
    const chart = () => holder.chart!;
    const localOf = (r: XRange | string) => (typeof r === "string" ? splitAddress(r).local : localAddress((r as FakeRangeProxy).target().b));
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
        q.queue("chart.setPosition", [typeof start === "string" ? start : null, typeof end === "string" ? end : null], () => {
          chart().position = { start: localOf(start), ...(end === undefined ? {} : { end: localOf(end) }) };
        }),
    };
  }
}

class FakePageLayout implements XPageLayout {
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
    this.q.queue("pageLayout.zoom", v, () => (this.sheet().pageLayout.zoom = { ...v }));
  }
  setPrintTitleRows(rows: XRange | string): void {
    this.q.queue("pageLayout.setPrintTitleRows", typeof rows === "string" ? rows : null, () => {
      this.sheet().pageLayout.printTitleRows = typeof rows === "string" ? rows : localAddress((rows as FakeRangeProxy).target().b);
    });
  }
}
