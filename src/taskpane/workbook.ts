// What the task pane looks for in a workbook snapshot: framework sheets, the criteria set chosen,
// and staff entries to offer again. Pure functions over the snapshot (no Excel, no React).
import {
  checkFramework,
  DocumentHeader,
  documentInfoOf,
  Finding,
  Framework,
  FrameworkChoice,
  frameworkSheets,
  getBuiltinFramework,
  readFrameworkSheet,
  readSummaryInputs,
  UnitInputs,
  WorkbookSnapshot,
} from "../core/index.js";
import { Message, msg } from "./i18n.js";

export type { FrameworkChoice };
export { frameworkSheets };

/** The framework sheet the add-in inserted earlier (inserting again replaces it), or null. */
export function generatedFrameworkSheet(snapshot: WorkbookSnapshot): string | null {
  return snapshot.sheets.find((s) => s.generated === "framework")?.name ?? null;
}

/** The chosen criteria set read from a snapshot, with its problems; `problem` says why there is none. */
export interface ResolvedFramework {
  framework: Framework | null;
  findings: Finding[];
  problem?: Message;
}

/** Reads the chosen criteria set: a fresh copy of the built-in sample, or the framework sheet as it is now. */
export function resolveFramework(choice: FrameworkChoice, snapshot: WorkbookSnapshot | null): ResolvedFramework {
  if (choice.kind === "builtin") {
    const fw = getBuiltinFramework(choice.id);
    return fw
      ? { framework: fw, findings: checkFramework(fw) }
      : { framework: null, findings: [], problem: msg("unexpectedError") };
  }
  const sheet = snapshot?.sheets.find((s) => s.name === choice.sheet);
  if (!sheet) return { framework: null, findings: [], problem: msg("frameworkSheetGone", { sheet: choice.sheet }) };
  const read = readFrameworkSheet(sheet, { file: snapshot?.source });
  if (!read.framework)
    return { framework: null, findings: read.findings, problem: msg("frameworkUnreadable", { sheet: choice.sheet }) };
  return { framework: read.framework, findings: read.findings };
}

/** Survey, bonus and penalty points already typed into the workbook's summary sheet, by unit sheet. */
export function carriedInputs(snapshot: WorkbookSnapshot): Record<string, UnitInputs> {
  const summary = snapshot.sheets.find((s) => s.generated === "summary");
  return summary ? Object.fromEntries(readSummaryInputs(summary)) : {};
}

/** What the pane lists from a snapshot: every sheet, the framework sheets, the one the add-in made, and the carried inputs. */
export function workbookLists(snapshot: WorkbookSnapshot): {
  sheets: string[];
  frameworkSheets: string[];
  generatedFrameworkSheet: string | null;
  carried: Record<string, UnitInputs>;
  keptHeader: Partial<DocumentHeader>;
} {
  return {
    sheets: snapshot.sheets.map((s) => s.name),
    frameworkSheets: frameworkSheets(snapshot),
    generatedFrameworkSheet: generatedFrameworkSheet(snapshot),
    carried: carriedInputs(snapshot),
    // The header the workbook keeps (sheet "Thông tin văn bản"): what a blank field prints.
    keptHeader: documentInfoOf(snapshot.sheets),
  };
}
