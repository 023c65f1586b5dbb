import { defineFrameworkRule, factOf } from "./input.js";

/** A titled row with a maximum but no code: it is not part of the framework. */
export const frameworkCodeMissing = defineFrameworkRule({
  meta: {
    id: "framework-code-missing",
    severity: "warning",
    title: { vi: "Dòng thiếu mã", en: "Row without a code" },
    description: {
      vi: "Một dòng của bảng có nội dung và điểm tối đa nhưng không có mã; dòng đó không được tính.",
      en: "A table row has a title and a maximum but no code; it is not counted.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "row-without-code");
    if (!f) return;
    ctx.report(
      f.cell,
      {
        vi: `Dòng ${f.row} có điểm tối đa nhưng không có mã: dòng này không được tính.`,
        en: `Row ${f.row} has a maximum but no code: it is not counted.`,
      },
      { actual: f.title },
    );
  },
});
