import { defineFrameworkRule, eachNode, frameworkOf, message, nodeCell } from "./input.js";

/** A node without a title. */
export const frameworkTitleEmpty = defineFrameworkRule({
  meta: {
    id: "framework-title-empty",
    severity: "warning",
    title: { vi: "Tiêu chí chưa có nội dung", en: "Criterion without a title" },
    description: {
      vi: "Một mục của bộ tiêu chí có mã nhưng chưa có nội dung.",
      en: "A node of the framework has a code but no title.",
    },
  },
  check(ctx) {
    const fw = frameworkOf(ctx);
    if (!fw) return;
    eachNode(fw, (n) => {
      if (n.title.trim() !== "") return;
      ctx.report(
        nodeCell(ctx.location, n, "title"),
        message(ctx, `Mã ${n.code}: chưa có nội dung tiêu chí.`, `Code ${n.code}: the title is empty.`),
        { code: n.code },
      );
    });
  },
});
