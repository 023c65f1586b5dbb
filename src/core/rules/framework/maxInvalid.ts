import { formatVi } from "../../util/numbers.js";
import {
  codesIn,
  defineFrameworkRule,
  eachNode,
  factOf,
  frameworkOf,
  message,
  metaCell,
  nodeCell,
  validMax,
} from "./input.js";

/** A maximum that is missing, not a number or negative (a node's, or the bonus or penalty maximum). */
export const frameworkMaxInvalid = defineFrameworkRule({
  meta: {
    id: "framework-max-invalid",
    severity: "error",
    title: { vi: "Điểm tối đa không hợp lệ", en: "Invalid maximum" },
    description: {
      vi: "Điểm tối đa của một mục (hoặc điểm thưởng, điểm trừ tối đa) bị trống, không phải là số hoặc âm; mục cha tạm lấy tổng các mục con.",
      en: "A node's maximum (or the bonus or penalty maximum) is missing, not a number or negative; a parent takes its children's sum.",
    },
  },
  check(ctx) {
    const { report } = ctx;
    const cellFact = factOf(ctx, "max-unreadable");
    if (cellFact) {
      const { code, text } = cellFact;
      report(
        cellFact.cell,
        cellFact.isParent
          ? {
              vi: `Mã ${code}: điểm tối đa “${text}” không phải là số; tạm lấy tổng các mục con.`,
              en: `Code ${code}: the maximum “${text}” is not a number; using the sum of its children.`,
            }
          : text === null
            ? { vi: `Mã ${code}: chưa có điểm tối đa.`, en: `Code ${code}: the maximum is missing.` }
            : {
                vi: `Mã ${code}: điểm tối đa “${text}” không phải là số.`,
                en: `Code ${code}: the maximum “${text}” is not a number.`,
              },
        { code, actual: text ?? "" },
      );
    }
    const groupFact = factOf(ctx, "group-max-unreadable");
    if (groupFact) {
      const { code, group, text } = groupFact;
      report(
        groupFact.cell,
        {
          vi: `Mã ${code}: điểm tối đa cho nhóm ${group} “${text}” không phải là số; nhóm này dùng điểm tối đa chung.`,
          en: `Code ${code}: the maximum for group ${group} “${text}” is not a number; the group takes the common maximum.`,
        },
        { code, actual: text },
      );
    }
    const jsonFact = factOf(ctx, "json-max-unreadable");
    if (jsonFact) {
      const { code, path } = jsonFact;
      const source = ctx.source ?? "JSON";
      report(
        "",
        {
          vi: `${source}, ${path}: điểm tối đa của mã ${code} không phải là số.`,
          en: `${source}, ${path}: the maximum of code ${code} is not a number.`,
        },
        { code, actual: jsonFact.actual },
      );
    }

    const fw = frameworkOf(ctx);
    if (!fw) return;
    // A maximum the reader could not read is reported once, by the reader's fact.
    const reported = codesIn(ctx.facts, "max-unreadable", "json-max-unreadable");
    eachNode(fw, (n) => {
      if (validMax(n) || reported.has(n.code)) return;
      const actual = Number.isFinite(n.max) ? n.max : null;
      report(
        nodeCell(ctx.location, n, "max"),
        message(
          ctx,
          `Mã ${n.code}: điểm tối đa không hợp lệ (${actual === null ? "không phải số" : formatVi(actual)}).`,
          `Code ${n.code}: the maximum is not valid (${actual === null ? "not a number" : actual}).`,
        ),
        { code: n.code, actual },
      );
    });
    for (const k of ["bonusMax", "penaltyMax"] as const) {
      const x = fw[k];
      if (x === undefined || (Number.isFinite(x) && x >= 0)) continue;
      const label = k === "bonusMax" ? ["Điểm thưởng tối đa", "Bonus maximum"] : ["Điểm trừ tối đa", "Penalty maximum"];
      report(metaCell(ctx.location, k), message(ctx, `${label[0]} không hợp lệ.`, `${label[1]} is not valid.`), {
        actual: Number.isFinite(x) ? x : null,
      });
    }
  },
});
