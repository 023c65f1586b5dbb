// What every proxy family needs from the fake workbook besides the queue: its state and the few
// settings of the FakeExcel that owns it. Kept apart so the families import it without importing
// one another.
import type { FakeSheetInit, FakeWorkbookState } from "./state.js";

/** What the proxies need from the fake workbook besides its state. */
export interface FakeHost {
  readonly state: FakeWorkbookState;
  /** ExcelApi version the fake claims ("1.13"). */
  supports(version: string): boolean;
  decodeWorkbook(base64: string): FakeSheetInit[];
  /** The Excel being imitated: Excel on the web (the default) refuses more than the desktop. */
  readonly platform: "web" | "desktop";
  noteCalculationSuspended(): void;
}
