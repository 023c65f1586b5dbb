import { appraisalAboveSelf } from "../../../../src/core/rules/submission/appraisalAboveSelf";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("appraisal-above-self", () => {
  it("reports an appraised score above the self score, at the appraised cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.6", "self"), 0.5);
    expect(reports(appraisalAboveSelf, sheet, fw)).toEqual([
      {
        rule: "appraisal-above-self",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2.6", "appraised"),
        code: "2.6",
        message: "Điểm thẩm định 1 của tiêu chí 2.6 cao hơn điểm tự chấm 0,5.",
        messageEn: "Appraised score 1 of criterion 2.6 is above the self score 0.5.",
        expected: 0.5,
        actual: 1,
      },
    ]);
  });

  it("does not report an appraisal equal to or below the self score, a missing score, or a survey leaf", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.7", "appraised"), 0.5);
    setCell(sheet, cellOf(sheet, "2.8", "self"), null);
    setCell(sheet, cellOf(sheet, "2.9", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 4);
    expect(reports(appraisalAboveSelf, sheet, fw)).toEqual([]);
  });
});
