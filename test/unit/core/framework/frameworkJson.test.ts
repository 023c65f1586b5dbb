import { frameworkToJson, parseFrameworkJson } from "../../../../src/core/framework/frameworkJson";
import { getBuiltinFramework } from "../../../../src/core/framework/samples";
import { Framework } from "../../../../src/core/types";
import fc from "fast-check";

const sample = getBuiltinFramework("mau-cap-xa") as Framework;

describe("framework JSON", () => {
  test("the JSON has no sheet row numbers", () => {
    const withRows: Framework = { ...sample, areas: sample.areas.map((a) => ({ ...a, sourceRow: 16 })) };
    expect(frameworkToJson(withRows)).not.toContain("sourceRow");
    expect(JSON.parse(frameworkToJson(sample)).id).toBe("mau-cap-xa");
  });

  test.each([
    ["not JSON", "{ id: mau"],
    ["empty text", ""],
    ["an array", "[1, 2]"],
    ["no areas", JSON.stringify({ id: "x", name: "X" })],
    ["areas that cannot be read", JSON.stringify({ id: "x", name: "X", areas: [{ title: "no code" }] })],
  ])("%s gives a framework-json-invalid finding and no framework, never a throw", (_label, text) => {
    const r = parseFrameworkJson(text, "tinh-x.json");
    expect(r.framework).toBeNull();
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.rule === "framework-json-invalid" && f.file === "tinh-x.json")).toBe(true);
    expect(r.findings[0].message).toContain("tinh-x.json");
  });

  test("wrong field types are reported with their JSON path; the rest is read", () => {
    const doc = {
      id: "x",
      name: "X",
      level: 3,
      notApplicableRule: "sometimes",
      groups: ["Xã"],
      bands: [{ label: "Tốt", min: "80" }, { label: "Yếu", min: 0 }, { min: 5 }],
      areas: [
        {
          code: "I",
          title: "A",
          max: 100,
          children: [
            { code: "1.1", title: "a", max: "năm", source: "both" },
            { code: "1.2", title: "b", max: "0,5", scale: { values: [0, "1"] } },
          ],
        },
      ],
    };
    const r = parseFrameworkJson(JSON.stringify(doc));
    expect(r.framework).not.toBeNull();
    const json = r.findings.filter((f) => f.rule === "framework-json-invalid").map((f) => f.message.split(":")[0]);
    expect(json).toEqual([
      "JSON, $.areas[0].children[0].source",
      "JSON, $.areas[0].children[1].scale.values",
      "JSON, $.bands[2]",
      "JSON, $.notApplicableRule",
      "JSON, $.level",
    ]);
    const maxInvalid = r.findings.filter((f) => f.rule === "framework-max-invalid");
    expect(maxInvalid).toHaveLength(1);
    expect(maxInvalid[0]).toMatchObject({ code: "1.1", actual: "năm" });
    expect(r.framework?.areas[0].code).toBe("1");
    expect(r.framework?.areas[0].children[1].max).toBe(0.5);
    expect(r.framework?.bands).toEqual([
      { label: "Tốt", min: 80 },
      { label: "Yếu", min: 0 },
    ]);
  });

  test("checkFramework's findings are included", () => {
    const fw = structuredClone(sample);
    fw.areas[0].max = 11;
    const r = parseFrameworkJson(frameworkToJson(fw));
    expect(r.findings.map((f) => [f.rule, f.code ?? null])).toEqual([
      ["framework-parent-sum", "1"],
      ["framework-total", null],
    ]);
  });

  test("defaults: source self, evidence required for self-scored leaves, rescale", () => {
    const r = parseFrameworkJson(
      JSON.stringify({
        id: "x",
        name: "X",
        bands: [{ label: "Đạt", min: 0 }],
        areas: [{ code: 1, title: "A", max: 100, children: [{ code: "1.1", title: "a", max: 100 }] }],
      }),
    );
    expect(r.findings).toEqual([]);
    expect(r.framework).toMatchObject({ notApplicableRule: "rescale", sample: false, legalBasis: "", groups: [] });
    expect(r.framework?.areas[0].children[0]).toMatchObject({ source: "self", evidenceRequired: true });
  });

  test("never throws on any JSON, nor on a sample with random parts replaced", () => {
    fc.assert(
      fc.property(fc.json(), (text) => void parseFrameworkJson(text)),
      { numRuns: 300 },
    );
    const base = JSON.parse(frameworkToJson(sample));
    fc.assert(
      fc.property(
        fc.constantFrom("id", "name", "bands", "groups", "areas", "year", "sample"),
        fc.jsonValue(),
        (key, value) => {
          const r = parseFrameworkJson(JSON.stringify({ ...base, [key]: value }));
          expect(Array.isArray(r.findings)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
