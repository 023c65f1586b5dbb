import { defineFrameworkRule, factOf } from "./input.js";

/** A row with a maximum whose code is not a code (I, 1.1, 1.1.1): it is not part of the framework. */
export const frameworkCodeInvalid = defineFrameworkRule({
  meta: {
    id: "framework-code-invalid",
    severity: "error",
    title: { vi: "Mã không hợp lệ", en: "Invalid code" },
    description: {
      vi: "Mã của một dòng có điểm tối đa không có dạng I, 1.1, 1.1.1; dòng đó không được tính.",
      en: "The code of a row with a maximum is not like I, 1.1, 1.1.1; the row is not counted.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "code-unreadable");
    if (!f) return;
    ctx.report(
      f.cell,
      {
        vi: `Mã “${f.text}” không hợp lệ (cần dạng I, 1.1, 1.1.1): dòng này không được tính.`,
        en: `Code “${f.text}” is not valid (expected I, 1.1, 1.1.1): the row is not counted.`,
      },
      { actual: f.text },
    );
  },
});
