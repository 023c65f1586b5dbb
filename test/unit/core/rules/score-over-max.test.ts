import { scoreOverMax } from "../../../../src/core/rules/submission/scoreOverMax";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("score-over-max", () => {
  it("reports a self score above the criterion's maximum, at its cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "self"), 2.5);
    expect(reports(scoreOverMax, sheet, fw)).toEqual([
      {
        rule: "score-over-max",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.1.2", "self"),
        code: "1.1.2",
        message: "Điểm tự chấm của tiêu chí 1.1.2 (2.5) vượt điểm tối đa 2.",
        messageEn: "The self score of criterion 1.1.2 (2.5) is above its maximum 2.",
        expected: "0–2",
        actual: 2.5,
      },
    ]);
  });

  it("reports self and appraised scores of one row, self first, where the used range does not start at A1", () => {
    const sheet = unitSheet(fw);
    sheet.values = sheet.values.slice(2);
    sheet.formulas = sheet.formulas!.slice(2);
    sheet.originRow = 2;
    setCell(sheet, cellOf(sheet, "2.4", "self"), 9);
    setCell(sheet, cellOf(sheet, "2.4", "appraised"), 1.5);
    expect(reports(scoreOverMax, sheet, fw).map((f) => [f.cell, f.messageEn])).toEqual([
      [cellOf(sheet, "2.4", "self"), "The self score of criterion 2.4 (9) is above its maximum 1."],
      [cellOf(sheet, "2.4", "appraised"), "The appraised score of criterion 2.4 (1.5) is above its maximum 1."],
    ]);
  });

  it("does not report a score equal to the maximum, a subtotal, or a survey leaf", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1", "self"), 30);
    setCell(sheet, cellOf(sheet, "3.1", "self"), 40);
    expect(reports(scoreOverMax, sheet, fw)).toEqual([]);
  });
});
