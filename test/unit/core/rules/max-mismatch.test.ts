import { maxMismatch } from "../../../../src/core/rules/submission/maxMismatch";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("max-mismatch", () => {
  it("reports a stated maximum other than the framework's, at the maximum cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "max"), 2);
    expect(reports(maxMismatch, sheet, fw)).toEqual([
      {
        rule: "max-mismatch",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.2", "max"),
        code: "1.2",
        message: "Điểm tối đa của tiêu chí 1.2 là 2, bộ tiêu chí quy định 1.",
        messageEn: "Maximum of criterion 1.2 is 2; the framework sets 1.",
        expected: 1,
        actual: 2,
      },
    ]);
  });

  it("reports a maximum written as words, and an area's maximum, by its Roman numeral", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.3.1", "max"), "một điểm");
    setCell(sheet, cellOf(sheet, "2", "max"), 12);
    const found = reports(maxMismatch, sheet, fw);
    expect(found.map((f) => [f.cell, f.actual])).toEqual([
      [cellOf(sheet, "1.3.1", "max"), "một điểm"],
      [cellOf(sheet, "2", "max"), 12],
    ]);
    expect(found[0].message).toBe("Điểm tối đa của tiêu chí 1.3.1 là một điểm, bộ tiêu chí quy định 1.");
    expect(found[1].message).toBe("Điểm tối đa của tiêu chí II là 12, bộ tiêu chí quy định 10.");
    expect(found[1].messageEn).toBe("Maximum of criterion 2 is 12; the framework sets 10.");
  });

  it("does not report a matching, empty or broken maximum (formula-error's), nor one typed as text", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "max"), null);
    setCell(sheet, cellOf(sheet, "2.1", "max"), { error: "#REF!" });
    setCell(sheet, cellOf(sheet, "1.1.2", "max"), "2");
    expect(reports(maxMismatch, sheet, fw)).toEqual([]);
  });
});
