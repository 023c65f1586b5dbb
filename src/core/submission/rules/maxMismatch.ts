import { displayCode } from "../../util/codes.js";
import { cellText } from "../../util/text.js";
import { finding } from "../findings.js";
import { Rule } from "./rule.js";

/** The sheet's maximum for a criterion differs from the framework's. */
export const maxMismatch: Rule = {
  id: "max-mismatch",
  severity: "error",
  title: "Điểm tối đa khác bộ tiêu chí",
  titleEn: "Maximum differs from the framework",
  check: ({ submission, where }) =>
    submission.rows.flatMap((m) => {
      const c = m.max;
      if (!c || c.num.kind === "empty" || c.num.kind === "error") return [];
      if (c.num.kind === "number" && Math.abs(c.num.value - m.node.max) < 1e-9) return [];
      return [
        finding(where, "max-mismatch", "error", c.addr, m.node.code,
          `Điểm tối đa của tiêu chí ${displayCode(m.node.code)} là ${cellText(c.raw)}, bộ tiêu chí quy định ${m.node.max}.`,
          `Maximum of criterion ${m.node.code} is ${cellText(c.raw)}; the framework sets ${m.node.max}.`,
          m.node.max, c.num.kind === "number" ? c.num.value : cellText(c.raw)),
      ];
    }),
};
