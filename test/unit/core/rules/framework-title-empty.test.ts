import { frameworkTitleEmpty } from "../../../../src/core/rules/framework/titleEmpty";
import { frameworkToJson } from "../../../../src/core/framework/frameworkJson";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onJson, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-title-empty", () => {
  it("reports a coded row without a title, at its title cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "title"), "  ");
    expect(onSheet(frameworkTitleEmpty, sheet)).toEqual([
      {
        rule: "framework-title-empty",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "B20",
        code: "1.2",
        message: "Mã 1.2: chưa có nội dung tiêu chí.",
        messageEn: "Code 1.2: the title is empty.",
      },
    ]);
  });

  it("names the JSON file for a node without a title in a JSON file", () => {
    const doc = JSON.parse(frameworkToJson(fw));
    doc.areas[2].title = "";
    expect(
      onJson(frameworkTitleEmpty, JSON.stringify(doc), "mini.json").map((f) => [f.cell, f.message, f.messageEn]),
    ).toEqual([["", "mini.json: Mã 3: chưa có nội dung tiêu chí.", "mini.json: Code 3: the title is empty."]]);
  });

  it("does not report titled nodes", () => {
    expect(onSheet(frameworkTitleEmpty, frameworkSheet(fw))).toEqual([]);
  });
});
