import type { CheckedMetaKey } from "../../framework/facts.js";
import { NA_RULE_TEXT, SURVEY_MISSING_TEXT } from "../../framework/layout.js";
import type { Text } from "../rule.js";
import { defineFrameworkRule, factOf } from "./input.js";

/** What each checked field needed, said about the value found. */
const SAID: Record<CheckedMetaKey, (t: string) => Text> = {
  year: (t) => ({ vi: `Năm “${t}” không hợp lệ.`, en: `Year “${t}” is not valid.` }),
  sample: () => ({ vi: `Ô “Mẫu” cần ghi “Có” hoặc “Không”.`, en: `“Sample” must be “Có” (yes) or “Không” (no).` }),
  notApplicableRule: (t) => ({
    vi: `Quy tắc không áp dụng “${t}” không rõ; dùng “${NA_RULE_TEXT.rescale}”.`,
    en: `Unknown not-applicable rule “${t}”; using rescale to 100.`,
  }),
  bonusMax: (t) => ({ vi: `Điểm thưởng tối đa “${t}” không phải là số.`, en: `Bonus maximum “${t}” is not a number.` }),
  surveyMissingRule: (t) => ({
    vi: `Quy tắc khi chưa có điểm điều tra “${t}” không rõ (ghi “${SURVEY_MISSING_TEXT.rescale}” hoặc “${SURVEY_MISSING_TEXT.none}”); không quy đổi.`,
    en: `Unknown rule for missing survey points “${t}” (write “${SURVEY_MISSING_TEXT.rescale}” or “${SURVEY_MISSING_TEXT.none}”); no rescaling.`,
  }),
  penaltyMax: (t) => ({
    vi: `Điểm trừ tối đa “${t}” không phải là số.`,
    en: `Penalty maximum “${t}” is not a number.`,
  }),
};

/** A metadata value above the table that cannot be used (the field keeps its default). */
export const frameworkMetaInvalid = defineFrameworkRule({
  meta: {
    id: "framework-meta-invalid",
    severity: "warning",
    title: { vi: "Thông tin bộ tiêu chí không hợp lệ", en: "Invalid framework metadata" },
    description: {
      vi: "Năm, “Mẫu”, quy tắc không áp dụng, quy tắc khi chưa có điểm điều tra, điểm thưởng hoặc điểm trừ tối đa ghi ở đầu trang không đọc được; dùng giá trị mặc định.",
      en: "The year, “Sample”, not-applicable rule, missing-survey rule, bonus or penalty maximum above the table cannot be read; the default is used.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "meta-unreadable");
    if (f) ctx.report(f.cell, SAID[f.field](f.text), { actual: f.text });
  },
});
