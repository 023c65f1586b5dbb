import { scoreNegative } from "../../../../src/core/rules/submission/scoreNegative";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("score-negative", () => {
  it("reports a negative appraised score at its cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.3", "appraised"), -1);
    expect(reports(scoreNegative, sheet, fw)).toEqual([
      {
        rule: "score-negative",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2.3", "appraised"),
        code: "2.3",
        message: "Điểm thẩm định của tiêu chí 2.3 là số âm (-1).",
        messageEn: "The appraised score of criterion 2.3 is negative (-1).",
        expected: "0–1",
        actual: -1,
      },
    ]);
  });

  it("reports a negative self score typed as text", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "self"), "-0,5");
    expect(reports(scoreNegative, sheet, fw).map((f) => [f.cell, f.message, f.messageEn])).toEqual([
      [
        cellOf(sheet, "1.1.2", "self"),
        "Điểm tự chấm của tiêu chí 1.1.2 là số âm (-0.5).",
        "The self score of criterion 1.1.2 is negative (-0.5).",
      ],
    ]);
  });

  it("does not report zero scores, nor a negative on a survey leaf (survey-self-scored's)", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "self"), 0);
    setCell(sheet, cellOf(sheet, "1.2", "appraised"), 0);
    setCell(sheet, cellOf(sheet, "3.1", "self"), -2);
    expect(reports(scoreNegative, sheet, fw)).toEqual([]);
  });
});
