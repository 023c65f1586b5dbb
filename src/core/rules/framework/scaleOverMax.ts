import { formatVi } from "../../util/numbers.js";
import { defineFrameworkRule, EPS, leafOf, message, nodeCell, validMax } from "./input.js";

/** A scale that allows more points than the leaf's maximum (a value, or the step itself). */
export const frameworkScaleOverMax = defineFrameworkRule({
  meta: {
    id: "framework-scale-over-max",
    severity: "error",
    title: { vi: "Thang điểm vượt điểm tối đa", en: "Scale above the maximum" },
    description: {
      vi: "Thang điểm của một tiêu chí cho nhiều điểm hơn điểm tối đa của nó, hoặc bước điểm lớn hơn điểm tối đa.",
      en: "A criterion's scale allows more points than its maximum, or its step is larger than the maximum.",
    },
  },
  perLeaf: true,
  check(ctx) {
    const n = leafOf(ctx);
    if (!n?.scale || !validMax(n)) return;
    const { values, step } = n.scale;
    // A scale with unusable values or step is framework-scale-invalid's, not this rule's.
    if ((values ?? []).some((x) => !Number.isFinite(x) || x < 0)) return;
    if (step !== undefined && !(Number.isFinite(step) && step > 0)) return;
    const cell = nodeCell(ctx.location, n, "scale");
    const over = (values ?? []).filter((x) => x > n.max + EPS);
    if (over.length > 0) {
      const top = Math.max(...over);
      ctx.report(
        cell,
        message(
          ctx,
          `Mã ${n.code}: thang điểm cho tới ${formatVi(top)} điểm, vượt điểm tối đa ${formatVi(n.max)}.`,
          `Code ${n.code}: the scale allows ${top} points, above the maximum ${n.max}.`,
        ),
        { code: n.code, expected: n.max, actual: top },
      );
    } else if (step !== undefined && step > n.max + EPS) {
      ctx.report(
        cell,
        message(
          ctx,
          `Mã ${n.code}: bước điểm ${formatVi(step)} lớn hơn điểm tối đa ${formatVi(n.max)}.`,
          `Code ${n.code}: the step ${step} is larger than the maximum ${n.max}.`,
        ),
        { code: n.code, expected: n.max, actual: step },
      );
    }
  },
});
