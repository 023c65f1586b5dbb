import { countedScore } from "../../submission/counted.js";
import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/** A leaf marked not applicable, and how the framework's rule treats it. */
export const notApplicable = defineSubmissionRule({
  meta: {
    id: "not-applicable",
    severity: "info",
    title: { vi: "Tiêu chí không áp dụng", en: "Criterion not applicable" },
    description: {
      vi: "Điểm được tính của một tiêu chí ghi không áp dụng (KAD, không phát sinh…), và cách bộ tiêu chí tính tiêu chí đó.",
      en: "The counted score of a criterion is marked not applicable (KAD, N/A…), and how the framework counts it.",
    },
  },
  check({ leafRows, framework, report }) {
    const rescale = framework.notApplicableRule === "rescale";
    const rule = rescale ? "bỏ điểm tối đa và quy đổi về thang 100" : "được tính điểm tối đa";
    const ruleEn = rescale ? "its maximum is removed and the result rescaled to 100" : "it is awarded its maximum";
    for (const m of leafRows) {
      if (!selfScored(m.node)) continue;
      const counted = countedScore(m);
      if (!counted.notApplicable) continue;
      const c = counted.cell!;
      report(
        c.addr,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)} ghi "${cellText(c.raw)}" (không áp dụng): ${rule}.`,
          en: `Criterion ${m.node.code} is marked "${cellText(c.raw)}" (not applicable): ${ruleEn}.`,
        },
        { code: m.node.code, expected: null, actual: cellText(c.raw) },
      );
    }
  },
});
