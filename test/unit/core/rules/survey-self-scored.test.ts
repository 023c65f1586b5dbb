import { surveySelfScored } from "../../../../src/core/rules/submission/surveySelfScored";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("survey-self-scored", () => {
  it("reports a score the unit gave a survey leaf, at its self cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "self"), 4);
    expect(reports(surveySelfScored, sheet, fw)).toEqual([
      {
        rule: "survey-self-scored",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "3.1", "self"),
        code: "3.1",
        message: "Tiêu chí 3.1 lấy điểm từ điều tra xã hội học; điểm tự chấm không được tính.",
        messageEn: "Criterion 3.1 is scored from the survey; the self score is not counted.",
        expected: null,
        actual: 4,
      },
    ]);
  });

  it("does not report survey points the office wrote in the appraised column (they are the unit's survey points)", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 3.5);
    expect(reports(surveySelfScored, sheet, fw)).toEqual([]);
  });

  it("does not report an empty survey leaf, a note in it, or scores of self-scored leaves", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "self"), "theo kết quả điều tra");
    expect(reports(surveySelfScored, sheet, fw)).toEqual([]);
  });
});
