import { num } from "../../submission/counted.js";
import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { selfScored } from "./helpers.js";
import { defineSubmissionRule } from "./input.js";

/**
 * Where the unit, answering the appraisal ("Đề xuất mức điểm"), proposes a score other than the
 * appraised one that counts (the latest round with a value): the office decides, nothing changes.
 */
export const appraisalProposal = defineSubmissionRule({
  meta: {
    id: "appraisal-proposal",
    severity: "info",
    title: { vi: "Đơn vị đề xuất mức điểm khác", en: "Unit proposes another score" },
    description: {
      vi: "Ở cột đề xuất mức điểm (giải trình của đơn vị), đơn vị đề xuất một điểm khác điểm thẩm định đang được tính.",
      en: "In its reply (proposed score column) the unit proposes a score other than the appraised score that counts.",
    },
  },
  check({ leafRows, report }) {
    for (const m of leafRows) {
      const proposed = num(m.proposal ?? null),
        appraised = num(m.appraised);
      if (!selfScored(m.node) || proposed === null || appraised === null || !(Math.abs(proposed - appraised) > 1e-9))
        continue;
      const reply = m.explanation ? ` (${m.explanation.slice(0, 120)})` : "";
      report(
        m.proposal!.addr,
        {
          vi: `Tiêu chí ${displayCode(m.node.code)}: đơn vị đề xuất ${formatVi(proposed)} điểm, điểm thẩm định ${formatVi(appraised)} (ô ${m.appraised!.addr})${reply}.`,
          en: `Criterion ${m.node.code}: the unit proposes ${proposed}, the appraised score is ${appraised} (cell ${m.appraised!.addr})${reply}.`,
        },
        { code: m.node.code, expected: appraised, actual: proposed },
      );
    }
  },
});
