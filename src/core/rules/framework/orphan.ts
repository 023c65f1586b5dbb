import { parentCode } from "../../util/codes.js";
import { defineFrameworkRule, eachNode, factOf, frameworkOf, message, nodeCell } from "./input.js";

/** A code that does not sit under its parent's code, or whose parent is missing. */
export const frameworkOrphan = defineFrameworkRule({
  meta: {
    id: "framework-orphan",
    severity: "error",
    title: { vi: "Mã không có mục cha", en: "Code without its parent" },
    description: {
      vi: "Mục cha của một mã (1.2 của 1.2.3) không có trong bộ tiêu chí, hoặc mã nằm dưới một mục không phải cha của nó.",
      en: "A code's parent (1.2 for 1.2.3) is not in the framework, or the code sits under a node that is not its parent.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "parent-missing");
    if (f) {
      ctx.report(
        f.cell,
        {
          vi: `Mã ${f.code} không có mục cha ${f.parent}: mục này và các mục con của nó không được tính.`,
          en: `Code ${f.code} has no parent ${f.parent}: it and its children are not counted.`,
        },
        { code: f.code, expected: f.parent, actual: f.code },
      );
    }
    const fw = frameworkOf(ctx);
    if (!fw) return;
    eachNode(fw, (n, parent) => {
      const expected = parent ? parent.code : null;
      const actual = parentCode(n.code);
      if (actual === expected) return;
      ctx.report(
        nodeCell(ctx.location, n, "code"),
        expected === null
          ? message(
              ctx,
              `Mã ${n.code} không có mục cha ${actual} trong bộ tiêu chí.`,
              `Code ${n.code} has no parent ${actual} in the framework.`,
            )
          : message(
              ctx,
              `Mã ${n.code} nằm dưới mục ${expected} nhưng không phải mã con của mục đó.`,
              `Code ${n.code} sits under ${expected} but is not one of its codes.`,
            ),
        { code: n.code, expected, actual },
      );
    });
  },
});
