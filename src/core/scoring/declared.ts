// Formula-scored criteria on a unit's sheet: what the unit declared for a leaf ("Số liệu kê khai"),
// read for the leaf's rule ("Cách tính điểm"), and the score the rule gives. The rules
// `declared-invalid` and `score-off-rule` report from here, and the detail sheet shows the score.
import { parseScoreRule, ruleScore, type DeclaredFigures, type ScoreRule } from "../framework/scoreRule.js";
import { nodeMax } from "../framework/model.js";
import type { DeclaredCells, MatchedRow, ReadCell } from "../submission/parseSubmission.js";
import { formatVi, parseLocaleNumber, round } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import { isCellError, type CellValue } from "../types.js";

/** What the rule needs from the declared figures. */
export type FigureKind = "ratio" | "count" | "label";

/** The figure a rule is computed from. */
export function figureKind(rule: ScoreRule): FigureKind {
  return rule.kind === "deduct" ? "count" : rule.kind === "shares" ? "label" : "ratio";
}

/** Declared figures read for a rule: what they say (with the cell and the text shown in messages), or why not. */
export type DeclaredReading =
  | { ok: true; figures: DeclaredFigures; cell: string; vi: string; en: string }
  | { ok: false; cell: string; text: string; vi: string; en: string };

const pct = (ratio: number) => `${formatVi(round(ratio * 100, 2))}%`;
const pctEn = (ratio: number) => `${round(ratio * 100, 2)}%`;

const filled = (c: ReadCell | null | undefined): c is ReadCell => !!c && c.num.kind !== "empty";

/** A whole number as units type counts of files: "49.533" (dot thousands) is 49533, not 49,533. */
function countNumber(c: ReadCell): number | null {
  if (typeof c.raw === "number") return c.raw;
  const t = cellText(c.raw).replace(/[\s\u00a0]+/g, "");
  return parseLocaleNumber(/^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, "") : t);
}

function bad(c: ReadCell, vi: string, en: string): DeclaredReading {
  return { ok: false, cell: c.addr, text: cellText(c.raw), vi, en };
}

/** A ratio from a number in a percentage column: 0,9 (a cell formatted %) or 90 (typed as percent). */
function ratioOfNumber(c: ReadCell, v: number): DeclaredReading {
  if (v < 0 || v > 100) return bad(c, "tỷ lệ phải từ 0% đến 100%", "a ratio must be between 0% and 100%");
  const ratio = v <= 1 ? v : v / 100;
  return { ok: true, figures: { ratio }, cell: c.addr, vi: pct(ratio), en: pctEn(ratio) };
}

function readRatio(d: DeclaredCells): DeclaredReading | null {
  const n = d.numerator,
    m = d.denominator;
  if (filled(n) || filled(m)) {
    if (!filled(n)) return bad(m!, "có mẫu số nhưng thiếu tử số", "a denominator without a numerator");
    if (!filled(m)) return bad(n, "có tử số nhưng thiếu mẫu số", "a numerator without a denominator");
    const a = countNumber(n),
      b = countNumber(m);
    if (a === null || a < 0)
      return bad(n, "tử số không phải là số không âm", "the numerator is not a non-negative number");
    if (b === null || b <= 0) return bad(m, "mẫu số phải là số lớn hơn 0", "the denominator must be a number above 0");
    if (a > b) return bad(n, "tử số lớn hơn mẫu số", "the numerator exceeds the denominator");
    const ratio = a / b;
    return {
      ok: true,
      figures: { ratio },
      cell: n.addr,
      vi: `${formatVi(a)}/${formatVi(b)} = ${pct(ratio)}`,
      en: `${a}/${b} = ${pctEn(ratio)}`,
    };
  }
  for (const c of [d.percent, d.value]) {
    if (!filled(c)) continue;
    if (typeof c.raw === "number") return ratioOfNumber(c, c.raw);
    const t = cellText(c.raw).normalize("NFC").trim();
    const frac = /^(\d[\d.,\s]*)\s*\/\s*(\d[\d.,\s]*)$/.exec(t);
    if (frac) {
      const strip = (s: string) => parseLocaleNumber(s.replace(/\s+/g, "").replace(/\.(?=\d{3}\b)/g, ""));
      const a = strip(frac[1]),
        b = strip(frac[2]);
      if (a === null || b === null || b <= 0) return bad(c, "mẫu số phải lớn hơn 0", "the denominator must be above 0");
      if (a > b) return bad(c, "tử số lớn hơn mẫu số", "the numerator exceeds the denominator");
      const ratio = a / b;
      return {
        ok: true,
        figures: { ratio },
        cell: c.addr,
        vi: `${formatVi(a)}/${formatVi(b)} = ${pct(ratio)}`,
        en: `${a}/${b} = ${pctEn(ratio)}`,
      };
    }
    const p = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(t);
    const v = p ? parseLocaleNumber(p[1]) : null;
    if (v !== null && t.endsWith("%")) {
      if (v < 0 || v > 100) return bad(c, "tỷ lệ phải từ 0% đến 100%", "a ratio must be between 0% and 100%");
      return { ok: true, figures: { ratio: v / 100 }, cell: c.addr, vi: pct(v / 100), en: pctEn(v / 100) };
    }
    if (v !== null) return ratioOfNumber(c, v);
    return bad(
      c,
      "không đọc được tỷ lệ (viết “45/50”, “90%” hoặc hai cột Tử số, Mẫu số)",
      "no ratio could be read (write “45/50”, “90%”, or the two columns Tử số, Mẫu số)",
    );
  }
  return null;
}

