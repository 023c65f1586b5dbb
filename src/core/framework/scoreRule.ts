// Formula-scored criteria: a leaf's score computed by a rule over the figures a unit declares
// ("Số liệu kê khai"). The rule is written in the framework's "Cách tính điểm" column in a small
// syntax that reads like the Vietnamese text (README, "Cách tính điểm"):
//   national ratio rule   "Tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%"   (also "Quy tắc 80%")
//   proportional          "Tỷ lệ × tối đa"
//   thresholds            "100%: 1; 80 – < 100%: 0,5; < 80%: 0"
//   per-item deductions   "Mỗi văn bản chậm trừ 0,25, tối đa 1"                  (cap optional)
//   shares of the maximum "Hoàn thành xuất sắc: tối đa; tốt: 75%; hoàn thành: 50%; không: 0"
import { parseLocaleNumber, round } from "../util/numbers.js";
import { foldLoose } from "../util/text.js";
import { bandItems, parseBandItem } from "./bandsText.js";

export type ScoreRule =
  | { kind: "ratio"; full: number }
  | { kind: "proportional" }
  | { kind: "thresholds"; steps: { min: number; points: number }[] }
  | { kind: "deduct"; per: number; cap?: number }
  | { kind: "shares"; options: { label: string; share: number }[] };

/** What a unit declared for a leaf: a ratio (0–1), a count, or a chosen option ("Có", "tốt"). */
export interface DeclaredFigures {
  ratio?: number;
  count?: number;
  label?: string;
}

const num = (s: string): number | null => parseLocaleNumber(s.replace(/\s+/g, ""));

/** Lower case without diacritics, punctuation kept ("Trừ 0,25, tối đa 1" → "tru 0,25, toi da 1"). */
function plain(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads a "Cách tính điểm" cell; null when it is none of the rules above. */
export function parseScoreRule(text: string): ScoreRule | null {
  const t = text.normalize("NFC").trim();
  const f = plain(t);
  if (f === "") return null;
  // "Quy tắc 80%", "tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%".
  const national = /quy tac (\d+(?:[.,]\d+)?)\s*%/.exec(f) ?? /ty le.*?\/\s*(\d+(?:[.,]\d+)?)\s*%/.exec(f);
  if (national) {
    const full = num(national[1]);
    return full !== null && full > 0 && full <= 100 ? { kind: "ratio", full } : null;
  }
  if (/^ty le\s*[x×*]?\s*(nhan\s*)?(voi\s*)?(diem )?toi da$/.test(f.replace(/\s+/g, " ")))
    return { kind: "proportional" };
  const deduct =
    /^moi\b.*?\btru\s+(\d+(?:[.,]\d+)?)(?:\s*diem)?(?:\s*[,;]\s*toi da\s+(\d+(?:[.,]\d+)?)(?:\s*diem)?)?\s*$/.exec(f);
  if (deduct) {
    const per = num(deduct[1]);
    const cap = deduct[2] !== undefined ? num(deduct[2]) : undefined;
    if (per === null || per <= 0 || cap === null) return null;
    return cap === undefined ? { kind: "deduct", per } : { kind: "deduct", per, cap };
  }
  const items = bandItems(t);
  if (items.length < 2) return null;
  // Thresholds: every item "bounds%: points".
  const steps: { min: number; points: number }[] = [];
  for (const it of items) {
    const i = it.lastIndexOf(":");
    if (i < 0 || !/%/.test(it.slice(0, i))) break;
    const bound = parseBandItem(`x: ${it.slice(0, i)}`);
    const points = num(it.slice(i + 1).replace(/(điểm|đ)\.?$/iu, ""));
    if (!bound || points === null) return null;
    steps.push({ min: bound.min, points });
  }
  if (steps.length === items.length) return { kind: "thresholds", steps: steps.sort((a, b) => b.min - a.min) };
  // Shares of the maximum: "label: tối đa | 75% | 0".
  const options: { label: string; share: number }[] = [];
  for (const it of items) {
    const i = it.lastIndexOf(":");
    if (i <= 0) return null;
    const label = it.slice(0, i).trim();
    const v = plain(it.slice(i + 1));
    const share = /^(diem )?toi da$/.test(v)
      ? 1
      : /^0( diem)?$/.test(v)
        ? 0
        : /^\d+(?:[.,]\d+)?\s*%$/.test(v)
          ? num(v.replace("%", ""))
          : null;
    if (share === null || share < 0) return null;
    options.push({ label, share: share > 1 ? share / 100 : share });
  }
  return { kind: "shares", options };
}

/** The score the rule gives for a leaf of maximum `max` on the declared figures; null when they do not say. */
export function ruleScore(rule: ScoreRule, max: number, figures: DeclaredFigures): number | null {
  const r2 = (x: number) => round(x, 2);
  switch (rule.kind) {
    case "ratio": {
      if (figures.ratio === undefined) return null;
      const pct = figures.ratio * 100;
      return pct >= rule.full - 1e-9 ? max : r2(Math.max(0, (figures.ratio * max) / (rule.full / 100)));
    }
    case "proportional":
      return figures.ratio === undefined ? null : r2(Math.min(max, Math.max(0, figures.ratio * max)));
    case "thresholds": {
      if (figures.ratio === undefined) return null;
      const pct = figures.ratio * 100;
      for (const s of rule.steps) if (pct >= s.min - 1e-9) return Math.min(max, s.points);
      return 0;
    }
    case "deduct": {
      if (figures.count === undefined) return null;
      const lost = Math.min(figures.count * rule.per, rule.cap ?? max, max);
      return r2(max - lost);
    }
    case "shares": {
      if (figures.label === undefined) return null;
      const k = foldLoose(figures.label);
      const o = rule.options.find((x) => foldLoose(x.label) === k);
      return o ? r2(o.share * max) : null;
    }
  }
}

/**
 * A "Số liệu kê khai" cell as units write it: "49.533/62.027" or "45/50" (a ratio), "85%" or "85,5 %",
 * a count ("3", "3 văn bản"), or an option ("Có", "Không", "Hoàn thành tốt"). Null when empty.
 */
export function parseDeclared(v: unknown): DeclaredFigures | null {
  if (typeof v === "number")
    return Number.isFinite(v)
      ? v <= 1 && v >= 0 && !Number.isInteger(v)
        ? { ratio: v, count: v }
        : { count: v }
      : null;
  if (typeof v !== "string") return null;
  const t = v.normalize("NFC").trim();
  if (t === "") return null;
  const frac = /^(\d[\d.,\s]*)\s*\/\s*(\d[\d.,\s]*)$/.exec(t);
  if (frac) {
    const a = num(frac[1].replace(/\.(?=\d{3}\b)/g, ""));
    const b = num(frac[2].replace(/\.(?=\d{3}\b)/g, ""));
    if (a !== null && b !== null && b > 0) return { ratio: a / b };
  }
  const pct = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(t);
  if (pct) {
    const p = num(pct[1]);
    if (p !== null) return { ratio: p / 100 };
  }
  const count = /^(\d+)(\s+\D.*)?$/.exec(t);
  if (count) return { count: Number(count[1]) };
  return { label: t };
}
