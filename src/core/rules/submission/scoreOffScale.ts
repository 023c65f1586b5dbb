import type { ScoringScale } from "../../types.js";
import { displayCode } from "../../util/codes.js";
import { scoreCells } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** True when a score is one of the scale's values, or a multiple of its step (any score without either). */
function onScale(v: number, scale: ScoringScale): boolean {
  if (scale.values && scale.values.length) return scale.values.some((x) => Math.abs(x - v) < 1e-9);
  if (scale.step && scale.step > 0) {
    const k = v / scale.step;
    return Math.abs(k - Math.round(k)) < 1e-6;
  }
  return true;
}

/** A score within range that is not one of the scale's values or steps. */
export const scoreOffScale = defineSubmissionRule({
  meta: {
    id: "score-off-scale",
    severity: "warning",
    title: { vi: "Điểm không đúng thang điểm", en: "Score not on the scale" },
    description: {
      vi: "Điểm trong khoảng cho phép nhưng không thuộc thang điểm của tiêu chí (các mức điểm hoặc bội số của bước điểm).",
      en: "A score within range that is not on the criterion's scale (one of its values, or a multiple of its step).",
    },
  },
  check({ leafRows, submission, report }) {
    for (const s of scoreCells(leafRows, submission.group)) {
      // Out-of-range scores are score-negative's and score-over-max's.
      if (!s.scale || s.cell.num.kind !== "number") continue;
      const v = s.cell.num.value;
      if (!(v >= 0 && v <= s.max + 1e-9) || onScale(v, s.scale)) continue;
      const listed = s.scale.values?.length ? s.scale.values.join("; ") : undefined;
      const allowed = listed ?? `bội số của ${s.scale.step}`;
      const allowedEn = listed ?? `multiples of ${s.scale.step}`;
      report(
        s.cell.addr,
        {
          vi: `Điểm ${s.which} ${v} của tiêu chí ${displayCode(s.code)} không thuộc thang điểm (${allowed}).`,
          en: `The ${s.whichEn} score ${v} of criterion ${s.code} is not on the scale (${allowedEn}).`,
        },
        { code: s.code, expected: allowed, actual: v },
      );
    }
  },
});
