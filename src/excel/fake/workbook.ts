// The fake's workbook and worksheets: the request context, the workbook (application, inserting
// sheets from a file), the worksheet collection and each worksheet with its protection, freeze panes
// and the ways to reach its ranges. The other families (names.ts, ranges.ts, tables.ts) hang off the
// objects built here; none of them imports this module.
import type {
  XApplication,
  XChartCollection,
  XFreezePanes,
  XInsertWorksheetOptions,
  XPageBreakCollection,
  XPageLayout,
  XRange,
  XRequestContext,
  XSheetVisibility,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from "../api.js";
import { splitAddress } from "../formulaRefs.js";
import { nameKey } from "../../core/index.js";
import { sheetFromInit, usedBounds } from "./cells.js";
import { FakeClientResult, FakeProxy, OpQueue, type Staged } from "./context.js";
import type { FakeHost } from "./host.js";
import { FakeCustomPropertyCollectionProxy, FakeNamedItemCollectionProxy } from "./names.js";
import { rangeTargetOf } from "./rangeTarget.js";
import { FakeRangeAreasProxy, FakeRangeProxy } from "./ranges.js";
import {
  addSheet,
  deleteSheet,
  type FakeSheet,
  type FakeWorkbookState,
  findSheet,
  MAX_COLS,
  moveSheet,
  officeError,
  parseLocal,
  renameSheet,
  setVisibility,
} from "./state.js";
import { FakeChartCollection, FakePageBreaks, FakePageLayout, FakeTableCollectionProxy } from "./tables.js";

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

/** The workbook of one context: its sheets, tables, names and application. */
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
      suspendApiCalculationUntilNextSync: () =>
        q.queue("application.suspendApiCalculationUntilNextSync", undefined, () => host.noteCalculationSuspended()),
    };
  }

  insertWorksheetsFromBase64(base64File: string, options?: XInsertWorksheetOptions): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.q.queue("workbook.insertWorksheetsFromBase64", [base64File, options ?? null], (staged) => {
      if (!this.host.supports("1.13"))
        throw officeError("ApiNotFound", "insertWorksheetsFromBase64 needs ExcelApi 1.13.");
      const state = this.host.state;
      const wanted = options?.sheetNamesToInsert?.map(nameKey);
      const inits = this.host.decodeWorkbook(base64File).filter((s) => !wanted || wanted.includes(nameKey(s.name)));
      // Rule (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13): "In Excel on the web, this API
      // doesn't support inserting charts, comments, PivotTables, or slicers."
      const unsupported = inits.flatMap((s) => s.features ?? []);
      if (this.host.platform === "web" && unsupported.length > 0)
        throw officeError("UnsupportedFeature", `Excel on the web cannot insert ${unsupported.join(", ")}.`);
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

/** The workbook's worksheets. */
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
      if (sub)
        item.stage(
          sub.split(",").map((x) => x.replace(/^items\//, "")),
          staged,
        );
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
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.add", name ?? null, () =>
      addSheet(this.host.state, name),
    );
  }

  getItem(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.getItem", key, () => {
      const s = findSheet(this.host.state, key);
      if (!s) throw officeError("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom(
      "worksheets.getItemOrNullObject",
      key,
      () => findSheet(this.host.state, key) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.q, this.host).bindFrom("worksheets.getActiveWorksheet", undefined, () => {
      const s = this.host.state.sheets.find((x) => x.id === this.host.state.activeSheetId);
      if (!s) throw officeError("ItemNotFound", "No active worksheet.");
      return s;
    });
  }
}

/** One worksheet. */
class FakeWorksheetProxy extends FakeProxy<FakeSheet> implements XWorksheet {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Worksheet");
  }

  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => FakeSheet | null): this {
    return this.bindWith(label, payload, resolve);
  }

  /** Throws at load() time for a path the fake does not model. */
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
      freezeRows: (count = 1) =>
        q.queue("freezePanes.freezeRows", count, () => (sheet().freeze = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) =>
        q.queue("freezePanes.freezeColumns", count, () => (sheet().freeze = { rows: 0, columns: count })),
      freezeAt: (frozen: XRange | string) =>
        q.queue("freezePanes.freezeAt", typeof frozen === "string" ? frozen : null, () => {
          const b = typeof frozen === "string" ? parseLocal(splitAddress(frozen).local) : rangeTargetOf(frozen).b;
          sheet().freeze = { rows: b.r1 + 1, columns: b.c1 + 1 };
        }),
    };
  }
  get pageLayout(): XPageLayout {
    return new FakePageLayout(this.q, () => this.target());
  }
  get horizontalPageBreaks(): XPageBreakCollection {
    return new FakePageBreaks(this.q, () => this.target());
  }

  getRange(address?: string): FakeRangeProxy {
    return new FakeRangeProxy(this.q, this.host).bindFrom("worksheet.getRange", address ?? null, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, b: { r0: 0, c0: 0, r1: 1_048_575, c1: MAX_COLS - 1 } };
      const { sheet: named, local } = splitAddress(address);
      if (named !== undefined && nameKey(named) !== nameKey(sheet.name))
        throw officeError("InvalidArgument", `"${address}" is not on ${sheet.name}.`);
      return { sheet, b: parseLocal(local) };
    });
  }

  getRanges(address?: string): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom("worksheet.getRanges", address ?? null, () => {
      const sheet = this.target();
      const parts = (address ?? "").split(",").map((a) => a.trim());
      const areas = parts.map((a) => {
        const { sheet: named, local } = splitAddress(a);
        if (named !== undefined && nameKey(named) !== nameKey(sheet.name))
          throw officeError("InvalidArgument", `"${a}" is not on ${sheet.name}.`);
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
    this.command("delete", undefined, (s) => {
      // Rule (Worksheet.delete, ExcelApi 1.1): "Note that if the worksheet's visibility is set to
      // "VeryHidden", the delete operation will fail with an `InvalidOperation` exception. You
      // should first change its visibility to hidden or visible before deleting it."
      if (s.visibility === "VeryHidden")
        throw officeError("InvalidOperation", `The worksheet "${s.name}" is very hidden and cannot be deleted.`);
      deleteSheet(this.host.state, s);
    });
  }
}

/** A worksheet's protection (read only: FakeExcel.protect sets it). */
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
