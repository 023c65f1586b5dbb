// Excel's rules for sheet and table names, the free-name choice that keeps a user's sheet from ever
// being overwritten ("Tổng hợp" taken by the user → "Tổng hợp (2)"), and the workbook-name marker
// of generated sheets. Both shells (the add-in in Excel and the .xlsx files) use these, so they name alike.
import type { GeneratedKind } from "../types.js";

/** Longest sheet name Excel accepts (UTF-16 code units). */
export const MAX_SHEET_NAME = 31;

/** The key Excel compares sheet names by: case-insensitive, NFC (a name typed in NFD still collides). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** A name Excel accepts: []:*?/\ become "-", no edge apostrophes, ≤ 31 characters, never empty or "History". */
export function cleanSheetName(wanted: string): string {
  let s = wanted
    .normalize("NFC")
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/\p{Cc}/gu, " ");
  s = s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
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
  return `${truncate(base, MAX_SHEET_NAME - suffix.length)
    .trimEnd()
    .replace(/'+$/, "")}${suffix}`;
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

const GENERATED_KINDS: readonly GeneratedKind[] = [
  "summary",
  "ranking",
  "detail",
  "plan",
  "unit-plan",
  "analysis",
  "checks",
  "framework",
  "template",
  "document",
];
const MARKER_NAME = /^_ParIndex_([a-z_]+?)_(\d+)$/i;

/** Whether `s` is one of the generated kinds. */
export function isGeneratedKind(s: unknown): s is GeneratedKind {
  return typeof s === "string" && (GENERATED_KINDS as readonly string[]).includes(s);
}

/** The workbook name marking the n-th generated sheet of a kind: ("unit-plan", 2) → "_ParIndex_unit_plan_2" ("-" is not allowed in names). */
export function markerName(kind: GeneratedKind, n: number): string {
  return `_ParIndex_${kind.replace(/-/g, "_")}_${n}`;
}

/** The kind a workbook name marks, or undefined when it is not one of our markers. */
export function parseMarkerName(name: string): GeneratedKind | undefined {
  const m = MARKER_NAME.exec(name);
  if (!m) return undefined;
  const kind = m[1].toLowerCase().replace(/_/g, "-");
  return isGeneratedKind(kind) ? kind : undefined;
}
