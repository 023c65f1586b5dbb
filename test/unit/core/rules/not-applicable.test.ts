import { notApplicable } from "../../../../src/core/rules/submission/notApplicable";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

describe("not-applicable", () => {
  it("reports a counted score marked not applicable, and that the framework rescales", () => {
    const fw = miniFramework();
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.8", "appraised"), "Không áp dụng");
    expect(reports(notApplicable, sheet, fw)).toEqual([
      {
        rule: "not-applicable",
        severity: "info",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "2.8", "appraised"),
        code: "2.8",
        message: 'Tiêu chí 2.8 ghi "Không áp dụng" (không áp dụng): bỏ điểm tối đa và quy đổi về thang 100.',
        messageEn:
          'Criterion 2.8 is marked "Không áp dụng" (not applicable): its maximum is removed and the result rescaled to 100.',
        expected: null,
        actual: "Không áp dụng",
      },
    ]);
  });

  it("says the leaf is awarded its maximum under a framework that does so", () => {
    const fw = { ...miniFramework(), notApplicableRule: "award-max" as const };
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.9", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "2.9", "appraised"), null);
    expect(reports(notApplicable, sheet, fw)).toMatchObject([
      {
        cell: cellOf(sheet, "2.9", "self"),
        message: 'Tiêu chí 2.9 ghi "KAD" (không áp dụng): được tính điểm tối đa.',
        messageEn: 'Criterion 2.9 is marked "KAD" (not applicable): it is awarded its maximum.',
      },
    ]);
  });

  it("does not report a mark the appraiser replaced with a score, nor a mark on a survey leaf", () => {
    const fw = miniFramework();
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.9", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "3.1", "self"), "Không áp dụng");
    expect(reports(notApplicable, sheet, fw)).toEqual([]);
  });
});
