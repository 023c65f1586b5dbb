import { defineFrameworkRule, eachNode, factOf, frameworkOf, message, nodeCell } from "./input.js";

/** A code used twice: in a sheet the second row is not counted. */
export const frameworkDuplicateCode = defineFrameworkRule({
  meta: {
    id: "framework-duplicate-code",
    severity: "error",
    title: { vi: "Mã bị trùng", en: "Duplicate code" },
    description: {
      vi: "Hai dòng (hoặc hai mục) của bộ tiêu chí có cùng mã; dòng sau không được tính.",
      en: "Two rows (or nodes) of the framework have the same code; the later one is not counted.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "code-repeated");
    if (f) {
      // Excel turns a code typed as the number 1.10 into 1.1, which then collides with 1.1.
      const hint = f.typedAsNumber;
      ctx.report(
        f.cell,
        {
          vi:
            `Mã ${f.code} bị trùng với dòng ${f.firstRow}: dòng này không được tính.` +
            (hint ? " Mã được nhập dạng số, Excel có thể đã đổi 1.10 thành 1.1: hãy nhập mã dạng văn bản." : ""),
          en:
            `Code ${f.code} duplicates row ${f.firstRow}: this row is not counted.` +
            (hint ? " The code was typed as a number; Excel may have turned 1.10 into 1.1: type codes as text." : ""),
        },
        { code: f.code, actual: f.text },
      );
    }
    const fw = frameworkOf(ctx);
    if (!fw) return;
    const seen = new Set<string>();
    eachNode(fw, (n) => {
      if (seen.has(n.code)) {
        ctx.report(
          nodeCell(ctx.location, n, "code"),
          message(
            ctx,
            `Mã ${n.code} bị trùng: mã này đã có ở dòng trên.`,
            `Code ${n.code} is a duplicate: it already appears above.`,
          ),
          { code: n.code },
        );
      }
      seen.add(n.code);
    });
  },
});
