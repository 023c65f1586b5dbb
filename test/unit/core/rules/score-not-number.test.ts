import { scoreNotNumber } from "../../../../src/core/rules/submission/scoreNotNumber";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("score-not-number", () => {
  it("reports a self score written as a word, at its cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "self"), "đạt");
    expect(reports(scoreNotNumber, sheet, fw)).toEqual([
      {
        rule: "score-not-number",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.2", "self"),
        code: "1.2",
        message: 'Điểm tự chấm của tiêu chí 1.2 không phải là số: "đạt".',
        messageEn: 'The self score of criterion 1.2 is not a number: "đạt".',
        expected: "0–1",
        actual: "đạt",
      },
    ]);
  });

  it("reports an appraised score that does not read as a number", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "appraised"), "0..5");
    expect(reports(scoreNotNumber, sheet, fw).map((f) => [f.cell, f.message, f.messageEn, f.expected])).toEqual([
      [
        cellOf(sheet, "1.1.2", "appraised"),
        'Điểm thẩm định của tiêu chí 1.1.2 không phải là số: "0..5".',
        'The appraised score of criterion 1.1.2 is not a number: "0..5".',
        "0–2",
      ],
    ]);
  });

  it("does not report decimal-comma text, not-applicable marks, or a survey leaf's text", () => {
    const sheet = unitSheet(fw, { quirks: { textScores: true } });
    setCell(sheet, cellOf(sheet, "1.1.2", "self"), "1,5");
    setCell(sheet, cellOf(sheet, "2.1", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "2.2", "appraised"), "Không áp dụng");
    setCell(sheet, cellOf(sheet, "3.1", "self"), "theo điều tra");
    expect(reports(scoreNotNumber, sheet, fw)).toEqual([]);
  });

  it("does not report a survey mark (ĐTXHH, Điều tra XHH, SIPAS) on a criterion the unit scores, and still reports a word", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "self"), "ĐTXHH");
    setCell(sheet, cellOf(sheet, "1.3.1", "self"), "Điều tra XHH");
    setCell(sheet, cellOf(sheet, "1.3.2", "appraised"), "SIPAS 2024");
    expect(reports(scoreNotNumber, sheet, fw)).toEqual([]);
    setCell(sheet, cellOf(sheet, "1.2", "self"), "ĐTXHH tốt");
    setCell(sheet, cellOf(sheet, "1.3.1", "self"), "điều tra");
    expect(reports(scoreNotNumber, sheet, fw).map((f) => [f.cell, f.code])).toEqual([
      [cellOf(sheet, "1.2", "self"), "1.2"],
      [cellOf(sheet, "1.3.1", "self"), "1.3.1"],
    ]);
  });
});
