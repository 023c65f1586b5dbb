import { defineSubmissionRule } from "./input.js";

/** No table header in the first rows: nothing else on the sheet can be read. */
export const headerMissing = defineSubmissionRule({
  meta: {
    id: "header-missing",
    severity: "error",
    title: { vi: "Không có dòng tiêu đề bảng", en: "No table header" },
    description: {
      vi: "Trong 30 dòng đầu không có dòng tiêu đề bảng (STT/Mã, Nội dung, Điểm tối đa, Điểm tự đánh giá…), nên không đọc được trang tính.",
      en: "No table header (Code, Title, Max points, Self score…) in the first 30 rows, so the sheet cannot be read.",
    },
  },
  check({ submission, report }) {
    if (submission.header) return;
    report("A1", {
      vi: "Không tìm thấy dòng tiêu đề bảng (cần các cột như STT/Mã, Nội dung, Điểm tối đa, Điểm tự đánh giá) trong 30 dòng đầu.",
      en: "No table header found in the first 30 rows (expected columns such as Code, Title, Max points, Self score).",
    });
  },
});
