import { displayCode } from "../../util/codes.js";
import { finding } from "../findings.js";
import { ReadCell } from "../parseSubmission.js";
import { Rule } from "./rule.js";

/** An Excel error value (#REF!, #VALUE!…) in a score, subtotal or total cell: an error, never a zero. */
export const formulaError: Rule = {
  id: "formula-error",
  severity: "error",
  title: "Lỗi công thức",
  titleEn: "Formula error",
  check: ({ submission, where }) => {
    const cells: { cell: ReadCell | null; code?: string }[] = [];
    for (const m of submission.rows) cells.push({ cell: m.self, code: m.node.code }, { cell: m.appraised, code: m.node.code }, { cell: m.max, code: m.node.code });
    if (submission.totalRow) cells.push({ cell: submission.totalRow.self }, { cell: submission.totalRow.appraised });
    return cells
      .filter((x): x is { cell: ReadCell; code?: string } => x.cell !== null && x.cell.num.kind === "error")
      .map(({ cell, code }) => {
        const err = cell.num.kind === "error" ? cell.num.error : "";
        const what = code ? `tiêu chí ${displayCode(code)}` : "dòng tổng";
        const whatEn = code ? `criterion ${code}` : "the total row";
        return finding(where, "formula-error", "error", cell.addr, code,
          `Ô ${cell.addr} (${what}) có lỗi ${err}${cell.formula ? ` trong công thức ${cell.formula}` : ""}.`,
          `Cell ${cell.addr} (${whatEn}) holds the error ${err}${cell.formula ? ` in the formula ${cell.formula}` : ""}.`,
          null, err);
      });
  },
};
