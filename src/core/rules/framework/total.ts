import { formatVi, sum } from "../../util/numbers.js";
import { defineFrameworkRule, EPS, frameworkOf, message, validMax } from "./input.js";

/** The areas' maxima must add up to 100 points. */
export const frameworkTotal = defineFrameworkRule({
  meta: {
    id: "framework-total",
    severity: "error",
    title: { vi: "Tổng điểm tối đa khác 100", en: "Total is not 100" },
    description: {
      vi: "Tổng điểm tối đa của các lĩnh vực không phải 100, hoặc bộ tiêu chí không có lĩnh vực nào.",
      en: "The areas' maxima do not add up to 100, or the framework has no areas.",
    },
  },
  check(ctx) {
    const fw = frameworkOf(ctx);
    if (!fw) return;
    // Without a total row, the sheet reader names the header of the maximum column.
    const cell = ctx.location.totalCell ?? "";
    if (fw.areas.length === 0) {
      ctx.report(cell, message(ctx, "Bộ tiêu chí không có lĩnh vực nào.", "The framework has no areas."), {
        expected: 100,
        actual: 0,
      });
      return;
    }
    if (!fw.areas.every(validMax)) return;
    const total = sum(fw.areas.map((a) => a.max));
    if (Math.abs(total - 100) <= EPS) return;
    ctx.report(
      cell,
      message(
        ctx,
        `Tổng điểm tối đa của bộ tiêu chí là ${formatVi(total)}, không phải 100.`,
        `The framework's total maximum is ${total}, not 100.`,
      ),
      { expected: 100, actual: total },
    );
  },
});
