import type { Framework } from "../../types.js";
import { formatVi } from "../../util/numbers.js";
import { foldText } from "../../util/text.js";
import type { RuleContext } from "../rule.js";
import { defineFrameworkRule, factOf, frameworkOf, message, metaCell, type FrameworkInput } from "./input.js";

/** Classification bands that cannot be read or used: errors, except no bands or none from 0 (warnings). */
export const frameworkBandInvalid = defineFrameworkRule({
  meta: {
    id: "framework-band-invalid",
    severity: "error",
    title: { vi: "Mức xếp loại không hợp lệ", en: "Invalid classification bands" },
    description: {
      vi: "Một mức xếp loại không đọc được, có ngưỡng ngoài 0–100, trùng ngưỡng hoặc trùng tên; cảnh báo khi không có mức nào hoặc không có mức bắt đầu từ 0.",
      en: "A band cannot be read, has a threshold outside 0–100, or repeats a threshold or label; a warning when there are no bands or none starts at 0.",
    },
  },
  check(ctx) {
    const bad = factOf(ctx, "band-unreadable");
    if (bad) {
      ctx.report(
        bad.cell,
        {
          vi: `Mức xếp loại “${bad.text}” không đọc được (cần dạng “Tốt: 80”).`,
          en: `Band “${bad.text}” cannot be read (expected “Good: 80”).`,
        },
        { actual: bad.text },
      );
    }
    const fw = frameworkOf(ctx);
    if (fw) checkBands(ctx, fw);
  },
});

/** Bands that are missing, out of range, or repeat a threshold or label; all named at the bands cell. */
function checkBands(ctx: RuleContext<FrameworkInput>, fw: Framework): void {
  const { report } = ctx;
  const cell = metaCell(ctx.location, "bands");
  if (fw.bands.length === 0) {
    report(
      cell,
      message(ctx, "Bộ tiêu chí chưa khai báo các mức xếp loại.", "The framework declares no classification bands."),
      {
        severity: "warning",
      },
    );
    return;
  }
  const badMin = fw.bands.filter((b) => !Number.isFinite(b.min) || b.min < 0 || b.min > 100);
  for (const b of badMin) {
    report(
      cell,
      message(
        ctx,
        `Mức xếp loại “${b.label}”: ngưỡng phải từ 0 đến 100.`,
        `Band “${b.label}”: the threshold must be between 0 and 100.`,
      ),
      { actual: Number.isFinite(b.min) ? b.min : null },
    );
  }
  const mins = new Map<number, string>();
  const labels = new Set<string>();
  for (const b of fw.bands) {
    const other = mins.get(b.min);
    if (other !== undefined) {
      report(
        cell,
        message(
          ctx,
          `Mức xếp loại “${b.label}” có cùng ngưỡng ${formatVi(b.min)} với “${other}”.`,
          `Band “${b.label}” has the same threshold ${b.min} as “${other}”.`,
        ),
        { actual: b.min },
      );
    } else mins.set(b.min, b.label);
    const l = foldText(b.label);
    if (l === "" || labels.has(l)) {
      report(
        cell,
        message(
          ctx,
          `Tên mức xếp loại “${b.label}” bị trống hoặc trùng.`,
          `Band label “${b.label}” is empty or repeated.`,
        ),
        { actual: b.label },
      );
    }
    labels.add(l);
  }
  const valid = fw.bands.filter((b) => Number.isFinite(b.min));
  if (badMin.length === 0 && valid.length > 0 && Math.min(...valid.map((b) => b.min)) > 0) {
    const lowest = Math.min(...valid.map((b) => b.min));
    report(
      cell,
      message(
        ctx,
        `Không có mức xếp loại bắt đầu từ 0: đơn vị đạt dưới ${formatVi(lowest)} sẽ không được xếp loại.`,
        `No band starts at 0: a unit below ${lowest} gets no classification.`,
      ),
      { expected: 0, actual: lowest, severity: "warning" },
    );
  }
}
