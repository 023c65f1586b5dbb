import { defineSubmissionRule } from "./input.js";

/** A code stored as a number that lost digits (1.10 → 1.1): read by the row's title or position. */
export const codeAmbiguous = defineSubmissionRule({
  meta: {
    id: "code-ambiguous",
    severity: "warning",
    title: { vi: "Mã tiêu chí dạng số bị mất chữ số", en: "Numeric code lost digits" },
    description: {
      vi: "Mã tiêu chí lưu dạng số có thể là hai tiêu chí (1.10 thành 1.1); đã chọn theo nội dung hoặc vị trí của dòng.",
      en: "A code stored as a number may be two criteria (1.10 became 1.1); it was read from the row's title or position.",
    },
  },
  check({ submission, report }) {
    for (const a of submission.reading.ambiguousCodes) {
      report(
        a.cell,
        {
          vi: `Mã ${a.text} được lưu dạng số nên có thể là ${a.candidates.join(" hoặc ")}; đã hiểu là ${a.code} theo ${a.by === "title" ? "nội dung" : "vị trí"} của dòng. Nên nhập mã dạng văn bản.`,
          en: `Code ${a.text} is stored as a number and may be ${a.candidates.join(" or ")}; read as ${a.code} from the row's ${a.by}. Type codes as text.`,
        },
        { code: a.code, expected: a.candidates.join(" | "), actual: a.text },
      );
    }
  },
});
