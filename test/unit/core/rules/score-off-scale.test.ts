import { scoreOffScale } from "../../../../src/core/rules/submission/scoreOffScale";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("score-off-scale", () => {
  it("reports a score that is not one of the scale's values, listing them", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.4", "self"), 0.3);
    expect(reports(scoreOffScale, sheet, fw)).toEqual([
      {
        rule: "score-off-scale",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2.4", "self"),
        code: "2.4",
        message: "Điểm tự chấm 0.3 của tiêu chí 2.4 không thuộc thang điểm (0; 0.5; 1).",
        messageEn: "The self score 0.3 of criterion 2.4 is not on the scale (0; 0.5; 1).",
        expected: "0; 0.5; 1",
        actual: 0.3,
      },
    ]);
  });

  it("reports a score that is not a multiple of the scale's step", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "appraised"), 1.1);
    expect(reports(scoreOffScale, sheet, fw)).toMatchObject([
      {
        cell: cellOf(sheet, "1.1.2", "appraised"),
        message: "Điểm thẩm định 1.1 của tiêu chí 1.1.2 không thuộc thang điểm (bội số của 0.25).",
        messageEn: "The appraised score 1.1 of criterion 1.1.2 is not on the scale (multiples of 0.25).",
        expected: "bội số của 0.25",
        actual: 1.1,
      },
    ]);
  });

  it("does not report scores on the scale, leaves without a scale, or scores out of range (other rules')", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.4", "self"), 0.5);
    setCell(sheet, cellOf(sheet, "1.1.2", "self"), 1.75);
    setCell(sheet, cellOf(sheet, "1.3.1", "self"), 0.3);
    setCell(sheet, cellOf(sheet, "2.5", "self"), 1.3);
    setCell(sheet, cellOf(sheet, "2.6", "self"), -0.3);
    expect(reports(scoreOffScale, sheet, fw)).toEqual([]);
  });
});
