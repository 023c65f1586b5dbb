import { defineWorkbookRule } from "./input.js";

/** A sheet the workbook lists whose data could not be read: an error naming it, never a silent drop. */
export const sheetUnreadable = defineWorkbookRule({
  meta: {
    id: "sheet-unreadable",
    severity: "error",
    title: { vi: "Trang không đọc được", en: "Sheet cannot be read" },
    description: {
      vi: "Sổ tính liệt kê một trang nhưng không đọc được dữ liệu của trang đó (thiếu phần, liên kết hỏng, trỏ ra ngoài tệp…).",
      en: "The workbook lists a sheet whose data cannot be read (missing part, broken relationship, target outside the file…).",
    },
  },
  check({ unread, report }) {
    for (const u of unread) {
      if (u.severity !== "error") continue;
      const where = u.file ? ` của tệp ${u.file}` : "";
      const whereEn = u.file ? ` of ${u.file}` : "";
      report(
        "A1",
        {
          vi: `Trang "${u.sheet}"${where} không đọc được: ${u.reasonVi}.`,
          en: `Sheet "${u.sheet}"${whereEn} could not be read: ${u.reasonEn}.`,
        },
        { at: { sheet: u.sheet, file: u.file } },
      );
    }
  },
});
