import { analyseWorkbook, runPipeline } from "../../../../src/core/pipeline";
import type { SheetSnapshot } from "../../../../src/core/types";
import { cellOf, recalcSubtotals, setCell, unitSheet } from "../../../helpers/fixtures";
import { surveyFramework } from "../../../helpers/surveyFramework";

const table = (values: (string | number | null)[][]): SheetSnapshot => ({
  name: "Điều tra XHH",
  originRow: 0,
  originCol: 0,
  values,
});

describe("survey components", () => {
  it("reads a two-column survey table as two components (not SIPAS only), each capped at its maximum", () => {
    const fw = surveyFramework();
    const unit = unitSheet(fw);
    const a = analyseWorkbook(
      {
        sheets: [
          unit,
          table([
            ["STT", "Đơn vị", "SIPAS", "Khảo sát lãnh đạo"],
            [1, "Phường Hồng Hà", 3.5, 5],
          ]),
        ],
      },
      { framework: fw },
    );
    const s = a.scores[0];
    expect(s.surveyParts).toEqual({ "3.1": 3.5, "3.2": 3 });
    expect(s.survey).toBe(6.5);
    expect(s.total).toBeCloseTo(s.appraisedPoints + 6.5, 9);
    expect(a.validation.findings.filter((f) => f.rule === "survey-missing")).toEqual([]);
  });

  it("takes survey points from the unit sheet's appraised column; a table that disagrees wins, with a warning", () => {
    const fw = surveyFramework();
    const unit = unitSheet(fw);
    setCell(unit, cellOf(unit, "3.1", "appraised"), 3);
    setCell(unit, cellOf(unit, "3.2", "appraised"), "2,5");
    const alone = analyseWorkbook({ sheets: [unit] }, { framework: fw }).scores[0];
    expect(alone.surveyParts).toEqual({ "3.1": 3, "3.2": 2.5 });
    const a = analyseWorkbook(
      {
        sheets: [
          unit,
          table([
            ["Đơn vị", "3.1. SIPAS"],
            ["Phường Hồng Hà", 3.75],
          ]),
        ],
      },
      { framework: fw },
    );
    expect(a.scores[0].surveyParts).toEqual({ "3.1": 3.75, "3.2": 2.5 });
    const differs = a.validation.findings.filter((f) => f.rule === "survey-sheet-differs");
    expect(differs).toMatchObject([{ sheet: "Điều tra XHH", cell: "B2", code: "3.1", expected: 3.75, actual: 3 }]);
    expect(differs[0].message).toContain(cellOf(unit, "3.1", "appraised"));
  });

  it("a single total column gives the whole survey part", () => {
    const fw = surveyFramework();
    const a = analyseWorkbook(
      {
        sheets: [
          unitSheet(fw),
          table([
            ["Đơn vị", "Điểm điều tra XHH"],
            ["Phường Hồng Hà", 5.25],
          ]),
        ],
      },
      { framework: fw },
    );
    expect(a.scores[0].survey).toBe(5.25);
    expect(a.scores[0].surveyParts).toEqual({});
  });

  it("warns survey-missing with the points at stake, never a silent 0", () => {
    const fw = surveyFramework();
    const a = analyseWorkbook({ sheets: [unitSheet(fw)] }, { framework: fw });
    expect(a.scores[0].survey).toBeNull();
    const f = a.validation.findings.filter((x) => x.rule === "survey-missing");
    expect(f).toMatchObject([{ severity: "warning", sheet: "P. Hồng Hà", expected: 7 }]);
    expect(f[0].message).toBe(
      "Phường Hồng Hà chưa có điểm điều tra XHH: 7 điểm đang tính 0. Nhập điểm điều tra (bảng điểm điều tra, trang Tổng hợp hoặc ngăn tác vụ).",
    );
    // Typed in the pane: no longer missing.
    const typed = analyseWorkbook(
      { sheets: [unitSheet(fw)] },
      { framework: fw, inputs: { "P. Hồng Hà": { surveyParts: { "3.1": 4, "3.2": 2 } } } },
    );
    expect(typed.scores[0].survey).toBe(6);
    expect(typed.validation.findings.some((x) => x.rule === "survey-missing")).toBe(false);
  });

  it("a header naming no component gets a finding at its cell, and its column is not read", () => {
    const fw = surveyFramework();
    const a = analyseWorkbook(
      {
        sheets: [
          unitSheet(fw),
          table([
            ["Đơn vị", "SIPAS", "Chỉ số PAPI"],
            ["Phường Hồng Hà", 3, 9],
          ]),
        ],
      },
      { framework: fw },
    );
    expect(a.validation.findings.filter((f) => f.rule === "survey-column-unknown")).toMatchObject([
      { sheet: "Điều tra XHH", cell: "C1", actual: "Chỉ số PAPI" },
    ]);
    expect(a.scores[0].surveyParts).toEqual({ "3.1": 3 });
  });
});

