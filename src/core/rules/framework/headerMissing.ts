import { FRAMEWORK_COLUMNS, type FrameworkColumn } from "../../framework/layout.js";
import { defineFrameworkRule, factOf } from "./input.js";

const header = (k: FrameworkColumn) => FRAMEWORK_COLUMNS.find((c) => c.key === k);

/** A framework sheet without a table header: nothing can be read from it. */
export const frameworkHeaderMissing = defineFrameworkRule({
  meta: {
    id: "framework-header-missing",
    severity: "error",
    title: { vi: "Thiếu dòng tiêu đề bộ tiêu chí", en: "Framework header missing" },
    description: {
      vi: "Trang bộ tiêu chí không có dòng tiêu đề bảng với các cột “Mã”, “Nội dung”, “Điểm tối đa”.",
      en: "The framework sheet has no table header with the columns “Code”, “Title”, “Max points”.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "header-not-found");
    if (!f) return;
    const list = f.missing.map((k) => `“${header(k)?.header}”`).join(", ");
    const listEn = f.missing.map((k) => `“${header(k)?.headerEn}”`).join(", ");
    ctx.report(
      f.cell,
      f.partial
        ? {
            vi: `Dòng tiêu đề bảng thiếu cột ${list}. Cần có các cột “Mã”, “Nội dung”, “Điểm tối đa”.`,
            en: `The table header lacks column ${listEn}. Columns “Code”, “Title”, “Max points” are required.`,
          }
        : {
            vi: `Không tìm thấy dòng tiêu đề bảng (các cột “Mã”, “Nội dung”, “Điểm tối đa”) trong ${f.scannedRows} dòng đầu.`,
            en: `No table header (columns “Code”, “Title”, “Max points”) in the first ${f.scannedRows} rows.`,
          },
      { expected: f.missing.map((k) => header(k)?.header).join(", ") },
    );
  },
});
