import { leaves } from "../../../../src/core/framework/model";
import { buildPlans, runPipeline } from "../../../../src/core/pipeline";
import { KEPT_SECTION, keptPlanEntries, lossAnalysis, lostItems } from "../../../../src/core/plans/remediation";
import { SheetPlan } from "../../../../src/core/types";
import { communeFramework, headerCol, headerRow, planToSnapshot, sampleUnits } from "../../../helpers/fixtures";

const fw = communeFramework();
const { specs, sheets } = sampleUnits(fw, 6, { seed: 7, problems: false });
const snapshot = { sheets };
const opts = { framework: fw, header: { date: { year: 2026, month: 1, day: 15 } } };

/** Independent computation from what each unit entered: leaves whose counted score is below max. */
function expectedLosses() {
  const out: { unit: string; code: string; lost: number }[] = [];
  for (const spec of specs) {
    for (const area of fw.areas) {
      const rows: { unit: string; code: string; lost: number }[] = [];
      for (const l of leaves({ ...fw, areas: [area] })) {
        if (l.source !== "self") continue;
        const e = spec.entries.get(l.code)!;
        const counted = (e.appraised ?? e.self) as number;
        if (counted < l.max)
          rows.push({ unit: spec.unitName, code: l.code, lost: Math.round((l.max - counted) * 1e6) / 1e6 });
      }
      rows.sort((a, b) => b.lost - a.lost);
      out.push(...rows);
    }
  }
  return out;
}

function planRows(plan: SheetPlan) {
  const h = headerRow(plan, "Giải pháp khắc phục");
  const unit = headerCol(plan, h, "Đơn vị"),
    code = headerCol(plan, h, "Mã"),
    max = headerCol(plan, h, "Điểm tối đa");
  return plan.cells
    .slice(h + 1)
    .filter((r) => typeof r[max]?.value === "number" && r[unit]?.value)
    .map((r) => ({ unit: r[unit]!.value, code: r[code]!.value }));
}

