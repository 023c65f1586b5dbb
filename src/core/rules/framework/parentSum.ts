import { formatVi, round, sum } from "../../util/numbers.js";
import { defineFrameworkRule, EPS, eachNode, frameworkOf, message, nodeCell, validMax } from "./input.js";

/** A parent whose maximum is not the sum of its children's. */
export const frameworkParentSum = defineFrameworkRule({
  meta: {
    id: "framework-parent-sum",
    severity: "error",
    title: { vi: "Điểm tối đa mục cha khác tổng mục con", en: "Parent maximum is not the children's sum" },
    description: {
      vi: "Điểm tối đa của một lĩnh vực hoặc tiêu chí khác tổng điểm tối đa của các mục con.",
      en: "The maximum of an area or criterion differs from the sum of its children's maxima.",
    },
  },
  check(ctx) {
    const fw = frameworkOf(ctx);
    if (!fw) return;
    eachNode(fw, (n) => {
      // A maximum that is not a number is framework-max-invalid's; no sum is checked on top of it.
      if (n.children.length === 0 || !validMax(n) || !n.children.every(validMax)) return;
      const s = sum(n.children.map((c) => c.max));
      if (Math.abs(s - round(n.max, 6)) <= EPS) return;
      ctx.report(
        nodeCell(ctx.location, n, "max"),
        message(
          ctx,
          `Mã ${n.code}: điểm tối đa ${formatVi(n.max)} khác tổng điểm tối đa của các mục con (${formatVi(s)}).`,
          `Code ${n.code}: maximum ${n.max} differs from the sum of its children's maxima (${s}).`,
        ),
        { code: n.code, expected: s, actual: n.max },
      );
    });
  },
});
