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
import { fromCellValue, sheetFromInit } from "./cells.js";
import { type Op, OpQueue, type Staged } from "./context.js";
import {
  type FakeCell,
  FakeOfficeError,
  type FakeSheet,
  type FakeSheetInit,
  type FakeWorkbookState,
  findSheet,
  MAX_COLS,
  officeError,
} from "./state.js";
import { dumpWorkbook, type FakeDump } from "./dump.js";
import { FakeRequestContext } from "./workbook.js";
import { decodeFakeWorkbook } from "./workbookFile.js";

export { encodeFakeWorkbook, decodeFakeWorkbook } from "./workbookFile.js";
export { FakeOfficeError } from "./state.js";
export type { FakeSheetInit, FakeCell, FakeSheet } from "./state.js";
export type { FakeDump } from "./dump.js";

/** How to start a FakeExcel: its sheets, speed, limits, API version and language. */
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
  /** Excel on the web (default) or desktop: only the web refuses files with comments, charts, PivotTables or slicers. */
  platform?: "web" | "desktop";
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
      platform: this.options.platform ?? "web",
      noteCalculationSuspended: () => {
        if (this.current) this.current.calculationSuspended = true;
      },
    };
    const result = await batch(new FakeRequestContext(q, host));
    if (q.pending > 0)
      throw new Error(`fake: the batch ended with ${q.pending} queued commands that were never synced`);
    return result;
  };

  /** Office.context.requirements.isSetSupported for the fake. */
  isSetSupported(name: string, version: string): boolean {
    if (name !== "ExcelApi") return false;
    const have = (this.options.apiVersion ?? "1.13").split(".").map(Number);
    const want = version.split(".").map(Number);
    return have[0] > want[0] || (have[0] === want[0] && (have[1] ?? 0) >= (want[1] ?? 0));
  }

  /** Office.context.displayLanguage for the fake. */
  get displayLanguage(): string {
    return this.options.displayLanguage ?? "vi-VN";
  }

  /** Makes a coming sync fail (see InjectedFailure). */
  failAt(failure: InjectedFailure): void {
    this.failures.push({ ...failure, at: this.syncs.length + failure.sync });
  }

  /** Syncs since the start or the last resetStats. */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** The largest request of those syncs, in bytes. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  /** The largest response of those syncs, in bytes. */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  /** Forgets the syncs recorded so far. */
  resetStats(): void {
    this.syncs.length = 0;
  }

  private async execute(ops: Op[]): Promise<void> {
    const record: SyncRecord = {
      ops: ops.length,
      requestBytes: ops.reduce((t, o) => t + o.bytes, 0),
      responseBytes: 0,
      calculationSuspended: false,
    };
    this.syncs.push(record);
    const index = this.syncs.length;
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const fail = (e: FakeOfficeError, location?: string): never => {
      record.error = e.code;
      if (location) e.debugInfo.errorLocation = location;
      throw e;
    };
    if (record.requestBytes > (this.options.requestLimit ?? EXCEL_PAYLOAD_LIMIT)) {
      fail(
        officeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
        ),
      );
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
      fail(
        officeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        ),
      );
    }
    for (const s of staged) s.commit();
  }

  // -------------------------------------------------------------------------------------------
  // Helpers for tests and the preview (they act directly, not through syncs).

  /** The sheet with this id or name (compared as Excel does). */
  sheet(name: string): FakeSheet | undefined {
    return findSheet(this.state, name);
  }

  /** Sheet names in tab order. */
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

  /** Protects (or unprotects) a sheet, as a user would in Excel. */
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
    return dumpWorkbook(this.state);
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
