import { analyseWorkbook, resultPlans } from "../../../../src/core/pipeline";
import { LeafEntry } from "../../../../src/core/sample/unitSheet";
import { Framework, SheetSnapshot } from "../../../../src/core/types";
import { cellOf, fullMarks, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";

const fw = miniFramework(); // 20 points: 16 scored by units, 4 from the survey

/** A unit whose counted score is the full marks minus `lost` points taken from area 2's leaves. */
function unit(
  name: string,
  sheet: string,
  lost: number,
  opts: { appraise?: boolean; edit?: (e: Map<string, LeafEntry>) => void } = {},
): SheetSnapshot {
  const entries = fullMarks(fw, opts.appraise !== false);
  for (let i = 1; i <= lost * 2; i++) {
    const e = entries.get(`2.${i}`)!;
    if (opts.appraise === false) e.self = 0.5;
    else e.appraised = 0.5;
  }
  opts.edit?.(entries);
  return unitSheet(fw, { name: sheet, unit: name, entries, appraisal: true });
}
const run = (sheets: SheetSnapshot[], f: Framework = fw, inputs = {}) =>
  analyseWorkbook({ sheets }, { framework: f, inputs });

describe("scores, indices, ranks and bands", () => {
  it("counts the appraised score where filled, else the self score; survey points are added", () => {
    const a = run([unit("Phường Hồng Hà", "HH", 1)], fw, { HH: { survey: 3.5 } });
    const s = a.scores[0];
    expect(s.appraisedPoints).toBe(15);
    expect(s.selfPoints).toBe(16);
    expect(s.total).toBe(18.5);
    expect(s.max).toBe(20);
    expect(s.index).toBe(92.5);
    expect(s.band).toBe("Xuất sắc");
    expect(s.areas.map((x) => x.points)).toEqual([6, 9, 0]);
    expect(s.appraisalStatus).toBe("appraised");
  });

  it("ranks within each group; ties share a rank and the next rank is skipped (RANK.EQ)", () => {
    const a = run([
      unit("Phường A", "PA", 1),
      unit("Phường B", "PB", 0),
      unit("Phường C", "PC", 1),
      unit("Phường D", "PD", 2),
      unit("Xã E", "XE", 3),
    ]);
    const rank = Object.fromEntries(a.scores.map((s) => [s.sheet, s.rank]));
    expect(rank).toEqual({ PB: 1, PA: 2, PC: 2, PD: 4, XE: 1 });
  });

  it("a group with a single unit ranks it first", () => {
    expect(run([unit("Xã Dân Chủ", "DC", 2)]).scores[0]).toMatchObject({ group: "Xã", rank: 1 });
  });

  it("a unit with blocking errors is listed, not ranked, and does not push others down", () => {
    const bad = unit("Phường Z", "PZ", 0);
    setCell(bad, cellOf(bad, "1.2", "appraised"), "đạt");
    const a = run([bad, unit("Phường A", "PA", 2), unit("Phường B", "PB", 1)]);
    const z = a.scores.find((s) => s.sheet === "PZ")!;
    expect(z).toMatchObject({ blocked: true, rank: null, band: null });
    expect(z.errors).toBeGreaterThan(0);
    expect(a.scores.find((s) => s.sheet === "PB")!.rank).toBe(1);
    expect(a.scores.find((s) => s.sheet === "PA")!.rank).toBe(2);
  });

  it("a unit not yet appraised is scored on its self scores and says so", () => {
    const s = run([unit("Xã Quảng La", "QL", 1, { appraise: false })]).scores[0];
    expect(s.appraisalStatus).toBe("not-appraised");
    expect(s.countedFrom).toEqual({ appraised: 0, self: 15, none: 0 });
    expect(s.appraisedPoints).toBe(15);
    const a = run([unit("Xã Quảng La", "QL", 1, { appraise: false }), unit("Phường A", "PA", 0)]);
    const r = resultPlans(a, { framework: fw });
    const said = (sheet: string) => r.plans[0].cells[r.summary.unitRow.get(sheet)!][r.summary.col.counted]!.value;
    expect(said("QL")).toBe("Điểm tự đánh giá (chưa thẩm định)");
    expect(said("PA")).toBe("Điểm thẩm định");
  });

  it("which score counts is a choice: appraised else self (default), appraised only, or self only", () => {
    const sheet = () =>
      unit("Phường A", "PA", 1, {
        edit: (e) => {
          e.get("1.2")!.appraised = undefined;
          e.get("1.1.1")!.appraised = 0.5;
        },
      });
    const pts = (counted: "appraised-else-self" | "appraised" | "self") =>
      analyseWorkbook({ sheets: [sheet()] }, { framework: fw, counted }).scores[0].appraisedPoints;
    expect(pts("appraised-else-self")).toBe(16 - 1 - 0.5);
    expect(pts("appraised")).toBe(16 - 1 - 0.5 - 1);
    expect(pts("self")).toBe(16);
    const a = analyseWorkbook({ sheets: [sheet()] }, { framework: fw, counted: "self" });
    const r = resultPlans(a, { framework: fw });
    expect(r.plans[2].cells[r.detail.unitRow.get("PA")!][r.detail.leafCol.get("1.1.1")!]!.formula).toBe("='PA'!D9");
    const onlyAppraised = analyseWorkbook({ sheets: [sheet()] }, { framework: fw, counted: "appraised" });
    const r2 = resultPlans(onlyAppraised, { framework: fw });
    expect(r2.plans[2].cells[r2.detail.unitRow.get("PA")!][r2.detail.leafCol.get("1.1.1")!]!.formula).toBe("='PA'!G9");
  });

  it("not-applicable leaves: rescale removes their maximum; award-max gives it", () => {
    const sheet = () =>
      unit("Phường A", "PA", 0, {
        edit: (e) => {
          e.get("1.1.2")!.appraised = "KAD";
        },
      });
    const r = run([sheet()]).scores[0];
    expect(r).toMatchObject({ naMax: 2, appraisedPoints: 14, max: 18, total: 14 });
    expect(r.index).toBe(77.78);
    const award = run([sheet()], { ...fw, notApplicableRule: "award-max" }).scores[0];
    expect(award).toMatchObject({ naMax: 2, appraisedPoints: 14, max: 20, total: 16, index: 80 });
  });

  it("bonus and penalty are capped by the framework", () => {
    const f = { ...fw, bonusMax: 1, penaltyMax: 2 };
    const s = run([unit("Phường A", "PA", 0)], f, { PA: { survey: 4, bonus: 3, penalty: 5 } }).scores[0];
    expect(s.total).toBe(16 + 4 + 1 - 2);
  });

  it("a criterion marked for one group takes its sub-criteria with it", () => {
    const f = miniFramework();
    f.areas[0].children[2].appliesTo = ["Phường"]; // 1.3 and its sub-criteria 1.3.1, 1.3.2
    const s = run([unit("Xã E", "XE", 0)], f).scores[0];
    expect(s).toMatchObject({ notApplyingMax: 2, max: 18, appraisedPoints: 14, selfPoints: 14 });
    const ward = run([unit("Phường A", "PA", 0)], f).scores[0];
    expect(ward).toMatchObject({ notApplyingMax: 0, max: 20, appraisedPoints: 16 });
  });

  it("leaves that do not apply to the unit's group leave its maximum", () => {
    const f = miniFramework();
    f.areas[1].children[9].appliesTo = ["Phường"];
    const s = run([unit("Xã E", "XE", 0)], f).scores[0];
    expect(s.notApplyingMax).toBe(1);
    expect(s.max).toBe(19);
    expect(s.appraisedPoints).toBe(15);
  });
});

describe("the summary sheet plan", () => {
  it("computes every number with a formula over the detail and unit sheets", () => {
    const a = run([unit("Phường A", "PA", 1), unit("Xã E", "XE", 0)]);
    const r = resultPlans(a, { framework: fw, header: { date: { year: 2025, month: 12, day: 5 }, place: "Hạ Long" } });
    const [summary, ranking, detail] = r.plans;
    expect([summary.name, ranking.name, detail.name]).toEqual(["Tổng hợp", "Xếp hạng", "Điểm chi tiết"]);
    const row = summary.cells[r.summary.unitRow.get("PA")!];
    for (const k of ["appraised", "self", "diff", "na", "total", "max", "index", "rank", "band"] as const)
      expect(row[r.summary.col[k]]?.formula).toMatch(/^=/);
    expect(row[r.summary.col.unit]).toEqual({ value: "Phường A" });
    expect(row[r.summary.col.rank]!.formula).toContain("COUNTIFS(");
    expect(row[r.summary.col.band]!.formula).toContain("LOOKUP(");
    expect(row[r.summary.col.areas[0]]!.formula).toBe("=SUM('Điểm chi tiết'!D5:H5)");
    const d = detail.cells[r.detail.unitRow.get("PA")!][r.detail.leafCol.get("1.1.1")!]!;
    expect(d.formula).toBe("=IF('PA'!G9=\"\",'PA'!D9,'PA'!G9)");
    expect(summary.cells.flat().some((c) => c?.value === "Hạ Long, ngày 05 tháng 12 năm 2025")).toBe(true);
    expect(summary.tables?.[0].range).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect(ranking.charts).toHaveLength(2);
  });

  it("reads text numbers and KAD marks in the formula the way the engine does", () => {
    const s = unit("Phường A", "PA", 0);
    setCell(s, cellOf(s, "1.2", "self"), "0,5");
    setCell(s, cellOf(s, "1.2", "appraised"), null);
    setCell(s, cellOf(s, "2.3", "appraised"), "Không áp dụng");
    const a = run([s]);
    const r = resultPlans(a, { framework: fw });
    const row = r.plans[2].cells[r.detail.unitRow.get("PA")!];
    expect(row[r.detail.leafCol.get("1.2")!]!.formula).toContain('NUMBERVALUE(\'PA\'!D11,",",".")');
    expect(row[r.detail.leafCol.get("2.3")!]!.formula).toContain('"KAD"');
  });
});