describe("the remediation plan", () => {
  const { analysis, plans } = runPipeline(snapshot, opts, { remediation: true, unitPlans: [specs[1].sheetName] });
  const plan = plans.find((p) => p.kind === "plan")!;

  it("lists exactly the leaves below maximum, in unit, area and points-lost order", () => {
    const expected = expectedLosses();
    expect(expected.length).toBeGreaterThan(10);
    expect(lostItems(analysis).map((x) => ({ unit: x.unit, code: x.leaf.code, lost: x.lost }))).toEqual(expected);
    expect(planRows(plan)).toEqual(expected.map(({ unit, code }) => ({ unit, code })));
  });

  it("computes achieved and lost with formulas over the detail sheet, and pre-fills the cause", () => {
    const h = headerRow(plan, "Giải pháp khắc phục");
    const row = plan.cells[h + 3];
    expect(row[headerCol(plan, h, "Điểm đạt")]!.formula).toMatch(/^='Điểm chi tiết'!/);
    expect(row[headerCol(plan, h, "Điểm bị mất")]!.formula).toMatch(/^=IF\(F\d+="KAD",0,E\d+-N\(F\d+\)\)$/);
    const withNote = specs.flatMap((s) =>
      [...s.entries].filter(([, e]) => e.note).map(([code, e]) => ({ unit: s.unitName, code, note: e.note })),
    );
    const causeCol = headerCol(plan, h, "Nguyên nhân");
    for (const w of withNote.slice(0, 5)) {
      const r = plan.cells.find((c) => c[1]?.value === w.unit && c[2]?.value === w.code)!;
      expect(r[causeCol]!.value).toBe(w.note);
    }
    expect(plan.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "list", values: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] }),
        expect.objectContaining({ type: "date" }),
      ]),
    );
  });

  it("keeps what staff typed (remedy, deadline, status) when generated again, matched by unit and code", () => {
    const h = headerRow(plan, "Giải pháp khắc phục");
    const typed = planToSnapshot(plan);
    const rows = planRows(plan);
    const remedyCol = headerCol(plan, h, "Giải pháp khắc phục"),
      deadlineCol = headerCol(plan, h, "Thời hạn hoàn thành"),
      statusCol = headerCol(plan, h, "Tình trạng");
    const target = rows[4];
    const ri = typed.values.findIndex((r) => r[1] === target.unit && r[2] === target.code);
    typed.values[ri][remedyCol] = "Ban hành quy chế phối hợp trước 31/3";
    typed.values[ri][deadlineCol] = 46112; // 31/3/2026 as an Excel serial
    typed.values[ri][statusCol] = "Đang thực hiện";
    // A score changes so a new row appears above: positions move, entries must follow their row.
    const first = specs[0];
    const edited = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
    const perfectLeaf = leaves(fw).find(
      (l) => l.source === "self" && (first.entries.get(l.code)!.appraised as number) === l.max,
    )!;
    const sheet0 = edited[0];
    const r0 = sheet0.values.findIndex((r) => r[0] === perfectLeaf.code);
    sheet0.values[r0][6] = 0;
    const again = buildPlans(
      runPipeline({ sheets: [...edited, typed] }, opts).analysis,
      { sheets: [...edited, typed] },
      opts,
      { remediation: true },
    );
    const plan2 = again.find((p) => p.kind === "plan")!;
    const row = plan2.cells.find((r) => r[1]?.value === target.unit && r[2]?.value === target.code)!;
    expect(row[remedyCol]!.value).toBe("Ban hành quy chế phối hợp trước 31/3");
    expect(row[deadlineCol]!.value).toBe(46112);
    expect(row[statusCol]!.value).toBe("Đang thực hiện");
    expect(plan2.cells.some((r) => r[1]?.value === first.unitName && r[2]?.value === perfectLeaf.code)).toBe(true);
  });

  it("keeps what staff typed for a criterion that reached its maximum, in a section at the end, and reports it", () => {
    const h = headerRow(plan, "Giải pháp khắc phục");
    const remedyCol = headerCol(plan, h, "Giải pháp khắc phục"),
      statusCol = headerCol(plan, h, "Tình trạng"),
      maxCol = headerCol(plan, h, "Điểm tối đa");
    const typed = planToSnapshot(plan);
    const target = planRows(plan)[2];
    const ri = typed.values.findIndex((r) => r[1] === target.unit && r[2] === target.code);
    typed.values[ri][remedyCol] = "Tập huấn cán bộ đầu mối";
    typed.values[ri][statusCol] = "Hoàn thành";
    // The unit now scores the maximum on that criterion: it leaves the plan.
    const spec = specs.find((x) => x.unitName === target.unit)!;
    const edited = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
    const sheet = edited.find((s) => s.name === spec.sheetName)!;
    const leaf = leaves(fw).find((l) => l.code === target.code)!;
    const r = sheet.values.findIndex((row) => row[0] === target.code);
    sheet.values[r][6] = leaf.max;
    const run = (sheets: typeof edited) =>
      buildPlans(runPipeline({ sheets }, opts).analysis, { sheets }, opts, { remediation: true }).find(
        (p) => p.kind === "plan",
      )!;
    const plan2 = run([...edited, typed]);
    expect(planRows(plan2).filter((x) => x.unit === target.unit && x.code === target.code)).toHaveLength(1); // only in the kept section
    const title = plan2.cells.findIndex((row) => {
      const v = row[0]?.value;
      return typeof v === "string" && v.startsWith(KEPT_SECTION);
    });
    expect(title).toBeGreaterThan(h);
    const keptRow = plan2.cells
      .slice(title + 1)
      .find((row) => row[1]?.value === target.unit && row[2]?.value === target.code)!;
    expect(keptRow[remedyCol]!.value).toBe("Tập huấn cán bộ đầu mối");
    expect(keptRow[statusCol]!.value).toBe("Hoàn thành");
    expect(keptRow[maxCol]!.value).toBe(leaf.max);
    expect(keptPlanEntries(runPipeline({ sheets: [...edited, typed] }, opts).analysis, [typed])).toEqual([
      { unit: target.unit, code: target.code },
    ]);
    // A third run reads the kept section back: still kept; entries of criteria in the plan are not reported.
    const plan3 = run([...edited, planToSnapshot(plan2)]);
    const again = plan3.cells.find((row) => row[1]?.value === target.unit && row[2]?.value === target.code)!;
    expect(again[remedyCol]!.value).toBe("Tập huấn cán bộ đầu mối");
    expect(keptPlanEntries(runPipeline({ sheets }, opts).analysis, [typed])).toEqual([]);
  });

  it("gives one unit its own print-ready plan with totals of points lost and kept", () => {
    const unitPlan = plans.find((p) => p.kind === "unit-plan")!;
    expect(unitPlan.name).toBe(`KH ${specs[1].sheetName}`);
    const text = unitPlan.cells
      .flat()
      .map((c) => c?.value)
      .filter((v) => typeof v === "string");
    expect(text).toEqual(
      expect.arrayContaining([
        `Đơn vị: ${specs[1].unitName}`,
        "Số điểm bị mất (cần khắc phục)",
        "Số tiêu chí đạt điểm tối đa (cần giữ vững)",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      ]),
    );
    const expectedCodes = expectedLosses()
      .filter((x) => x.unit === specs[1].unitName)
      .map((x) => x.code);
    const h = headerRow(unitPlan, "Giải pháp khắc phục");
    const codes = unitPlan.cells
      .slice(h + 1)
      .filter((r) => typeof r[4]?.value === "number")
      .map((r) => r[2]!.value);
    expect(codes).toEqual(expectedCodes);
    expect(unitPlan.print).toMatchObject({ paper: "A4" });
  });

  it("analysis: points lost per criterion and per unit agree with the independent computation", () => {
    const loss = lossAnalysis(analysis);
    const exp = expectedLosses();
    for (const l of loss.leaves) {
      const hits = exp.filter((x) => x.code === l.code);
      expect(l.units).toBe(hits.length);
      expect(l.lost).toBeCloseTo(
        hits.reduce((t, x) => t + x.lost, 0),
        6,
      );
    }
    const sheet = plans.find((p) => p.kind === "analysis")!;
    expect(sheet.conditionalFormats!.some((c) => c.type === "colorScale")).toBe(true);
    expect(loss.units.map((u) => u.keptAtMax + exp.filter((x) => x.unit === u.unit).length)).toEqual(
      specs.map(() => leaves(fw).filter((l) => l.source === "self").length),
    );
  });
});
