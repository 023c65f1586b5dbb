// Excel's rules for sheet and table names, and the free-name choice that keeps a user's sheet from
// ever being overwritten ("Tổng hợp" taken by the user → "Tổng hợp (2)"). Same rules as the CLI's
// src/cli/xlsx/sheetNames.ts (the two shells must name sheets alike).

/** Longest sheet name Excel accepts (UTF-16 code units). */
export const MAX_SHEET_NAME = 31;

/** The key Excel compares sheet names by: case-insensitive, NFC (a name typed in NFD still collides). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** A name Excel accepts: []:*?/\ become "-", no edge apostrophes, ≤ 31 characters, never empty or "History". */
export function cleanSheetName(wanted: string): string {
  let s = wanted.normalize("NFC").replace(/[[\]:*?/\\]/g, "-").replace(/\p{Cc}/gu, " ");
  s = s.replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  s = truncate(s, MAX_SHEET_NAME).replace(/'+$/, "").trim();
  if (s === "") return "Sheet";
  return s.toLowerCase() === "history" ? `${s} (1)` : s;
}

/** Candidate names for `wanted`, in order: the cleaned name, then "name (2)", "name (3)" …, each ≤ 31 characters. */
export function* nameVariants(wanted: string): Generator<string> {
  const base = cleanSheetName(wanted);
  yield base;
  for (let i = 2; ; i++) yield variant(base, i);
}

function variant(base: string, i: number): string {
  const suffix = ` (${i})`;
  return `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd().replace(/'+$/, "")}${suffix}`;
}

/** The first variant of `wanted` whose key is not in `taken` (keys from nameKey). */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  for (const name of nameVariants(wanted)) if (!taken.has(nameKey(name))) return name;
  throw new Error("unreachable: nameVariants never ends");
}

/** Whether `name` is `wanted` itself or one of its numbered variants ("Tổng hợp (3)"). */
export function isVariantOf(name: string, wanted: string): boolean {
  const key = nameKey(name);
  if (key === nameKey(cleanSheetName(wanted))) return true;
  const m = / \((\d+)\)$/.exec(key);
  if (!m || Number(m[1]) < 2) return false;
  return key === nameKey(variant(cleanSheetName(wanted), Number(m[1])));
}

/** A valid Excel table name from `wanted`: letters, digits, "_" and "."; starts with a letter or "_"; not a cell address. */
export function cleanTableName(wanted: string): string {
  let s = wanted.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  s = s.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(s)) s = `_${s}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[RrCc]\d*$/.test(s) || /^[Rr]\d*[Cc]\d*$/.test(s)) s = `_${s}`;
  return s.slice(0, 250);
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
