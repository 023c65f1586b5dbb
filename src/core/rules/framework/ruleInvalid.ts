import { defineFrameworkRule, factOf } from "./input.js";

/** A "Cách tính điểm" cell that is none of the rules: kept as text, the leaf is scored by typed points. */
export const frameworkRuleInvalid = defineFrameworkRule({
  meta: {
    id: "framework-rule-invalid",
    severity: "warning",
    title: { vi: "Cách tính điểm không đọc được", en: "Unreadable scoring rule" },
    description: {
      vi: "Ô “Cách tính điểm” không theo cú pháp nào đã biết (quy tắc 80%, tỷ lệ × tối đa, ngưỡng %, mỗi … trừ …, tỷ lệ % điểm tối đa); tiêu chí được chấm theo điểm nhập.",
      en: "A “Cách tính điểm” cell follows none of the known rules (80% rule, ratio × max, % thresholds, per-item deductions, shares of the maximum); the criterion is scored by the points typed.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "rule-unreadable");
    if (!f) return;
    ctx.report(
      f.cell,
      {
        vi: `Mã ${f.code}: không đọc được cách tính điểm “${f.text}” (ví dụ: “Quy tắc 80%”, “100%: 1; 80 – < 100%: 0,5; < 80%: 0”, “Mỗi văn bản chậm trừ 0,25, tối đa 1”, “Tốt: 75%; Đạt: 50%”). Tiêu chí được chấm theo điểm nhập.`,
        en: `Code ${f.code}: cannot read the scoring rule “${f.text}” (e.g. “Quy tắc 80%”, “100%: 1; 80 – < 100%: 0,5; < 80%: 0”, “Mỗi văn bản chậm trừ 0,25, tối đa 1”, “Tốt: 75%; Đạt: 50%”). Scored by the points typed.`,
      },
      { code: f.code, actual: f.text },
    );
  },
});
