import type { ReadCell } from "../../submission/parseSubmission.js";
import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** An Excel error value (#REF!, #VALUE!…) in a score, subtotal or total cell: an error, never a zero. */
export const formulaError = defineSubmissionRule({
  meta: {
    id: "formula-error",
    severity: "error",
    title: { vi: "Lỗi công thức", en: "Formula error" },
    description: {
      vi: "Ô điểm, ô tổng lĩnh vực hoặc ô tổng điểm có giá trị lỗi của Excel (#REF!, #VALUE!…).",
      en: "A score, subtotal or total cell holds an Excel error value (#REF!, #VALUE!…).",
    },
  },
  check({ submission, report }) {
    // Row by row: self, appraised, then the maximum; the grand total last.
    const cells: { cell: ReadCell | null; code?: string }[] = [];
    for (const m of submission.rows)
      cells.push(
        { cell: m.self, code: m.node.code },
        { cell: m.appraised, code: m.node.code },
        { cell: m.max, code: m.node.code },
      );
    if (submission.totalRow) cells.push({ cell: submission.totalRow.self }, { cell: submission.totalRow.appraised });
    for (const { cell, code } of cells) {
      if (!cell || cell.num.kind !== "error") continue;
      const err = cell.num.error;
      const what = code ? `tiêu chí ${displayCode(code)}` : "dòng tổng";
      const whatEn = code ? `criterion ${code}` : "the total row";
      report(
        cell.addr,
        {
          vi: `Ô ${cell.addr} (${what}) có lỗi ${err}${cell.formula ? ` trong công thức ${cell.formula}` : ""}.`,
          en: `Cell ${cell.addr} (${whatEn}) holds the error ${err}${cell.formula ? ` in the formula ${cell.formula}` : ""}.`,
        },
        { code, expected: null, actual: err },
      );
    }
  },
});
