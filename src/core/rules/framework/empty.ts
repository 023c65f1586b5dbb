import { defineFrameworkRule, factOf } from "./input.js";

/** A framework sheet with a header but no coded row below it: there is no framework. */
export const frameworkEmpty = defineFrameworkRule({
  meta: {
    id: "framework-empty",
    severity: "error",
    title: { vi: "Bộ tiêu chí trống", en: "Empty framework" },
    description: {
      vi: "Dưới dòng tiêu đề bảng không có tiêu chí nào có mã hợp lệ.",
      en: "No criterion with a valid code below the table header.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "no-criteria");
    if (!f) return;
    ctx.report(f.cell, {
      vi: "Không có tiêu chí nào có mã hợp lệ dưới dòng tiêu đề bảng.",
      en: "No criterion with a valid code below the table header.",
    });
  },
});
