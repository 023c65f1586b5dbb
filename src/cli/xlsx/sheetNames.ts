// Excel's sheet-name rules, applied before ExcelJS sees a name (ExcelJS throws on a bad name and
// silently truncates a long one, which could make two units collide).
import type * as ExcelJS from "exceljs";

/** Longest sheet name Excel accepts (UTF-16 code units). */
export const MAX_SHEET_NAME = 31;

/** The key Excel compares sheet names by: case-insensitive, NFC (Vietnamese typed as NFD must still collide). */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** A name Excel accepts: forbidden characters []:*?/\ become "-", no edge apostrophes, ≤ 31 characters, never empty or "History". */
export function cleanSheetName(wanted: string): string {
  let s = wanted.normalize("NFC").replace(/[[\]:*?/\\]/g, "-").replace(/\p{Cc}/gu, " ");
  s = s.replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  s = truncate(s, MAX_SHEET_NAME).replace(/'+$/, "").trim();
  if (s === "" || s.toLowerCase() === "history") s = s === "" ? "Sheet" : `${s} (1)`;
  return s;
}

/** A valid name, based on `wanted`, that no sheet of the workbook has (Excel rules); "Tổng hợp" → "Tổng hợp (2)". */
export function freeSheetName(workbook: ExcelJS.Workbook, wanted: string, alsoTaken: Iterable<string> = []): string {
  const taken = new Set<string>([...workbook.worksheets.map((w) => sheetNameKey(w.name)), ...[...alsoTaken].map(sheetNameKey)]);
  for (const name of nameVariants(wanted)) if (!taken.has(sheetNameKey(name))) return name;
  throw new Error("unreachable: nameVariants never ends");
}

/** The candidate names for `wanted` in order: the cleaned name, then "name (2)", "name (3)" … each ≤ 31 characters. */
export function* nameVariants(wanted: string): Generator<string> {
  const base = cleanSheetName(wanted);
  yield base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    yield `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd().replace(/'+$/, "")}${suffix}`;
  }
}

// Cuts by code points so a surrogate pair is never split; the limit is in UTF-16 units as Excel counts.
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
