import { defineSubmissionRule } from "./input.js";

/** No ranking group could be decided for the unit: it is not ranked until staff choose one. */
export const groupUnknown = defineSubmissionRule({
  meta: {
    id: "group-unknown",
    severity: "error",
    title: { vi: "Không xác định được nhóm của đơn vị", en: "Unit's group unknown" },
    description: {
      vi: "Tên đơn vị không khớp nhóm nào của bộ tiêu chí (tên nhóm, từ khóa), và không có bảng “Đơn vị | Nhóm”, tệp --groups hay lựa chọn của cán bộ cho đơn vị; đơn vị chưa được xếp hạng.",
      en: "The unit's name matches none of the framework's groups (names, keywords), and no “Đơn vị | Nhóm” table, --groups file or staff choice names its group; the unit is not ranked.",
    },
  },
  check({ submission, framework, report }) {
    // Without a header the unit is not looked for: header-missing says all there is to say.
    if (!submission.header || submission.groupSource !== "unknown") return;
    const groups = framework.groups.join("; ");
    report(
      submission.unitCell || "A1",
      {
        vi: `Không xác định được nhóm xếp hạng của “${submission.unit}” (các nhóm của bộ tiêu chí: ${groups}). Hãy chọn nhóm trong ngăn tác vụ, thêm bảng “Đơn vị | Nhóm” hoặc dùng --groups; đơn vị chưa được xếp hạng.`,
        en: `The ranking group of “${submission.unit}” cannot be decided (the framework's groups: ${groups}). Choose it in the task pane, add a “Đơn vị | Nhóm” table or use --groups; the unit is not ranked.`,
      },
      { expected: groups, actual: null },
    );
  },
});
