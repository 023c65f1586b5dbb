// Bonus and penalty rows in the unit's own sheet (issue 14, reading side): "Điểm thưởng", "Điểm cộng",
// "Điểm trừ", "Điểm phạt", numbered or not, are read as the unit's bonus and penalty, never as unknown
// criteria, and counted (capped by the framework) in the engine and in the summary's live formulas.
import { runPipeline } from "../../../../src/core/pipeline";
import { scoreUnit } from "../../../../src/core/scoring/score";
import { validateSheet } from "../../../../src/core/submission/validate";
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

const fw = miniFramework();
const title = ["Đơn vị: UBND phường Hồng Hà - Năm 2024"];

describe("bonus and penalty rows", () => {
  it("reads numbered rows after the total (a scoring app's report) as bonus and penalty, not criteria", () => {
    const sheet = layoutSheet(fw, {
      title,
      tail: [
        ["IX", "Điểm thưởng", 2, 1],
        ["X", "Điểm phạt", "", 0.5],
        ["", "Tổng cộng (tổng điểm + điểm thưởng - điểm phạt)", 100, 16.5],
      ],
    });
    const r = readLayout(sheet, fw);
    expect([r.unit, r.points, r.blocked]).toEqual(["Phường Hồng Hà", 16, false]);
    expect(r.findings).toEqual([]);
    const adj = r.v.submission.reading.adjustments;
    expect(
      adj.map((a) => [a.kind, a.cell, a.title, a.self?.addr, a.self?.num.kind === "number" && a.self.num.value]),
    ).toEqual([
      ["bonus", `B${rowWith(sheet, "Điểm thưởng") + 1}`, "Điểm thưởng", `D${rowWith(sheet, "Điểm thưởng") + 1}`, 1],
      ["penalty", `B${rowWith(sheet, "Điểm phạt") + 1}`, "Điểm phạt", `D${rowWith(sheet, "Điểm phạt") + 1}`, 0.5],
    ]);
    expect(r.v.submission.totalRow!.row).toBe(rowWith(sheet, "TỔNG ĐIỂM"));
  });

  it("reads 'Điểm cộng' / 'Điểm trừ' with the number inside the title, or a bullet in the code cell", () => {
    const noCode = layoutSheet(fw, {
      title,
      codeInTitle: true,
      tail: [
        ["4. Điểm cộng", 2, 0.5],
        ["5. Điểm trừ (vi phạm kỷ luật)", "", 1],
      ],
    });
    const r = readLayout(noCode, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.reading.adjustments.map((a) => [a.kind, a.cell])).toEqual([
      ["bonus", `A${rowWith(noCode, "4. Điểm cộng") + 1}`],
      ["penalty", `A${rowWith(noCode, "5. Điểm trừ (vi phạm kỷ luật)") + 1}`],
    ]);
    const bullet = layoutSheet(fw, { title, tail: [["-", "Điểm thưởng", 2, 1]] });
    const b = readLayout(bullet, fw);
    expect(b.findings).toEqual([]);
    expect(b.v.submission.reading.adjustments.map((a) => a.kind)).toEqual(["bonus"]);
    expect(b.v.submission.reading.options).toEqual([]);
  });
});

describe("bonus and penalty rows counted", () => {
  const report = () =>
    layoutSheet(fw, {
      title,
      tail: [
        ["IX", "Điểm thưởng", 2, 1],
        ["X", "Điểm phạt", "", "-0,5"],
        ["", "Tổng cộng (tổng điểm + điểm thưởng - điểm phạt)", 100, 16.5],
      ],
    });

  it("adds the bonus and takes off the penalty (a penalty written -0,5 takes 0,5 off), capped by the framework", () => {
    const v = validateSheet(report(), fw);
    const s = scoreUnit(v, fw);
    expect([s.bonus, s.penalty, s.bonusFrom, s.penaltyFrom, s.total]).toEqual([1, 0.5, "sheet", "sheet", 16.5]);
    const capped = scoreUnit(v, { ...fw, bonusMax: 0.5, penaltyMax: 0.25 });
    expect([capped.bonus, capped.penalty, capped.total]).toEqual([1, 0.5, 16.25]);
  });

  it("accepts a grand total that includes them, and flags one that is wrong", () => {
    const only = layoutSheet(fw, {
      title,
      totalSelf: 16.5,
      tail: [
        ["", "Điểm thưởng", 2, 1],
        ["", "Điểm trừ", "", 0.5],
      ],
    });
    expect(readLayout(only, fw).findings).toEqual([]);
    const wrong = layoutSheet(fw, {
      title,
      totalSelf: 17,
      tail: [
        ["", "Điểm thưởng", 2, 1],
        ["", "Điểm trừ", "", 0.5],
      ],
    });
    expect(readLayout(wrong, fw).findings).toEqual([["sum-mismatch", `D${rowWith(wrong, "TỔNG ĐIỂM") + 1}`, null]]);
  });

  it("lets what staff entered win over the sheet's rows, and an earlier summary's copy never does", () => {
    const sheet = report();
    const v = validateSheet(sheet, fw);
    const typed = scoreUnit(v, fw, { bonus: 0.25 });
    expect([typed.bonus, typed.bonusFrom, typed.penalty, typed.penaltyFrom]).toEqual([0.25, "input", 0.5, "sheet"]);
    const cleared = scoreUnit(v, fw, { bonus: null });
    expect([cleared.bonus, cleared.bonusFrom, cleared.total]).toEqual([null, null, 15.5]);
  });

  it("writes the summary's bonus and penalty as live formulas over the unit's rows, in the total", () => {
    const sheet = report();
    const { analysis, plans } = runPipeline({ sheets: [sheet] }, { framework: fw });
    const summary = plans.find((p) => p.kind === "summary")!;
    const header = summary.cells.findIndex((r) => r?.some((c) => c?.value === "Điểm thưởng"));
    const col = (h: string) => summary.cells[header].findIndex((c) => c?.value === h);
    const row = summary.cells[header + 1];
    const bonusRow = rowWith(sheet, "Điểm thưởng") + 1,
      penaltyRow = rowWith(sheet, "Điểm phạt") + 1;
    expect(row[col("Điểm thưởng")]).toEqual({ formula: `=N('Sheet1'!D${bonusRow})` });
    expect(row[col("Điểm trừ")]!.formula).toBe(`=ABS(N(NUMBERVALUE('Sheet1'!D${penaltyRow},",",".")))`);
    expect(row[col("Tổng điểm")]!.formula).toMatch(/\+N\([A-Z]+\d+\)-N\([A-Z]+\d+\)$/);
    expect(analysis.scores[0].total).toBe(16.5);
  });
});
