// How a generated sheet is told from a user's sheet. In Excel the mark is a worksheet custom
// property (ExcelApi 1.12), invisible to the user and carried along when the sheet is renamed.
// The command line cannot write those (ExcelJS), so it marks with a workbook name
// `_ParIndex_<kind>_<n>` pointing at A1 of the sheet (src/cli/xlsx/marker.ts); the adapter
// recognises both and writes both, so a workbook can go back and forth between the two shells.
export { isGeneratedKind, markerName, parseMarkerName } from "../core/index.js";
import { splitAddress } from "./formulaRefs.js";

/** Worksheet custom property holding the kind of a generated sheet. */
export const MARKER_PROPERTY = "ParIndex.generated";

/** Marker value of the very hidden sheet that remembers highlighted cells' original fills. */
export const HIGHLIGHT_STORE_KIND = "highlight-store";

/** Name of that sheet. */
export const HIGHLIGHT_STORE_SHEET = "_ParIndex_highlights";

/** The sheet a name's reference points into ("='Tổng hợp'!$A$1" → "Tổng hợp"); undefined for #REF! or constants. */
export function nameTargetSheet(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  if (f.includes("#REF!")) return undefined;
  return splitAddress(f).sheet;
}
