// The gateway on the real Excel: batches go through Excel.run. The assignment of `Excel.run` to
// RunBatch below is also the compile-time proof that Office's objects fit the adapter's
// structural interfaces (api.ts).
import type { RunBatch } from "./api.js";
import { createExcelGateway } from "./createGateway.js";
import type { ExcelGateway } from "./gateway.js";

/** Runs a batch with Excel.run. */
export const officeRun: RunBatch = (batch) => Excel.run((context) => batch(context));

/** The ExcelGateway of the task pane inside Excel (call after Office.onReady). */
export function officeExcelGateway(): ExcelGateway {
  return createExcelGateway({
    run: officeRun,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage ?? "vi-VN",
  });
}

/** Office.context.requirements.isSetSupported, for the task pane's start (false where Office.js is absent). */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}

/** Waits for Office; resolves whether the host is Excel (false in a plain browser, where Office.js is absent). */
export function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined") return Promise.resolve(false);
  return Office.onReady().then((info) => info.host === Office.HostType.Excel);
}

/** True when Office's theme has a dark body background (the pane then uses Fluent's dark theme). */
export function officeIsDark(): boolean {
  if (typeof Office === "undefined" || !Office.context?.officeTheme) return false;
  const n = parseInt(Office.context.officeTheme.bodyBackgroundColor.replace("#", ""), 16);
  if (Number.isNaN(n)) return false;
  return 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) < 128;
}
