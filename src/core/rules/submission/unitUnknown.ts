import { defineSubmissionRule } from "./input.js";

/** No unit name above the table: the sheet's name stands for the unit. */
export const unitUnknown = defineSubmissionRule({
  meta: {
    id: "unit-unknown",
    severity: "warning",
    title: { vi: "Không xác định được đơn vị", en: "Unit not found" },
    description: {
      vi: 'Phía trên bảng không có tên đơn vị ("ỦY BAN NHÂN DÂN …" hoặc "Đơn vị: …"); dùng tên trang tính.',
      en: 'No unit name ("ỦY BAN NHÂN DÂN …" or "Đơn vị: …") above the table; the sheet name is used.',
    },
  },
  check({ submission, report }) {
    // Without a header the unit is not looked for: header-missing says all there is to say.
    if (!submission.header || submission.unitSource !== "sheet") return;
    report("A1", {
      vi: `Không thấy tên đơn vị (dòng "ỦY BAN NHÂN DÂN …" hoặc "Đơn vị: …") phía trên bảng; dùng tên trang tính "${submission.sheet}".`,
      en: `No unit name ("ỦY BAN NHÂN DÂN …" or "Đơn vị: …") above the table; using the sheet name "${submission.sheet}".`,
    });
  },
});
