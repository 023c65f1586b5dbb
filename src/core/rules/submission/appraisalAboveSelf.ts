import { num } from "../../submission/counted.js";
import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** The appraiser gave more than the unit claimed: possible, but worth a second look. */
export const appraisalAboveSelf = defineSubmissionRule({
  meta: {
    id: "appraisal-above-self",
    severity: "warning",
    title: { vi: "Điểm thẩm định cao hơn điểm tự chấm", en: "Appraised above self score" },
    description: {
      vi: "Điểm thẩm định của một tiêu chí cao hơn điểm đơn vị tự chấm.",
      en: "A criterion's appraised score is above the unit's self score.",
    },
  },
  check({ leafRows, report }) {
    for (const m of leafRows) {
      const self = num(m.self),
        appraised = num(m.appraised);
      if (!selfScored(m.node) || self === null || appraised === null || !(appraised > self + 1e-9)) continue;
      report(
        m.appraised!.addr,
        {
          vi: `Điểm thẩm định ${formatVi(appraised)} của tiêu chí ${displayCode(m.node.code)} cao hơn điểm tự chấm ${formatVi(self)}.`,
          en: `Appraised score ${appraised} of criterion ${m.node.code} is above the self score ${self}.`,
        },
        { code: m.node.code, expected: self, actual: appraised },
      );
    }
  },
});
