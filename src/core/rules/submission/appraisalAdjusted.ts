import { num } from "../../submission/counted.js";
import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** Every score the appraiser changed, with both values (and the appraiser's note). */
export const appraisalAdjusted = defineSubmissionRule({
  meta: {
    id: "appraisal-adjusted",
    severity: "info",
    title: { vi: "Điểm đã được thẩm định điều chỉnh", en: "Score adjusted by appraisal" },
    description: {
      vi: "Điểm thẩm định của một tiêu chí khác điểm tự chấm (kèm ý kiến thẩm định nếu có).",
      en: "A criterion's appraised score differs from its self score (with the appraiser's note, if any).",
    },
  },
  check({ leafRows, report }) {
    for (const m of leafRows) {
      const self = num(m.self),
        appraised = num(m.appraised);
      if (!selfScored(m.node) || self === null || appraised === null || !(Math.abs(appraised - self) > 1e-9)) continue;
      const note = m.note ? ` (${m.note.slice(0, 120)})` : "";
      report(
        m.appraised!.addr,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)}: tự chấm ${formatVi(self)}, thẩm định ${formatVi(appraised)}${note}.`,
          en: `Criterion ${m.node.code}: self ${self}, appraised ${appraised}${note}.`,
        },
        { code: m.node.code, expected: self, actual: appraised },
      );
    }
  },
});
