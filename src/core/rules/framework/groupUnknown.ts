import { foldLoose } from "../../util/text.js";
import { defineFrameworkRule, eachNode, frameworkOf, message, nodeCell } from "./input.js";

/** A group named in “applies to” that the framework does not declare. */
export const frameworkGroupUnknown = defineFrameworkRule({
  meta: {
    id: "framework-group-unknown",
    severity: "warning",
    title: { vi: "Nhóm áp dụng không có trong danh sách", en: "Unknown group in “applies to”" },
    description: {
      vi: "Ô “Áp dụng cho” của một mục nêu nhóm đơn vị không có trong danh sách nhóm của bộ tiêu chí.",
      en: "A node's “applies to” names a group that is not among the framework's groups.",
    },
  },
  check(ctx) {
    const fw = frameworkOf(ctx);
    // Without a list of groups there is nothing to compare with.
    if (!fw || fw.groups.length === 0) return;
    const known = new Set(fw.groups.map(foldLoose));
    const groups = fw.groups.join("; ");
    eachNode(fw, (n) => {
      const unknown = (n.appliesTo ?? []).filter((g) => !known.has(foldLoose(g)));
      if (unknown.length === 0) return;
      const named = unknown.join("; ");
      ctx.report(
        nodeCell(ctx.location, n, "appliesTo"),
        message(
          ctx,
          `Mã ${n.code}: nhóm “${named}” không có trong danh sách nhóm đơn vị (${groups}).`,
          `Code ${n.code}: group “${named}” is not among the framework's groups (${groups}).`,
        ),
        { code: n.code, expected: groups, actual: named },
      );
    });
  },
});
