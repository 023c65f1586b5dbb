import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { Finding } from "../../types.js";
import { finding } from "../findings.js";
import { ReadCell } from "../parseSubmission.js";
import { Rule, RuleContext, selfScored } from "./rule.js";

function scoreCells(ctx: RuleContext): { cell: ReadCell; code: string; max: number; which: string; whichEn: string; scale?: { values?: number[]; step?: number } }[] {
  const out = [];
  for (const m of ctx.leafRows) {
    if (!selfScored(m.node)) continue;
    for (const [cell, which, whichEn] of [[m.self, "tự chấm", "self"], [m.appraised, "thẩm định", "appraised"]] as const) {
      if (cell && cell.num.kind !== "empty") out.push({ cell, code: m.node.code, max: m.node.max, which, whichEn, scale: m.node.scale });
    }
  }
  return out;
}

/** A unit-scored leaf without any score. */
export const scoreMissing: Rule = {
  id: "score-missing",
  severity: "error",
  title: "Thiếu điểm",
  titleEn: "Score missing",
  check: ({ leafRows, where }) =>
    leafRows
      .filter((m) => selfScored(m.node) && (!m.self || m.self.num.kind === "empty") && (!m.appraised || m.appraised.num.kind === "empty"))
      .map((m) =>
        finding(where, "score-missing", "error", m.self?.addr ?? m.codeCell, m.node.code,
          `Tiêu chí ${displayCode(m.node.code)} chưa có điểm tự đánh giá.`,
          `Criterion ${m.node.code} has no self score.`, `0–${m.node.max}`, null),
      ),
};

/** A score that is text but not a number ("đạt", "0..5"); KAD / "không áp dụng" are allowed. */
export const scoreNotNumber: Rule = {
  id: "score-not-number",
  severity: "error",
  title: "Điểm không phải là số",
  titleEn: "Score is not a number",
  check: (ctx) =>
    scoreCells(ctx)
      .filter((s) => s.cell.num.kind === "text" && !s.cell.na)
      .map((s) =>
        finding(ctx.where, "score-not-number", "error", s.cell.addr, s.code,
          `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} không phải là số: "${cellText(s.cell.raw)}".`,
          `The ${s.whichEn} score of criterion ${s.code} is not a number: "${cellText(s.cell.raw)}".`,
          `0–${s.max}`, cellText(s.cell.raw)),
      ),
};

function numeric(ctx: RuleContext, rule: string, test: (v: number, max: number) => boolean, msg: (v: number, s: { code: string; max: number; which: string }) => string, msgEn: (v: number, s: { code: string; max: number; whichEn: string }) => string): Finding[] {
  return scoreCells(ctx).flatMap((s) =>
    s.cell.num.kind === "number" && test(s.cell.num.value, s.max)
      ? [finding(ctx.where, rule, "error", s.cell.addr, s.code, msg(s.cell.num.value, s), msgEn(s.cell.num.value, s), `0–${s.max}`, s.cell.num.value)]
      : [],
  );
}

/** A negative score. */
export const scoreNegative: Rule = {
  id: "score-negative",
  severity: "error",
  title: "Điểm âm",
  titleEn: "Negative score",
  check: (ctx) =>
    numeric(ctx, "score-negative", (v) => v < 0,
      (v, s) => `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} là số âm (${v}).`,
      (v, s) => `The ${s.whichEn} score of criterion ${s.code} is negative (${v}).`),
};

/** A score above the criterion's maximum. */
export const scoreOverMax: Rule = {
  id: "score-over-max",
  severity: "error",
  title: "Điểm vượt điểm tối đa",
  titleEn: "Score above the maximum",
  check: (ctx) =>
    numeric(ctx, "score-over-max", (v, max) => v > max + 1e-9,
      (v, s) => `Điểm ${s.which} của tiêu chí ${displayCode(s.code)} (${v}) vượt điểm tối đa ${s.max}.`,
      (v, s) => `The ${s.whichEn} score of criterion ${s.code} (${v}) is above its maximum ${s.max}.`),
};

function onScale(v: number, scale: { values?: number[]; step?: number }): boolean {
  if (scale.values && scale.values.length) return scale.values.some((x) => Math.abs(x - v) < 1e-9);
  if (scale.step && scale.step > 0) {
    const k = v / scale.step;
    return Math.abs(k - Math.round(k)) < 1e-6;
  }
  return true;
}

/** A score within range that is not one of the scale's values or steps. */
export const scoreOffScale: Rule = {
  id: "score-off-scale",
  severity: "warning",
  title: "Điểm không đúng thang điểm",
  titleEn: "Score not on the scale",
  check: (ctx) =>
    scoreCells(ctx)
      .filter((s) => s.scale && s.cell.num.kind === "number" && s.cell.num.value >= 0 && s.cell.num.value <= s.max + 1e-9 && !onScale(s.cell.num.value, s.scale))
      .map((s) => {
        const allowed = s.scale!.values?.length ? s.scale!.values.join("; ") : `bội số của ${s.scale!.step}`;
        const allowedEn = s.scale!.values?.length ? s.scale!.values.join("; ") : `multiples of ${s.scale!.step}`;
        const v = s.cell.num.kind === "number" ? s.cell.num.value : 0;
        return finding(ctx.where, "score-off-scale", "warning", s.cell.addr, s.code,
          `Điểm ${s.which} ${v} của tiêu chí ${displayCode(s.code)} không thuộc thang điểm (${allowed}).`,
          `The ${s.whichEn} score ${v} of criterion ${s.code} is not on the scale (${allowedEn}).`, allowed, v);
      }),
};
