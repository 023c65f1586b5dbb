import { CellValue, isCellError } from "../types.js";

/** Result of reading a number as a person typed it. */
export type ParsedNumber =
  | { kind: "empty" }
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string };

/** Reads `0,5`, `0.5`, ` 1 `, `1.234,5`, `1,234.5`, numbers and Excel errors; anything else is text. */
export function parseNumber(v: CellValue | undefined): ParsedNumber {
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number")
    return Number.isFinite(v) ? { kind: "number", value: v, fromText: false } : { kind: "text", text: String(v) };
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  if (isCellError(v)) return { kind: "error", error: v.error };
  const raw = v.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, "");
  if (raw === "") return { kind: "empty" };
  if (/^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/i.test(raw))
    return { kind: "error", error: raw.toUpperCase() };
  const n = parseLocaleNumber(raw);
  return n === null ? { kind: "text", text: v } : { kind: "number", value: n, fromText: true };
}

/** Parses a number written with a decimal comma or point, optional thousands separators. */
export function parseLocaleNumber(raw: string): number | null {
  let s = raw.replace(/^\+/, "");
  if (!/^-?[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const commas = (s.match(/,/g) || []).length;
  const dots = (s.match(/\./g) || []).length;
  if (commas && dots) {
    // The later separator is the decimal one: 1.234,5 or 1,234.5
    const dec = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = dec === "," ? "." : ",";
    if ((s.match(dec === "," ? /,/g : /\./g) || []).length > 1) return null;
    s = s.split(group).join("").replace(dec, ".");
  } else if (commas === 1) {
    s = s.replace(",", ".");
  } else if (commas > 1) {
    if (!/^-?\d{1,3}(,\d{3})+$/.test(s)) return null;
    s = s.split(",").join("");
  } else if (dots > 1) {
    if (!/^-?\d{1,3}(\.\d{3})+$/.test(s)) return null;
    s = s.split(".").join("");
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Rounds to `digits` decimals the way a person expects (0.125 → 0.13), free of binary noise. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
}

/** Sum free of binary noise for point values like 0.25 and 0.1 (rounded to 6 decimals). */
export function sum(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return round(t, 6);
}

// toLocaleString builds a new Intl.NumberFormat on every call (~20 µs); findings and plans format
// thousands of numbers, so the formatters are made once per number of digits.
const VI_FORMATS = new Map<number | undefined, Intl.NumberFormat>();

/** Vietnamese display of a number: decimal comma, dot thousands (87,26; 1.234,5). */
export function formatVi(x: number, digits?: number): string {
  let f = VI_FORMATS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat(
      "vi-VN",
      digits === undefined
        ? { maximumFractionDigits: 6 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    VI_FORMATS.set(digits, f);
  }
  return f.format(x);
}

/**
 * The decimal and group separators a text number was typed with, read the way parseLocaleNumber
 * reads it ("0,5" and "1.234,5": decimal comma; "0.5" and "1,234.5": decimal point), so that
 * NUMBERVALUE(cell, decimal, group) in a live formula gives the engine's value.
 */
export function textNumberSeparators(raw: string): { decimal: "," | "."; group: "," | "." } {
  const s = raw.replace(/[\s\u00a0\u200b]+/g, "");
  const commas = (s.match(/,/g) || []).length;
  const dots = (s.match(/\./g) || []).length;
  let decimal: "," | ".";
  if (commas && dots) decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  else if (commas) decimal = commas === 1 ? "," : ".";
  else if (dots) decimal = dots === 1 ? "." : ",";
  else decimal = ",";
  return { decimal, group: decimal === "," ? "." : "," };
}

/** NUMBERVALUE(ref, …) with the separators of the text the cell holds now. */
export function numberValueFormula(ref: string, raw: string): string {
  const { decimal, group } = textNumberSeparators(raw);
  return `NUMBERVALUE(${ref},"${decimal}","${group}")`;
}
