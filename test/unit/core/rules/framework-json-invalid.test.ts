import { frameworkToJson } from "../../../../src/core/framework/frameworkJson";
import { frameworkJsonInvalid } from "../../../../src/core/rules/framework/jsonInvalid";
import { miniFramework } from "../../../helpers/fixtures";
import { onJson } from "./frameworkRule";

const fw = miniFramework();

describe("framework-json-invalid", () => {
  it("reports text that is not JSON, naming the file and the parser's reason", () => {
    let reason = "";
    try {
      JSON.parse("{ id: mau");
    } catch (e) {
      reason = (e as Error).message;
    }
    expect(onJson(frameworkJsonInvalid, "{ id: mau", "tinh-x.json")).toEqual([
      {
        rule: "framework-json-invalid",
        severity: "error",
        sheet: "",
        file: "tinh-x.json",
        cell: "",
        message: `tinh-x.json, $: không phải JSON hợp lệ (${reason}).`,
        messageEn: `tinh-x.json, $: not valid JSON (${reason}).`,
      },
    ]);
  });

  it("reports each field of the wrong type with its JSON path, in reading order", () => {
    const doc = JSON.parse(frameworkToJson(fw));
    doc.level = 3;
    doc.areas[0].children[0].source = "both";
    doc.bands.push({ min: 5 });
    const f = onJson(frameworkJsonInvalid, JSON.stringify(doc));
    expect(f.map((x) => [x.message, x.messageEn, x.actual])).toEqual([
      [
        "JSON, $.areas[0].children[0].source: cần “self” hoặc “survey”.",
        "JSON, $.areas[0].children[0].source: expected “self” or “survey”.",
        "both",
      ],
      ["JSON, $.bands[5]: cần {label, min}.", "JSON, $.bands[5]: expected {label, min}.", '{"min":5}'],
      ["JSON, $.level: cần chuỗi ký tự.", "JSON, $.level: expected a string.", 3],
    ]);
  });

  it("reports a file without areas", () => {
    expect(
      onJson(frameworkJsonInvalid, JSON.stringify({ id: "x", name: "X" })).map((x) => [
        x.message,
        x.messageEn,
        x.actual,
      ]),
    ).toEqual([
      ["JSON, $.areas: thiếu danh sách lĩnh vực (areas).", "JSON, $.areas: the list of areas is missing.", null],
    ]);
  });

  it("does not report a framework's own JSON", () => {
    expect(onJson(frameworkJsonInvalid, frameworkToJson(fw), "mini.json")).toEqual([]);
  });
});
