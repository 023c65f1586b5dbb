// Which criteria set to use when staff named none: one policy for both shells.
import type { Framework, SheetSnapshot, WorkbookSnapshot } from "../types.js";
import { readFrameworkSheet, ReadFrameworkResult } from "./frameworkSheet.js";
import { looksLikeFrameworkSheet } from "./layout.js";
import { getBuiltinFramework } from "./samples.js";

/** The built-in sample used when the inputs hold no readable framework sheet. */
export const DEFAULT_FRAMEWORK_ID = "mau-cap-xa";

/** The criteria set staff chose: a built-in sample by id, or a framework sheet by name. */
export type FrameworkChoice = { kind: "builtin"; id: string } | { kind: "sheet"; sheet: string };

/** A default choice, with what was read to make it. */
export type DefaultFramework =
  | { kind: "sheet"; sheet: SheetSnapshot; read: ReadFrameworkResult & { framework: Framework } }
  | { kind: "builtin"; id: string; framework: Framework; unreadable: SheetSnapshot[] };

/** Names of the sheets that look like a framework sheet ("Bộ tiêu chí"), in sheet order. */
export function frameworkSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter(looksLikeFrameworkSheet).map((s) => s.name);
}

/**
 * The criteria set to use when staff named none: the first sheet that looks like a framework sheet
 * ("Bộ tiêu chí") and yields a framework, else the built-in commune sample, with the framework-like
 * sheets that could not be read (so a shell can say why it did not use them).
 */
export function defaultFramework(snapshot: WorkbookSnapshot | null): DefaultFramework {
  const unreadable: SheetSnapshot[] = [];
  for (const sheet of snapshot?.sheets ?? []) {
    if (!looksLikeFrameworkSheet(sheet)) continue;
    const read = readFrameworkSheet(sheet, { file: sheet.file ?? snapshot?.source });
    if (read.framework) return { kind: "sheet", sheet, read: { ...read, framework: read.framework } };
    unreadable.push(sheet);
  }
  return {
    kind: "builtin",
    id: DEFAULT_FRAMEWORK_ID,
    framework: getBuiltinFramework(DEFAULT_FRAMEWORK_ID)!,
    unreadable,
  };
}

/**
 * defaultFramework as the task pane's first choice. A framework sheet that cannot be read is chosen
 * all the same, so that the pane shows staff what the sheet lacks instead of silently using a sample.
 */
export function defaultFrameworkChoice(snapshot: WorkbookSnapshot | null): FrameworkChoice {
  const d = defaultFramework(snapshot);
  if (d.kind === "sheet") return { kind: "sheet", sheet: d.sheet.name };
  if (d.unreadable.length) return { kind: "sheet", sheet: d.unreadable[0].name };
  return { kind: "builtin", id: d.id };
}
