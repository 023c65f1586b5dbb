import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** A code the framework does not have on a row whose title names a criterion: read by the title. */
export const codeMismatch = defineSubmissionRule({
  meta: {
    id: "code-mismatch",
    severity: "warning",
    title: { vi: "Mã tiêu chí không khớp nội dung", en: "Code does not match title" },
    description: {
      vi: "Mã của dòng không có trong bộ tiêu chí nhưng nội dung khớp một tiêu chí; dòng được đọc theo nội dung.",
      en: "A row's code is not in the framework but its title matches a criterion; the row is read by its title.",
    },
  },
  check({ submission, report }) {
    for (const m of submission.reading.codeMismatches) {
      report(
        m.cell,
        {
          vi: `Mã "${m.text}" không có trong bộ tiêu chí; theo nội dung, dòng này là tiêu chí ${displayCode(m.code)}.`,
          en: `Code "${m.text}" is not in the framework; by its title this row is criterion ${m.code}.`,
        },
        { code: m.code, expected: m.code, actual: m.text },
      );
    }
  },
});
