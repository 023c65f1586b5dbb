// What the task pane looks for in a workbook snapshot: framework sheets, the criteria set chosen,
// and staff entries to offer again. Pure functions over the snapshot (no Excel, no React).
import { checkFramework } from "../core/framework/checkFramework.js";
import { looksLikeFrameworkSheet } from "../core/framework/layout.js";
import { readFrameworkSheet } from "../core/framework/frameworkSheet.js";
import { getBuiltinFramework } from "../core/framework/samples.js";
import { readSummaryInputs } from "../core/plans/carryOver.js";
import { UnitInputs } from "../core/scoring/score.js";
import { Finding, Framework, WorkbookSnapshot } from "../core/types.js";
import { Message, msg } from "./i18n.js";

/** The criteria set staff chose: a built-in sample by id, or a framework sheet by name. */
export type FrameworkChoice = { kind: "builtin"; id: string } | { kind: "sheet"; sheet: string };

/** Names of the framework sheets of a workbook, in sheet order. */
export function frameworkSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter(looksLikeFrameworkSheet).map((s) => s.name);
}

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
    return fw ? { framework: fw, findings: checkFramework(fw) } : { framework: null, findings: [], problem: msg("unexpectedError") };
  }
  const sheet = snapshot?.sheets.find((s) => s.name === choice.sheet);
  if (!sheet) return { framework: null, findings: [], problem: msg("frameworkSheetGone", { sheet: choice.sheet }) };
  const read = readFrameworkSheet(sheet, { file: snapshot?.source });
  if (!read.framework) return { framework: null, findings: read.findings, problem: msg("frameworkUnreadable", { sheet: choice.sheet }) };
  return { framework: read.framework, findings: read.findings };
}

/** Survey, bonus and penalty points already typed into the workbook's summary sheet, by unit sheet. */
export function carriedInputs(snapshot: WorkbookSnapshot): Record<string, UnitInputs> {
  const summary = snapshot.sheets.find((s) => s.generated === "summary");
  return summary ? Object.fromEntries(readSummaryInputs(summary)) : {};
}