describe("rescaling when survey points are missing", () => {
  it("scores a unit without survey points on its appraised part rescaled to 100", () => {
    const fw = surveyFramework({ rescale: true });
    const a = analyseWorkbook({ sheets: [unitSheet(fw)] }, { framework: fw });
    const s = a.scores[0];
    // Full marks on the 16 appraised points of 23: the whole 23 after rescaling, an index of 100.
    expect(s.appraisedPoints).toBe(16);
    expect(s.rescaled).toBe(true);
    expect(s.total).toBeCloseTo(23, 9);
    expect(s.index).toBe(100);
    expect(a.validation.findings.find((f) => f.rule === "survey-missing")?.message).toContain("quy đổi về thang 100");
    const plans = runPipeline({ sheets: [unitSheet(fw)] }, { framework: fw }).plans;
    const summary = plans.find((p) => p.kind === "summary")!;
    const texts = summary.cells.flat().map((c) => c?.value ?? c?.formula ?? "");
    expect(texts.some((t) => String(t).includes("quy đổi về thang 100"))).toBe(true);
  });

  it("does not rescale a unit that has survey points", () => {
    const fw = surveyFramework({ rescale: true });
    const a = analyseWorkbook({ sheets: [unitSheet(fw)] }, { framework: fw, inputs: { "P. Hồng Hà": { survey: 5 } } });
    expect(a.scores[0].rescaled).toBe(false);
    expect(a.scores[0].total).toBe(21);
    expect(a.scores[0].index).toBe(91.3);
  });
});

describe("per-group maxima", () => {
  it("scores a unit over its own group's maximum, and its index over its own total", () => {
    const fw = surveyFramework({ groupMaxima: true });
    // A commune (Xã): 1.2 is worth 2 there, so its total is 24 (not 23) and a full 1.2 is 2 points.
    const xa = unitSheet(fw, { name: "X. Dân Chủ", unit: "Xã Dân Chủ" });
    // The commune's sheet states the commune's maxima (as the template for Xã would).
    setCell(xa, cellOf(xa, "1.2", "max"), 2);
    setCell(xa, cellOf(xa, "1", "max"), 7);
    setCell(xa, cellOf(xa, "1.2", "self"), 2);
    setCell(xa, cellOf(xa, "1.2", "appraised"), 2);
    recalcSubtotals(xa);
    const a = analyseWorkbook(
      { sheets: [xa, unitSheet(fw)] },
      { framework: fw, inputs: { "X. Dân Chủ": { survey: 7 }, "P. Hồng Hà": { survey: 7 } } },
    );
    const [x, p] = a.scores;
    expect(x.group).toBe("Xã");
    expect(x.max).toBe(24);
    expect(x.total).toBe(24);
    expect(x.index).toBe(100);
    expect(x.areas[0].max).toBe(7);
    expect(p.max).toBe(23);
    expect(a.validation.findings.filter((f) => f.sheet === "X. Dân Chủ" && f.severity === "error")).toEqual([]);
    // The ward's sheet scoring 2 on 1.2 is above its own maximum.
    const p2 = unitSheet(fw);
    setCell(p2, cellOf(p2, "1.2", "appraised"), 2);
    const b = analyseWorkbook({ sheets: [p2] }, { framework: fw });
    expect(b.validation.findings.some((f) => f.rule === "score-over-max" && f.code === "1.2")).toBe(true);
  });
});
