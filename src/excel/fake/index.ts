// An in-memory Excel for tests and the task pane's browser preview. It keeps Office's rules that
// matter to the adapter: commands run only at sync, properties are unreadable before load + sync,
// a batch that fails half-way keeps what ran before the failure, requests and responses over 5 MB
// are refused. It counts syncs and bytes, can wait before each sync (to feel Excel on the web), and
// can be told to fail at a given sync and command. It calculates nothing: a formula cell's result
// is whatever the test gave it (undefined → shown as "").
import { parseA1 } from "../../core/index.js";
import type { CellValue } from "../../core/index.js";
import type { RunBatch, XRequestContext } from "../api.js";
import { createExcelGateway, type GatewayOptions } from "../createGateway.js";
import type { ExcelGateway } from "../gateway.js";
import { EXCEL_PAYLOAD_LIMIT } from "../payload.js";
import { type Op, OpQueue, type Staged } from "./context.js";
import { FakeRequestContext } from "./proxies.js";
import {
  type FakeCell,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeName,
  FakeOfficeError,
  type FakePageLayout,
  type FakeSheet,
  type FakeSheetInit,
  type FakeTable,
  type FakeValidation,
  type FakeWorkbookState,
  findSheet,
  fromCellValue,
  localAddress,
  MAX_COLS,
  officeError,
  sheetFromInit,
} from "./state.js";
import { decodeFakeWorkbook } from "./workbookFile.js";

export { encodeFakeWorkbook, decodeFakeWorkbook } from "./workbookFile.js";
export { FakeOfficeError } from "./state.js";
export type { FakeSheetInit, FakeCell, FakeSheet } from "./state.js";

export interface FakeExcelOptions {
  sheets?: FakeSheetInit[];
  /** Milliseconds to wait in every sync (Excel on the web takes a round trip per sync). */
  delayMs?: number;
  /** Bytes; default 5 MB as Excel on the web. */
  requestLimit?: number;
  responseLimit?: number;
  /** Highest ExcelApi version supported (default "1.13"). */
  apiVersion?: string;
  /** Office display language (default "vi-VN"). */
  displayLanguage?: string;
  /** Turns an inserted file's base64 into sheets (default: the fake's own format, see workbookFile.ts). */
  decodeWorkbook?: (base64: string) => FakeSheetInit[];
}

/** One sync as the fake saw it. */
export interface SyncRecord {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  /** Office error code when the sync failed. */
  error?: string;
}

/** A failure to inject: at the n-th sync from now (1 = the next), when command `op` (0-based; default the middle one) is about to run. */
export interface InjectedFailure {
  sync: number;
  op?: number;
  code?: string;
}

/** A plain, comparable picture of everything in the fake workbook. */
export interface FakeDump {
  sheets: {
    id: string;
    name: string;
    visibility: string;
    protected: boolean;
    customProperties: Record<string, string>;
    cells: Record<string, Omit<FakeCell, never>>;
    hiddenRows: number[];
    columnWidths: Record<number, number>;
    rowHeights: Record<number, number>;
    defaultFont: object;
    merges: string[];
    freeze?: { rows: number; columns: number };
    conditionalFormats: FakeConditionalFormat[];
    validations: FakeValidation[];
    charts: FakeChart[];
    pageLayout: FakePageLayout;
  }[];
  tables: FakeTable[];
  names: FakeName[];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
}

/** The in-memory Excel: its state, its `run`, sync statistics, failure injection and test helpers. */
export class FakeExcel {
  readonly state: FakeWorkbookState = { sheets: [], tables: [], names: [], nextId: 1 };
  readonly syncs: SyncRecord[] = [];
  delayMs: number;
  private readonly options: FakeExcelOptions;
  private failures: (InjectedFailure & { at: number })[] = [];
  private current?: SyncRecord;

  constructor(options: FakeExcelOptions = {}) {
    this.options = options;
    this.delayMs = options.delayMs ?? 0;
    for (const init of options.sheets ?? []) this.state.sheets.push(sheetFromInit(this.state, init));
    this.state.activeSheetId = this.state.sheets.find((s) => s.visibility === "Visible")?.id;
  }

  /** Excel.run for the fake: a fresh context per batch; a batch that resolves with unsynced commands is a bug and throws. */
  readonly run: RunBatch = async <T>(batch: (context: XRequestContext) => Promise<T>): Promise<T> => {
    const q = new OpQueue({ execute: (ops) => this.execute(ops) });
    const host = {
      state: this.state,
      supports: (v: string) => this.isSetSupported("ExcelApi", v),
      decodeWorkbook: (b64: string) => (this.options.decodeWorkbook ?? decodeFakeWorkbook)(b64),
      noteCalculationSuspended: () => {
        if (this.current) this.current.calculationSuspended = true;
      },
    };
    const result = await batch(new FakeRequestContext(q, host));
    if (q.pending > 0) throw new Error(`fake: the batch ended with ${q.pending} queued commands that were never synced`);
    return result;
  };

  /** Office.context.requirements.isSetSupported for the fake. */
  isSetSupported(name: string, version: string): boolean {
    if (name !== "ExcelApi") return false;
    const have = (this.options.apiVersion ?? "1.13").split(".").map(Number);
    const want = version.split(".").map(Number);
    return have[0] > want[0] || (have[0] === want[0] && (have[1] ?? 0) >= (want[1] ?? 0));
  }

