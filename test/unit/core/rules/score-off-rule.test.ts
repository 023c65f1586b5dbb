import { scoreOffRule } from "../../../../src/core/rules/submission/scoreOffRule";
import type { Framework } from "../../../../src/core/types";
import { leaves } from "../../../../src/core/framework/model";
import { cellOf, fullMarks, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

// Formula-scored criteria (issue 15, item 6): the score the "Cách tính điểm" gives on the unit's
// declared figures, against the scores typed.
function ruled(): Framework {
  const fw = miniFramework();
  const byCode = new Map(leaves(fw).map((l) => [l.code, l]));
  byCode.get("1.1.2")!.ruleText = "Tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%";
  byCode.get("2.1")!.ruleText = "100%: 1; 80 – < 100%: 0,5; < 80%: 0";
  byCode.get("1.3.1")!.ruleText = "Mỗi văn bản chậm trừ 0,25, tối đa 1";
  byCode.get("1.2")!.ruleText =
    "Hoàn thành xuất sắc: tối đa; hoàn thành tốt: 75%; hoàn thành: 50%; không hoàn thành: 0";
  return fw;
}

function sheetWith(fw: Framework, declared: Record<string, unknown>, scores: Record<string, [number, number?]> = {}) {
  const entries = fullMarks(fw);
  for (const [code, d] of Object.entries(declared)) entries.get(code)!.declared = d as never;
  for (const [code, [self, appraised]] of Object.entries(scores)) {
    const e = entries.get(code)!;
    e.self = self;
    e.appraised = appraised;
  }
  return unitSheet(fw, { entries });
}

describe("score-off-rule", () => {
  const fw = ruled();

  it("reports a self score above what the national 80% rule gives, with the expected score in Vietnamese numbers", () => {
    // 45 of 60 files = 75 %: 75 % × 2 / 80 % = 1,875 → 1,88.
    const sheet = sheetWith(fw, { "1.1.2": "45/60" }, { "1.1.2": [2, 1.88] });
    expect(reports(scoreOffRule, sheet, fw)).toEqual([
      {
        rule: "score-off-rule",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.1.2", "self"),
        code: "1.1.2",
        message:
          "Điểm tự chấm 2 của tiêu chí 1.1.2 khác điểm theo cách tính điểm: 1,88 (số liệu kê khai 45/60 = 75%; " +
          "“Tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%”). Điểm được tính vẫn là điểm đã nhập (điểm thẩm định, khi có).",
        messageEn:
          "The self score 2 of criterion 1.1.2 differs from the scoring rule's 1.88 (declared 45/60 = 75%; " +
          "“Tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%”). The typed score still counts (the appraised score, where there is one).",
        expected: 1.88,
        actual: 2,
      },
    ]);
  });

  it("reports the appraised score too when it differs, saying the appraiser's typed score still counts", () => {
    const sheet = sheetWith(fw, { "2.1": "90,5 %", "1.3.1": "3 văn bản" }, { "2.1": [0.5, 1], "1.3.1": [1, 0.25] });
    const found = reports(scoreOffRule, sheet, fw);
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      // 3 late documents × 0,25 = 0,75 lost of 1.
      [cellOf(sheet, "1.3.1", "self"), 0.25, 1],
      [cellOf(sheet, "2.1", "appraised"), 0.5, 1],
    ]);
    expect(found[1].message).toBe(
      "Điểm thẩm định 1 của tiêu chí 2.1 khác điểm theo cách tính điểm: 0,5 (số liệu kê khai 90,5%; " +
        "“100%: 1; 80 – < 100%: 0,5; < 80%: 0”). Điểm được tính vẫn là điểm đã nhập.",
    );
  });

  it("reads the shares of the maximum by the option the unit names", () => {
    const sheet = sheetWith(fw, { "1.2": "Hoàn thành tốt" }, { "1.2": [1, 1] });
    // "hoàn thành tốt: 75%" of 1 point is 0,75: both typed scores differ.
    expect(reports(scoreOffRule, sheet, fw).map((f) => [f.cell, f.expected])).toEqual([
      [cellOf(sheet, "1.2", "self"), 0.75],
      [cellOf(sheet, "1.2", "appraised"), 0.75],
    ]);
  });

  it("reads numerator and denominator columns, and a ratio typed in a percentage cell (0,9)", () => {
    const sheet = sheetWith(fw, {}, { "1.1.2": [2, 2], "2.1": [1, 1] });
    const header = 5;
    setCell(sheet, `J${header + 1}`, "Tử số");
    setCell(sheet, `K${header + 1}`, "Mẫu số");
    setCell(sheet, `L${header + 1}`, "Tỷ lệ (%)");
    const row = (code: string) => cellOf(sheet, code, "code").replace(/^[A-Z]+/, "");
    // 49.533 of 62.027 files (79,86 %): the national rule gives 2 × 0,7986 / 0,8 = 2,00 → no finding.
    setCell(sheet, `J${row("1.1.2")}`, "49.533");
    setCell(sheet, `K${row("1.1.2")}`, 62027);
    setCell(sheet, `L${row("2.1")}`, 0.9);
    expect(
      reports(scoreOffRule, sheet, fw).map((f) => [f.cell, f.expected, f.message.match(/kê khai ([^;]+);/)?.[1]]),
    ).toEqual([
      [cellOf(sheet, "2.1", "self"), 0.5, "90%"],
      [cellOf(sheet, "2.1", "appraised"), 0.5, "90%"],
    ]);
  });

  it("does not report scores the rule gives, rows with nothing declared, KAD, or leaves without a rule", () => {
    const sheet = sheetWith(
      fw,
      { "1.1.2": "90%", "2.1": "Không áp dụng", "2.2": "10%", "1.3.1": 0 },
      { "1.1.2": [2, 2], "2.1": [0, 0] },
    );
    expect(reports(scoreOffRule, sheet, fw)).toEqual([]);
    // A unit scored on another framework's rule-less leaves never gets this warning.
    expect(reports(scoreOffRule, sheetWith(miniFramework(), { "1.1.2": "10%" }), miniFramework())).toEqual([]);
  });
});
