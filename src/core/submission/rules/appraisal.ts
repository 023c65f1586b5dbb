import { displayCode } from "../../util/codes.js";
import { formatVi } from "../../util/numbers.js";
import { finding } from "../findings.js";
import { num } from "../counted.js";
import { Rule, selfScored } from "./rule.js";

/** The appraiser gave more than the unit claimed: possible, but worth a second look. */
export const appraisalAboveSelf: Rule = {
  id: "appraisal-above-self",
  severity: "warning",
  title: "Điểm thẩm định cao hơn điểm tự chấm",
  titleEn: "Appraised above self score",
  check: ({ leafRows, where }) =>
    leafRows
      .filter((m) => selfScored(m.node) && num(m.self) !== null && num(m.appraised) !== null && num(m.appraised)! > num(m.self)! + 1e-9)
      .map((m) =>
        finding(where, "appraisal-above-self", "warning", m.appraised!.addr, m.node.code,
          `Điểm thẩm định ${formatVi(num(m.appraised)!)} của tiêu chí ${displayCode(m.node.code)} cao hơn điểm tự chấm ${formatVi(num(m.self)!)}.`,
          `Appraised score ${num(m.appraised)} of criterion ${m.node.code} is above the self score ${num(m.self)}.`,
          num(m.self), num(m.appraised)),
      ),
};

/** Every score the appraiser changed, with both values. */
export const appraisalAdjusted: Rule = {
  id: "appraisal-adjusted",
  severity: "info",
  title: "Điểm đã được thẩm định điều chỉnh",
  titleEn: "Score adjusted by appraisal",
  check: ({ leafRows, where }) =>
    leafRows
      .filter((m) => selfScored(m.node) && num(m.self) !== null && num(m.appraised) !== null && Math.abs(num(m.appraised)! - num(m.self)!) > 1e-9)
      .map((m) =>
        finding(where, "appraisal-adjusted", "info", m.appraised!.addr, m.node.code,
          `Tiêu chí ${displayCode(m.node.code)}: tự chấm ${formatVi(num(m.self)!)}, thẩm định ${formatVi(num(m.appraised)!)}${m.note ? ` (${m.note.slice(0, 120)})` : ""}.`,
          `Criterion ${m.node.code}: self ${num(m.self)}, appraised ${num(m.appraised)}${m.note ? ` (${m.note.slice(0, 120)})` : ""}.`,
          num(m.self), num(m.appraised)),
      ),
};
