import type { CriterionNode } from "../../types.js";
import { parentCode } from "../../util/codes.js";
import type { RuleContext } from "../rule.js";
import { defineFrameworkRule, eachNode, frameworkOf, message, nodeCell, type FrameworkInput } from "./input.js";

/** Siblings numbered with a gap (1.1, 1.3 without 1.2). */
export const frameworkNumberingGap = defineFrameworkRule({
  meta: {
    id: "framework-numbering-gap",
    severity: "warning",
    title: { vi: "Đánh số bị thiếu", en: "Gap in numbering" },
    description: {
      vi: "Các mục cùng cấp được đánh số có chỗ trống (có 1.1 và 1.3 nhưng không có 1.2).",
      en: "Siblings are numbered with a gap (1.1 and 1.3 but no 1.2).",
    },
  },
  check(ctx) {
    const fw = frameworkOf(ctx);
    if (!fw) return;
    gaps(ctx, fw.areas, null);
    eachNode(fw, (n) => {
      if (n.children.length > 0) gaps(ctx, n.children, n.code);
    });
  },
});

/** Reports the gaps among the siblings numbered under `prefix` (areas: null), in number order. */
function gaps(ctx: RuleContext<FrameworkInput>, siblings: CriterionNode[], prefix: string | null): void {
  // Siblings that are not numbered under the prefix are framework-orphan's.
  const numbered = siblings
    .filter((s) => parentCode(s.code) === prefix)
    .map((s) => ({ n: s, k: Number(s.code.slice(s.code.lastIndexOf(".") + 1)) }))
    .sort((a, b) => a.k - b.k);
  let next = 1;
  for (const { n, k } of numbered) {
    if (k > next) {
      const missing: string[] = [];
      for (let m = next; m < k; m++) missing.push(prefix === null ? String(m) : `${prefix}.${m}`);
      ctx.report(
        nodeCell(ctx.location, n, "code"),
        message(
          ctx,
          `Thiếu mã ${missing.join(", ")} trước mã ${n.code}.`,
          `Code${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing before ${n.code}.`,
        ),
        { code: n.code, expected: missing.join(", "), actual: n.code },
      );
    }
    next = Math.max(next, k + 1);
  }
}
