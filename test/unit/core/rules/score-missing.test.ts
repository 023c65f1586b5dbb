import { scoreMissing } from "../../../../src/core/rules/submission/scoreMissing";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("score-missing", () => {
  it("reports a self-scored leaf with neither score, at its self cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.3.1", "self"), null);
    setCell(sheet, cellOf(sheet, "1.3.1", "appraised"), null);
    expect(reports(scoreMissing, sheet, fw)).toEqual([
      {
        rule: "score-missing",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.3.1", "self"),
        code: "1.3.1",
        message: "Tiêu chí 1.3.1 chưa có điểm tự đánh giá.",
        messageEn: "Criterion 1.3.1 has no self score.",
        expected: "0–1",
        actual: null,
      },
    ]);
  });

  it("reports every unscored leaf of a blank sheet without appraisal columns", () => {
    const sheet = unitSheet(fw, { entries: new Map(), appraisal: false });
    const found = reports(scoreMissing, sheet, fw);
    expect(found.map((f) => f.code)).toEqual([
      "1.1.1",
      "1.1.2",
      "1.2",
      "1.3.1",
      "1.3.2",
      ...Array.from({ length: 10 }, (_, i) => `2.${i + 1}`),
    ]);
    expect(found[1]).toMatchObject({ cell: cellOf(sheet, "1.1.2", "self"), expected: "0–2" });
  });

  it("does not report a leaf with only an appraised score, a KAD, a survey leaf, or a leaf of another group", () => {
    const forXa = miniFramework();
    forXa.areas[0].children[1].appliesTo = ["Xã"]; // 1.2
    const sheet = unitSheet(forXa);
    setCell(sheet, cellOf(sheet, "1.2", "self"), null);
    setCell(sheet, cellOf(sheet, "1.2", "appraised"), null);
    setCell(sheet, cellOf(sheet, "2.1", "self"), null);
    setCell(sheet, cellOf(sheet, "2.2", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "2.2", "appraised"), null);
    expect(reports(scoreMissing, sheet, forXa)).toEqual([]);
  });
});
