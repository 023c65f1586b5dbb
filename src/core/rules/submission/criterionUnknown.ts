import { defineSubmissionRule } from "./input.js";

/** A row with a code, or a title and a score, that matches no criterion: its scores are not read. */
export const criterionUnknown = defineSubmissionRule({
  meta: {
    id: "criterion-unknown",
    severity: "error",
    title: { vi: "Tiêu chí lạ", en: "Unknown criterion" },
    description: {
      vi: "Một dòng có mã, hoặc có nội dung và điểm, nhưng không khớp tiêu chí nào của bộ tiêu chí (theo mã hay theo nội dung).",
      en: "A row with a code, or a title and a score, matches no criterion of the framework (by code or by title).",
    },
  },
  check({ submission, report }) {
    for (const u of submission.reading.unknownRows) {
      const label = [u.text, u.title].filter(Boolean).join(" ").slice(0, 80);
      report(
        u.cell,
        {
          vi: `Dòng ${u.row + 1} ("${label}") không khớp tiêu chí nào của bộ tiêu chí.`,
          en: `Row ${u.row + 1} ("${label}") matches no criterion of the framework.`,
        },
        { code: u.candidate, expected: null, actual: u.text || u.title },
      );
    }
  },
});
