import { nodeMax } from "../../framework/model.js";
import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { defineSubmissionRule } from "./input.js";

/** The sheet's maximum for a criterion differs from the framework's. */
export const maxMismatch = defineSubmissionRule({
  meta: {
    id: "max-mismatch",
    severity: "error",
    title: { vi: "Điểm tối đa khác bộ tiêu chí", en: "Maximum differs from the framework" },
    description: {
      vi: "Điểm tối đa ghi trong bảng của một tiêu chí khác điểm tối đa trong bộ tiêu chí.",
      en: "The maximum a sheet states for a criterion differs from the framework's.",
    },
  },
  check({ submission, report }) {
    for (const m of submission.rows) {
      const c = m.max;
      // An empty maximum is allowed, and an error value is formula-error's.
      if (!c || c.num.kind === "empty" || c.num.kind === "error") continue;
      const max = nodeMax(m.node, submission.group);
      if (c.num.kind === "number" && Math.abs(c.num.value - max) < 1e-9) continue;
      report(
        c.addr,
        {
          vi: `Điểm tối đa của tiêu chí ${displayCode(m.node.code)} là ${cellText(c.raw)}, bộ tiêu chí quy định ${max}.`,
          en: `Maximum of criterion ${m.node.code} is ${cellText(c.raw)}; the framework sets ${max}.`,
        },
        { code: m.node.code, expected: max, actual: c.num.kind === "number" ? c.num.value : cellText(c.raw) },
      );
    }
  },
});
