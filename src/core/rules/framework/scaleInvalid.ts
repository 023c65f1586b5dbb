import { codesIn, defineFrameworkRule, factOf, leafOf, message, nodeCell, validMax } from "./input.js";

/** A scale that cannot be read, or whose values or step are not usable: only its text is kept. */
export const frameworkScaleInvalid = defineFrameworkRule({
  meta: {
    id: "framework-scale-invalid",
    severity: "warning",
    title: { vi: "Thang điểm không đọc được", en: "Unreadable scale" },
    description: {
      vi: "Thang điểm của một tiêu chí không đọc được hoặc có giá trị âm, bước điểm không dương; chỉ giữ lại để hiển thị.",
      en: "A criterion's scale cannot be read or has negative values or a step that is not positive; kept for display only.",
    },
  },
  perLeaf: true,
  check(ctx) {
    const f = factOf(ctx, "scale-unreadable");
    if (f) {
      ctx.report(
        f.cell,
        {
          vi: `Mã ${f.code}: không đọc được thang điểm “${f.text}” (cần dạng “0; 0,5; 1”, “Có: 1; Không: 0” hoặc “Bước 0,25”). Chỉ giữ lại để hiển thị.`,
          en: `Code ${f.code}: cannot read the scale “${f.text}” (expected “0; 0.5; 1”, “Yes: 1; No: 0” or “Step 0.25”). Kept for display only.`,
        },
        { code: f.code, actual: f.text },
      );
    }
    const n = leafOf(ctx);
    if (!n?.scale || !validMax(n)) return;
    const { values, step } = n.scale;
    const bad = (values ?? []).filter((x) => !Number.isFinite(x) || x < 0);
    if (bad.length === 0 && (step === undefined || (Number.isFinite(step) && step > 0))) return;
    // A scale the reader could not read is reported once, by the reader's fact.
    if (codesIn(ctx.facts, "scale-unreadable").has(n.code)) return;
    ctx.report(
      nodeCell(ctx.location, n, "scale"),
      message(
        ctx,
        `Mã ${n.code}: thang điểm có giá trị không hợp lệ.`,
        `Code ${n.code}: the scale has invalid values.`,
      ),
      { code: n.code, actual: n.scale.text ?? null },
    );
  },
});