const NONE = /^(khong|khong co|0)$/;

function readCount(d: DeclaredCells): DeclaredReading | null {
  const c = [d.value, d.numerator, d.percent].find(filled);
  if (!c) return null;
  const t = foldLoose(cellText(c.raw));
  if (NONE.test(t)) return { ok: true, figures: { count: 0 }, cell: c.addr, vi: "0", en: "0" };
  const n = typeof c.raw === "number" ? c.raw : /^(\d+)(\s+\D.*)?$/.test(t) ? Number(/^\d+/.exec(t)![0]) : null;
  if (n === null || n < 0 || !Number.isInteger(n))
    return bad(
      c,
      "số lượng phải là số nguyên không âm (ví dụ “3 văn bản”)",
      "a count must be a whole number (e.g. “3 văn bản”)",
    );
  return { ok: true, figures: { count: n }, cell: c.addr, vi: formatVi(n), en: String(n) };
}

/** The rule's option a declared label names: the same words, else the only option it ends with ("Hoàn thành tốt" → "tốt"). */
export function matchOption(rule: ScoreRule & { kind: "shares" }, label: string): string | null {
  const k = foldLoose(label);
  const exact = rule.options.find((o) => foldLoose(o.label) === k);
  if (exact) return exact.label;
  // A negation is never the positive option it ends with ("Không hoàn thành" is not "hoàn thành").
  if (/^(khong|chua)\b/.test(k)) return null;
  const ends = rule.options.filter((o) => ` ${k}`.endsWith(` ${foldLoose(o.label)}`));
  return ends.length === 1 ? ends[0].label : null;
}

function readLabel(d: DeclaredCells, rule: ScoreRule & { kind: "shares" }): DeclaredReading | null {
  const c = [d.value].find(filled);
  if (!c) return null;
  const raw: CellValue = c.raw;
  const text = typeof raw === "boolean" ? (raw ? "Có" : "Không") : cellText(raw).trim();
  const label = isCellError(raw) ? null : matchOption(rule, text);
  if (label === null) {
    const list = rule.options.map((o) => o.label).join("; ");
    return bad(c, `không khớp mức nào của cách tính điểm (${list})`, `matches none of the rule's options (${list})`);
  }
  return { ok: true, figures: { label }, cell: c.addr, vi: text, en: text };
}

/** True when a declared cell says the criterion does not apply (KAD, "Không áp dụng"). */
function notApplicable(d: DeclaredCells): boolean {
  return [d.value, d.numerator, d.denominator, d.percent].some((c) => c?.na);
}

/** Reads a row's declared figures for a rule; null when the row declares nothing (or marks it not applicable). */
export function readDeclared(d: DeclaredCells | undefined, rule: ScoreRule): DeclaredReading | null {
  if (!d || notApplicable(d)) return null;
  for (const c of [d.value, d.numerator, d.denominator, d.percent])
    if (c && c.num.kind === "error")
      return bad(c, `ô có lỗi ${c.num.error}`, `the cell holds the error ${c.num.error}`);
  const kind = figureKind(rule);
  if (kind === "ratio") return readRatio(d);
  if (kind === "count") return readCount(d);
  return readLabel(d, rule as ScoreRule & { kind: "shares" });
}

/** A formula-scored leaf's row, read: its rule, what the unit declared, and the score the rule gives. */
export interface FormulaScore {
  rule: ScoreRule;
  ruleText: string;
  reading: DeclaredReading;
  /** The score the rule gives (null when the figures could not be read). */
  expected: number | null;
}

/**
 * The score a leaf's "Cách tính điểm" gives on the figures the unit declared on its row, for a unit
 * of `group` (its own maximum); null when the leaf has no rule or the row declares nothing.
 */
export function formulaScore(m: MatchedRow, group = ""): FormulaScore | null {
  const ruleText = m.node.ruleText;
  if (!ruleText || m.node.children.length > 0 || m.node.source !== "self") return null;
  const rule = parseScoreRule(ruleText);
  if (!rule) return null;
  const reading = readDeclared(m.declared, rule);
  if (!reading) return null;
  const expected = reading.ok ? ruleScore(rule, nodeMax(m.node, group), reading.figures) : null;
  return { rule, ruleText, reading, expected };
}
