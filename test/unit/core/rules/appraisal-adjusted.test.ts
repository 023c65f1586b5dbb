import { appraisalAdjusted } from "../../../../src/core/rules/submission/appraisalAdjusted";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("appraisal-adjusted", () => {
  it("reports a score the appraiser changed, at the appraised cell, with both values", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.7", "appraised"), 0.5);
    expect(reports(appraisalAdjusted, sheet, fw)).toEqual([
      {
        rule: "appraisal-adjusted",
        severity: "info",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2.7", "appraised"),
        code: "2.7",
        message: "Tiêu chí 2.7: tự chấm 1, thẩm định 0,5.",
        messageEn: "Criterion 2.7: self 1, appraised 0.5.",
        expected: 1,
        actual: 0.5,
      },
    ]);
  });

  it("quotes the appraiser's note, cut to 120 characters", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "appraised"), 1.25);
    setCell(sheet, cellOf(sheet, "1.1.2", "note"), "Chưa hoàn thành " + "x".repeat(200));
    const note = ("Chưa hoàn thành " + "x".repeat(200)).slice(0, 120);
    expect(reports(appraisalAdjusted, sheet, fw)).toMatchObject([
      {
        message: `Tiêu chí 1.1.2: tự chấm 2, thẩm định 1,25 (${note}).`,
        messageEn: `Criterion 1.1.2: self 2, appraised 1.25 (${note}).`,
      },
    ]);
  });

  it("does not report an unchanged score, an unappraised one, or a survey leaf", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.8", "appraised"), null);
    setCell(sheet, cellOf(sheet, "3.1", "self"), 4);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 3);
    expect(reports(appraisalAdjusted, sheet, fw)).toEqual([]);
  });
});
