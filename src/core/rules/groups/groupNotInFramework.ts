import { foldLoose } from "../../util/text.js";
import { defineGroupTableRule } from "./input.js";

/** A group table names a group the framework does not have: the entry is not used. */
export const groupNotInFramework = defineGroupTableRule({
  meta: {
    id: "group-not-in-framework",
    severity: "error",
    title: { vi: "Nhóm không có trong bộ tiêu chí", en: "Group not in the framework" },
    description: {
      vi: "Bảng “Đơn vị | Nhóm” ghi cho một đơn vị một nhóm mà bộ tiêu chí không có; dòng đó không được dùng.",
      en: "A “Đơn vị | Nhóm” table gives a unit a group the framework does not have; that row is not used.",
    },
  },
  check({ entries, groups, report }) {
    if (groups.length === 0) return;
    const known = new Set(groups.map(foldLoose));
    const list = groups.join("; ");
    for (const e of entries) {
      if (known.has(foldLoose(e.group))) continue;
      report(
        e.cell ?? "A1",
        {
          vi: `Nhóm “${e.group}” của ${e.unit} không có trong bộ tiêu chí (các nhóm: ${list}); dòng này không được dùng.`,
          en: `Group “${e.group}” of ${e.unit} is not one of the framework's groups (${list}); this row is not used.`,
        },
        { expected: list, actual: e.group, at: { sheet: e.sheet ?? "", file: e.file } },
      );
    }
  },
});