  get displayLanguage(): string {
    return this.options.displayLanguage ?? "vi-VN";
  }

  /** Makes a coming sync fail (see InjectedFailure). */
  failAt(failure: InjectedFailure): void {
    this.failures.push({ ...failure, at: this.syncs.length + failure.sync });
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  resetStats(): void {
    this.syncs.length = 0;
  }

  private async execute(ops: Op[]): Promise<void> {
    const record: SyncRecord = { ops: ops.length, requestBytes: ops.reduce((t, o) => t + o.bytes, 0), responseBytes: 0, calculationSuspended: false };
    this.syncs.push(record);
    const index = this.syncs.length;
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const fail = (e: FakeOfficeError, location?: string): never => {
      record.error = e.code;
      if (location) e.debugInfo.errorLocation = location;
      throw e;
    };
    if (record.requestBytes > (this.options.requestLimit ?? EXCEL_PAYLOAD_LIMIT)) {
      fail(officeError("RequestPayloadSizeLimitExceeded", `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`));
    }
    const injected = this.failures.find((f) => f.at === index);
    this.failures = this.failures.filter((f) => f !== injected);
    const failOp = injected ? Math.min(injected.op ?? Math.floor(ops.length / 2), Math.max(0, ops.length - 1)) : -1;
    const staged: Staged[] = [];
    this.current = record;
    try {
      for (let i = 0; i < ops.length; i++) {
        if (i === failOp) fail(officeError(injected!.code ?? "GeneralException", "Injected failure."), ops[i].label);
        try {
          ops[i].run(staged);
        } catch (e) {
          if (e instanceof FakeOfficeError) fail(e, ops[i].label);
          throw e;
        }
      }
    } finally {
      this.current = undefined;
    }
    record.responseBytes = staged.reduce((t, s) => t + s.bytes, 0);
    if (record.responseBytes > (this.options.responseLimit ?? EXCEL_PAYLOAD_LIMIT)) {
      fail(officeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`));
    }
    for (const s of staged) s.commit();
  }

  // -------------------------------------------------------------------------------------------
  // Helpers for tests and the preview (they act directly, not through syncs).

  sheet(name: string): FakeSheet | undefined {
    return findSheet(this.state, name);
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** The stored cell at an A1 address (undefined when never touched). */
  cell(sheet: string, address: string): FakeCell | undefined {
    const s = this.mustSheet(sheet);
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return s.cells.get(p.row * MAX_COLS + p.col);
  }

  /** Sets the calculated result of a formula cell (the fake does not calculate). */
  setComputed(sheet: string, address: string, value: CellValue): void {
    const c = this.cell(sheet, address);
    if (!c?.formula) throw new Error(`${sheet}!${address} holds no formula`);
    c.value = fromCellValue(value);
  }

  /** Adds a sheet directly (e.g. a user's sheet created between two runs). */
  addSheet(init: FakeSheetInit): void {
    this.state.sheets.push(sheetFromInit(this.state, init));
  }

  protect(sheet: string, on = true): void {
    this.mustSheet(sheet).protected = on;
  }

  private mustSheet(name: string): FakeSheet {
    const s = findSheet(this.state, name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Everything in the workbook as plain data, for before/after comparisons. */
  dump(): FakeDump {
    const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    const nameOf = (id?: string) => this.state.sheets.find((s) => s.id === id)?.name;
    return {
      sheets: this.state.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        customProperties: Object.fromEntries([...s.customProperties.values()].map((p) => [p.key, p.value])),
        cells: Object.fromEntries(
          [...s.cells.entries()]
            .filter(([, c]) => Object.values(c).some((v) => v !== undefined))
            .sort((a, b) => a[0] - b[0])
            .map(([k, c]) => [localAddress({ r0: Math.floor(k / MAX_COLS), c0: k % MAX_COLS, r1: Math.floor(k / MAX_COLS), c1: k % MAX_COLS }), plain(c)]),
        ),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        columnWidths: Object.fromEntries(s.columnWidths),
        rowHeights: Object.fromEntries(s.rowHeights),
        defaultFont: plain(s.defaultFont),
        merges: s.merges.map(localAddress),
        freeze: s.freeze && { ...s.freeze },
        conditionalFormats: plain(s.conditionalFormats),
        validations: plain(s.validations),
        charts: plain(s.charts),
        pageLayout: plain(s.pageLayout),
      })),
      tables: plain(this.state.tables),
      names: plain(this.state.names),
      activeSheet: nameOf(this.state.activeSheetId),
      selection: this.state.selection && { sheet: nameOf(this.state.selection.sheetId) ?? "?", address: this.state.selection.address },
    };
  }
}

/** An ExcelGateway over this fake (tests and the browser preview). */
export function fakeExcelGateway(fake: FakeExcel, options: Partial<Omit<GatewayOptions, "run">> = {}): ExcelGateway {
  return createExcelGateway({
    run: fake.run,
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    displayLanguage: () => fake.displayLanguage,
    ...options,
  });
}
