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
