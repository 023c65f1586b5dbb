import { evidenceMissing } from "../../../../src/core/rules/submission/evidenceMissing";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("evidence-missing", () => {
  it("reports a leaf scored above zero without evidence or explanation, at its evidence cell", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.1.2", "evidence"), null);
    expect(reports(evidenceMissing, sheet, fw)).toEqual([
      {
        rule: "evidence-missing",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.1.2", "evidence"),
        code: "1.1.2",
        message: "Tiêu chí 1.1.2 tự chấm 2 điểm nhưng không có tài liệu kiểm chứng hay giải trình.",
        messageEn: "Criterion 1.1.2 is self-scored 2 with neither evidence nor explanation.",
        expected: null,
        actual: null,
      },
    ]);
  });

  it("reports at the self cell when the sheet has no evidence column", () => {
    const sheet = unitSheet(fw);
    for (const row of sheet.values) if (row) row.splice(4, 2, null, null);
    const found = reports(evidenceMissing, sheet, fw);
    expect(found.map((f) => f.cell)).toContain(cellOf(sheet, "1.2", "self"));
  });

  it("does not report an explanation instead of evidence, a zero score, evidence merged from above, or a leaf needing none", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "1.2", "evidence"), null);
    setCell(sheet, cellOf(sheet, "1.2", "explanation"), "Đã báo cáo qua hệ thống");
    setCell(sheet, cellOf(sheet, "2.1", "evidence"), null);
    setCell(sheet, cellOf(sheet, "2.1", "self"), 0);
    setCell(sheet, cellOf(sheet, "2.3", "evidence"), null);
    sheet.merges = [`${cellOf(sheet, "2.2", "evidence")}:${cellOf(sheet, "2.3", "evidence")}`];
    setCell(sheet, cellOf(sheet, "1.3.2", "evidence"), null);
    expect(reports(evidenceMissing, sheet, fw)).toEqual([]);
  });
});
