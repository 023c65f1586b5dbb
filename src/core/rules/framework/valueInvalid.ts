import { NO, SOURCE_TEXT, YES } from "../../framework/layout.js";
import { defineFrameworkRule, factOf } from "./input.js";

/** A source or evidence cell whose word is not known: the default (or the children's) is used. */
export const frameworkValueInvalid = defineFrameworkRule({
  meta: {
    id: "framework-value-invalid",
    severity: "warning",
    title: { vi: "Giá trị không rõ trong bộ tiêu chí", en: "Unknown value in the framework" },
    description: {
      vi: "Ô nguồn điểm không phải “Tự chấm”/“Điều tra XHH”, hoặc ô tài liệu kiểm chứng không phải “Có”/“Không”; dùng giá trị mặc định.",
      en: "A source cell is not “Tự chấm”/“Điều tra XHH”, or an evidence cell is not “Có”/“Không”; the default is used.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "value-unreadable");
    if (!f) return;
    ctx.report(
      f.cell,
      f.column === "source"
        ? {
            vi: `Mã ${f.code}: nguồn điểm “${f.text}” không rõ (cần “${SOURCE_TEXT.self}” hoặc “${SOURCE_TEXT.survey}”).`,
            en: `Code ${f.code}: unknown score source “${f.text}” (expected “${SOURCE_TEXT.self}” or “${SOURCE_TEXT.survey}”).`,
          }
        : {
            vi: `Mã ${f.code}: ô tài liệu kiểm chứng cần ghi “${YES}” hoặc “${NO}”.`,
            en: `Code ${f.code}: the evidence cell must say “${YES}” (yes) or “${NO}” (no).`,
          },
      { code: f.code, actual: f.text },
    );
  },
});
