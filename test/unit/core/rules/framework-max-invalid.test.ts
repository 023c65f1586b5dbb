import { frameworkToJson } from "../../../../src/core/framework/frameworkJson";
import { frameworkMaxInvalid } from "../../../../src/core/rules/framework/maxInvalid";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onJson, onSheet } from "./frameworkRule";

const fw = miniFramework();
const brief = (fs: { cell: string; code?: string; message: string; messageEn: string; actual?: unknown }[]) =>
  fs.map((f) => [f.cell, f.code ?? null, f.message, f.messageEn, f.actual]);

describe("framework-max-invalid", () => {
  it("reports a leaf's maximum that is not a number or missing, once, at its cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "max"), "năm");
    setCell(sheet, nodeCellOf(sheet, "1.3.1", "max"), null);
    expect(onSheet(frameworkMaxInvalid, sheet)[0]).toEqual({
      rule: "framework-max-invalid",
      severity: "error",
      sheet: "Bộ tiêu chí",
      cell: "C20",
      code: "1.2",
      message: "Mã 1.2: điểm tối đa “năm” không phải là số.",
      messageEn: "Code 1.2: the maximum “năm” is not a number.",
      actual: "năm",
    });
    // Children before their parent, as the tree is built; the reader's facts are not checked again.
    expect(brief(onSheet(frameworkMaxInvalid, sheet))).toEqual([
      [
        "C20",
        "1.2",
        "Mã 1.2: điểm tối đa “năm” không phải là số.",
        "Code 1.2: the maximum “năm” is not a number.",
        "năm",
      ],
      ["C22", "1.3.1", "Mã 1.3.1: chưa có điểm tối đa.", "Code 1.3.1: the maximum is missing.", ""],
    ]);
  });

  it("reports a parent's maximum that is not a number (the children's sum is used) and a negative one", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.3", "max"), { error: "#REF!" });
    setCell(sheet, nodeCellOf(sheet, "2.1", "max"), -1);
    expect(brief(onSheet(frameworkMaxInvalid, sheet))).toEqual([
      [
        "C21",
        "1.3",
        "Mã 1.3: điểm tối đa “#REF!” không phải là số; tạm lấy tổng các mục con.",
        "Code 1.3: the maximum “#REF!” is not a number; using the sum of its children.",
        "#REF!",
      ],
      ["C25", "2.1", "Mã 2.1: điểm tối đa không hợp lệ (-1).", "Code 2.1: the maximum is not valid (-1).", -1],
    ]);
  });

  it("reports a JSON maximum that is not a number once, with its JSON path", () => {
    const doc = JSON.parse(frameworkToJson(fw));
    doc.areas[0].children[1].max = "năm";
    expect(brief(onJson(frameworkMaxInvalid, JSON.stringify(doc)))).toEqual([
      [
        "",
        "1.2",
        "JSON, $.areas[0].children[1].max: điểm tối đa của mã 1.2 không phải là số.",
        "JSON, $.areas[0].children[1].max: the maximum of code 1.2 is not a number.",
        "năm",
      ],
    ]);
  });

  it("reports a bonus or penalty maximum that is negative or not a number, at its metadata cell", () => {
    const f = onFramework(
      frameworkMaxInvalid,
      { ...fw, bonusMax: -1, penaltyMax: NaN },
      { columns: {}, meta: { bonusMax: "B12" } },
    );
    expect(brief(f)).toEqual([
      ["B12", null, "Điểm thưởng tối đa không hợp lệ.", "Bonus maximum is not valid.", -1],
      ["", null, "Điểm trừ tối đa không hợp lệ.", "Penalty maximum is not valid.", null],
    ]);
  });

  it("does not report numbers written as text with a decimal comma, nor an empty parent maximum", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.1.2", "max"), "2,0");
    setCell(sheet, nodeCellOf(sheet, "1.3", "max"), null);
    expect(onSheet(frameworkMaxInvalid, sheet)).toEqual([]);
    expect(onFramework(frameworkMaxInvalid, { ...fw, bonusMax: 0 })).toEqual([]);
  });
});
