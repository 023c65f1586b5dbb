// Scales and bands as people write them in a cell: "Có: 1; Không: 0", "0 - 0,5 - 1", "Bước 0,25",
// "Xuất sắc: 90; Tốt: 80; …". Reading keeps the original text; writing uses Vietnamese numbers.
import { Band, ScoringScale } from "../types.js";
import { formatVi, parseLocaleNumber } from "../util/numbers.js";
import { bandItems, parseBandItem } from "./bandsText.js";
import { headerKey } from "./layout.js";

/** A number at the end of a scale or band item: "1", "0,5 điểm", "≥ 90%". */
function trailingNumber(s: string): number | null {
  const t = s
    .replace(/(điểm|diem|đ|points?|pts?)\.?$/i, "")
    .replace(/^(≥|>=|từ|tu|>)/i, "")
    .replace(/%$/, "")
    .replace(/[\s\u00a0]+/g, "");
  return t === "" ? null : parseLocaleNumber(t);
}

const STEP = /^(bước|buoc|bước điểm|bước chấm|step)\s*[:=]?\s*(.+)$/i;

/**
 * Parses a scale cell. Always keeps the text; `ok` is false when the text is not a list of
 * values or a step (then only the text is kept, for display).
 */
export function parseScaleText(text: string): { scale: ScoringScale; ok: boolean } {
  const original = text;
  const t = text.normalize("NFC").trim();
  const step = STEP.exec(t);
  if (step) {
    const n = trailingNumber(step[2].trim());
    return n !== null && n > 0
      ? { scale: { step: n, text: original }, ok: true }
      : { scale: { text: original }, ok: false };
  }
  let parts: string[];
  if (/^[0-9.,\s\-–—;/]+$/.test(t)) {
    // Bare numbers: "0; 0,5; 1", "0 - 0,5 - 1", "0-0,5-1", "0 0,5 1".
    parts = t.split(/\s*[;/–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|\s+/);
  } else {
    parts = t.split(/\s*;\s*|\n|\s+\/\s+|\s+[-–—]\s+/);
  }
  parts = parts.map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0) return { scale: { text: original }, ok: false };
  const values: number[] = [];
  for (const p of parts) {
    const i = p.lastIndexOf(":");
    const n = trailingNumber(i >= 0 ? p.slice(i + 1).trim() : p);
    if (n === null) return { scale: { text: original }, ok: false };
    values.push(n);
  }
  if (parts.length === 1 && !parts[0].includes(":"))
    return { scale: { step: values[0], text: original }, ok: values[0] > 0 };
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  return { scale: { values: sorted, text: original }, ok: true };
}

/** The text written for a scale: its own text, else "0; 0,5; 1" or "Bước 0,25". */
export function formatScale(scale: ScoringScale | undefined): string {
  if (!scale) return "";
  if (scale.text !== undefined && scale.text !== "") return scale.text;
  if (scale.values && scale.values.length > 0) return scale.values.map((v) => formatVi(v)).join("; ");
  if (scale.step !== undefined) return `Bước ${formatVi(scale.step)}`;
  return "";
}

const BAND_EN: Record<string, string> = {
  "xuat sac": "Excellent",
  "hoan thanh xuat sac": "Excellent",
  tot: "Good",
  kha: "Fair",
  "trung binh": "Average",
  yeu: "Weak",
  kem: "Poor",
};

/** The usual English name of a Vietnamese band label ("Tốt" → "Good"), if any. */
export function bandLabelEn(label: string): string | undefined {
  return BAND_EN[headerKey(label)];
}

/**
 * Parses bands as provinces write them ("Xuất sắc: ≥ 90; Tốt: 80 – < 90", "Nhóm A: 90; Nhóm B: 80",
 * "A ≥ 90%, B từ 80% đến dưới 90%", an English name in brackets: "Tốt (Good): 80"); items that cannot
 * be read are returned in `bad`.
 */
export function parseBandsText(text: string): { bands: Band[]; bad: string[] } {
  const bands: Band[] = [];
  const bad: string[] = [];
  for (const item of bandItems(text)) {
    const read = parseBandItem(item);
    if (!read) {
      bad.push(item);
      continue;
    }
    let label = read.label;
    const min = read.min;
    let labelEn: string | undefined;
    const en = /^(.*?)\s*\(([^()]*)\)$/.exec(label);
    if (en && en[1] !== "") {
      label = en[1];
      labelEn = en[2].trim() || undefined;
    } else labelEn = bandLabelEn(label);
    bands.push(labelEn === undefined ? { label, min } : { label, labelEn, min });
  }
  return { bands, bad };
}

/** "Xuất sắc: 90; Tốt: 80; …" with an English name in brackets only when it is not the usual one. */
export function formatBands(bands: readonly Band[]): string {
  return bands
    .map((b) => {
      const en = b.labelEn !== undefined && b.labelEn !== bandLabelEn(b.label) ? ` (${b.labelEn})` : "";
      return `${b.label}${en}: ${formatVi(b.min)}`;
    })
    .join("; ");
}
