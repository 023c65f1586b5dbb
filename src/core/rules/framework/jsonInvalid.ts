import type { JsonProblem } from "../../framework/facts.js";
import type { Text } from "../rule.js";
import { defineFrameworkRule, factOf } from "./input.js";

/** What each problem says; `detail` is the JSON parser's own message. */
const SAID: Record<JsonProblem, (detail: string) => Text> = {
  "not-json": (d) => ({ vi: `không phải JSON hợp lệ (${d}).`, en: `not valid JSON (${d}).` }),
  "not-object": () => ({
    vi: "cần một đối tượng JSON mô tả bộ tiêu chí.",
    en: "expected a JSON object describing a framework.",
  }),
  "string-missing": () => ({ vi: "thiếu (cần chuỗi ký tự).", en: "missing (expected a string)." }),
  "not-string": () => ({ vi: "cần chuỗi ký tự.", en: "expected a string." }),
  "not-number": () => ({ vi: "cần một số.", en: "expected a number." }),
  "not-string-list": () => ({ vi: "cần danh sách chuỗi ký tự.", en: "expected a list of strings." }),
  "not-criterion": () => ({ vi: "cần một đối tượng tiêu chí.", en: "expected a criterion object." }),
  "bad-code": () => ({ vi: "mã không hợp lệ (cần dạng 1, 1.1, 1.1.1).", en: "invalid code (expected 1, 1.1, 1.1.1)." }),
  "not-list": () => ({ vi: "cần danh sách.", en: "expected a list." }),
  "bad-source": () => ({ vi: "cần “self” hoặc “survey”.", en: "expected “self” or “survey”." }),
  "not-boolean": () => ({ vi: "cần true hoặc false.", en: "expected true or false." }),
  "not-scale": () => ({ vi: "cần một đối tượng thang điểm.", en: "expected a scale object." }),
  "not-number-list": () => ({ vi: "cần danh sách số.", en: "expected a list of numbers." }),
  "areas-missing": () => ({ vi: "thiếu danh sách lĩnh vực (areas).", en: "the list of areas is missing." }),
  "no-area": () => ({ vi: "không có lĩnh vực nào đọc được.", en: "no readable area." }),
  "bad-band": () => ({ vi: "cần {label, min}.", en: "expected {label, min}." }),
  "band-min-missing": () => ({ vi: "thiếu ngưỡng xếp loại.", en: "the threshold is missing." }),
  "not-band-list": () => ({ vi: "cần danh sách mức xếp loại.", en: "expected a list of bands." }),
  "bad-survey-missing-rule": () => ({
    vi: "cần “rescale” hoặc “none”.",
    en: "expected “rescale” or “none”.",
  }),
  "not-group-maxima": () => ({
    vi: "cần một đối tượng {nhóm: điểm tối đa}.",
    en: "expected an object {group: maximum}.",
  }),
  "bad-not-applicable-rule": () => ({
    vi: "cần “rescale” hoặc “award-max”.",
    en: "expected “rescale” or “award-max”.",
  }),
};

/** A framework JSON file that is not JSON, or a part of it without the shape of a framework. */
export const frameworkJsonInvalid = defineFrameworkRule({
  meta: {
    id: "framework-json-invalid",
    severity: "error",
    title: { vi: "Tệp JSON bộ tiêu chí không hợp lệ", en: "Invalid framework JSON" },
    description: {
      vi: "Tệp JSON của bộ tiêu chí không đọc được, hoặc một trường (nêu theo đường dẫn JSON) sai kiểu; trường đó bị bỏ qua.",
      en: "The framework's JSON file cannot be read, or a field (named by its JSON path) has the wrong type; the field is ignored.",
    },
  },
  check(ctx) {
    const f = factOf(ctx, "json-invalid");
    if (!f) return;
    const said = SAID[f.problem](f.detail ?? "");
    const at = `${ctx.source ?? "JSON"}, ${f.path}: `;
    ctx.report("", { vi: at + said.vi, en: at + said.en }, f.actual === undefined ? {} : { actual: f.actual });
  },
});
