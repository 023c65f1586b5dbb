import { submissionTemplatePlan } from "../../../../src/core/framework/template";
import { analyseWorkbook } from "../../../../src/core/pipeline";
import { validateWorkbook } from "../../../../src/core/submission/validate";
import { SheetSnapshot } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/miniFramework";
import { planToSnapshot } from "../../../helpers/planSnapshot";
import { fullMarks, unitSheet } from "../../../helpers/sheets";

const fw = miniFramework();

describe("which sheets of a workbook are units", () => {
  it("a unit that filled in the office's template (which keeps its mark) is a unit; the blank template is not", () => {
    const blank = planToSnapshot(submissionTemplatePlan(fw, { year: 2025 }));
    expect(blank.generated).toBe("template");
    const filled: SheetSnapshot = { ...blank, name: "Xã Dân Chủ", values: blank.values.map((r) => [...r]) };
    filled.values[1][0] = "Đơn vị: Xã Dân Chủ";
    for (const [code, e] of fullMarks(fw, false)) {
      const r = filled.values.findIndex((row) => row[0] === code);
      if (r >= 0) filled.values[r][3] = e.self as number;
    }
    const wb = validateWorkbook({ sheets: [blank, filled] }, fw);
    expect(wb.sheets.map((s) => s.submission.unit)).toEqual(["Xã Dân Chủ"]);
    expect(wb.skipped).toEqual([{ sheet: blank.name, file: undefined, reason: "template-empty" }]);
  });

  it("a framework sheet is never a unit, whatever its name says (Bộ tiêu chí 2025, Criteria)", () => {
    const named = (name: string): SheetSnapshot => ({
      name,
      originRow: 0,
      originCol: 0,
      values: [
        ["Mã", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
        ["1", "Công tác chỉ đạo", 6, 6],
      ],
    });
    const wb = validateWorkbook({ sheets: [named("Bộ tiêu chí 2025"), named("Criteria"), unitSheet(fw)] }, fw);
    expect(wb.skipped.map((s) => [s.sheet, s.reason])).toEqual([
      ["Bộ tiêu chí 2025", "framework"],
      ["Criteria", "framework"],
    ]);
    expect(wb.sheets).toHaveLength(1);
  });
});

describe("survey points", () => {
  const table = (rows: [string, number][]): SheetSnapshot => ({
    name: "Điều tra XHH",
    originRow: 0,
    originCol: 0,
    values: [["Đơn vị", "Điểm điều tra XHH"], ...rows],
  });

  it("come from a survey table in the workbook, capped at the framework's survey part with a warning", () => {
    const a = analyseWorkbook(
      {
        sheets: [
          unitSheet(fw),
          unitSheet(fw, { name: "X. Dân Chủ", unit: "Xã Dân Chủ" }),
          table([
            ["Phường Hồng Hà", 3.5],
            ["Xã Dân Chủ", 92.99],
          ]),
        ],
      },
      { framework: fw },
    );
    expect(a.scores.map((s) => s.survey)).toEqual([3.5, 4]);
    expect(a.scores[1].total).toBe(20);
    expect(a.validation.findings.filter((f) => f.rule === "survey-over-max")).toMatchObject([
      { sheet: "Điều tra XHH", cell: "B3", severity: "warning", expected: 4, actual: 92.99 },
    ]);
  });

  it("a corrected survey table wins over the value an earlier run copied into the summary", () => {
    const summary: SheetSnapshot = {
      name: "Tổng hợp",
      originRow: 0,
      originCol: 0,
      generated: "summary",
      values: [
        ["Trang tính", "Điểm điều tra XHH"],
        ["P. Hồng Hà", 2],
      ],
    };
    const a = analyseWorkbook({ sheets: [unitSheet(fw), summary, table([["Phường Hồng Hà", 3]])] }, { framework: fw });
    expect(a.scores[0].survey).toBe(3);
    const b = analyseWorkbook({ sheets: [unitSheet(fw), summary] }, { framework: fw });
    expect(b.scores[0].survey).toBe(2);
  });
});
