import { displayCode } from "../../util/codes.js";
import { defineSubmissionRule } from "./input.js";

/** A criterion on a second row: only the first row is read. */
export const criterionDuplicate = defineSubmissionRule({
  meta: {
    id: "criterion-duplicate",
    severity: "error",
    title: { vi: "Tiêu chí trùng", en: "Duplicate criterion" },
    description: {
      vi: "Một tiêu chí xuất hiện trên hai dòng; chỉ dòng đầu tiên được đọc.",
      en: "A criterion appears on two rows; only the first one is read.",
    },
  },
  check({ submission, report }) {
    for (const d of submission.reading.duplicateRows) {
      report(
        d.cell,
        {
          vi: `Tiêu chí ${displayCode(d.code)} xuất hiện lần nữa ở dòng ${d.row + 1} (đã có ở dòng ${d.firstRow + 1}).`,
          en: `Criterion ${d.code} appears again on row ${d.row + 1} (already on row ${d.firstRow + 1}).`,
        },
        { code: d.code, expected: d.firstRow + 1, actual: d.row + 1 },
      );
    }
  },
});
