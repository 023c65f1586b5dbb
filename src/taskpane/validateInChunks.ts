// Checking many unit sheets without freezing the pane: a few sheets at a time, yielding to the
// browser in between so it can repaint the progress bar.
import { groupTablesOf, validateWorkbook } from "../core/index.js";
import type { Framework, WorkbookSnapshot, WorkbookValidation } from "../core/index.js";
import type { UnitOverride } from "./settings.js";

/** How to pace the checking: sheets per chunk, how to let the pane repaint, and where progress goes. */
export interface ChunkPacing {
  chunk: number;
  yieldToUi: () => Promise<void>;
  onProgress: (done: number, total: number) => void;
}

/** Validates the snapshot's sheets chunk by chunk; the result is the same as validating them all at once. */
export async function validateInChunks(
  snapshot: WorkbookSnapshot,
  fw: Framework,
  overrides: Record<string, UnitOverride>,
  pacing: ChunkPacing,
): Promise<WorkbookValidation> {
  const { chunk, yieldToUi, onProgress } = pacing;
  const total = snapshot.sheets.length;
  const out: WorkbookValidation = { sheets: [], skipped: [], findings: [] };
  // Group tables ("Đơn vị | Nhóm") anywhere in the workbook decide the groups of every chunk's units.
  const groupTables = groupTablesOf(snapshot);
  onProgress(0, total);
  for (let i = 0; i < total; i += chunk) {
    await yieldToUi();
    const part = validateWorkbook({ source: snapshot.source, sheets: snapshot.sheets.slice(i, i + chunk) }, fw, {
      overrides,
      groupTables,
    });
    out.sheets.push(...part.sheets);
    out.skipped.push(...part.skipped);
    out.findings.push(...part.findings);
    onProgress(Math.min(total, i + chunk), total);
  }
  return out;
}
