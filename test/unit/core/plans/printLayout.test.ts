import { buildPlans, runPipeline } from "../../../../src/core/pipeline";
import { documentHeader, fitRowHeights, PlanBuilder, wrappedLines } from "../../../../src/core/plans/builder";
import { unitIssuer } from "../../../../src/core/plans/remediation";
import { SheetPlan } from "../../../../src/core/types";
import { communeFramework, headerRow, sampleUnits } from "../../../helpers/fixtures";

// Print layout of the generated documents (issue 17): wrapped text gets row heights, since Excel
// never grows a row when it opens a file, and the remediation plan fits A4 landscape at ≥ 9 pt.

describe("wrappedLines", () => {
  it("wraps words greedily and breaks words longer than the column", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("ngắn", 10)).toBe(1);
    expect(wrappedLines("một hai ba bốn năm sáu bảy tám chín mười", 10)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines("x".repeat(40), 11)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines("dòng một\ndòng hai", 40)).toBe(2);
  });
});

describe("fitRowHeights", () => {
  it("sets a height from the longest wrapped cell, keeping a larger height already set", () => {
    const b = new PlanBuilder("x", "plan", 12);
    b.value(0, 0, "ngắn")
      .value(1, 0, "một câu rất dài cần ngắt thành nhiều dòng trong cột hẹp này")
      .value(2, 0, "ngắn");
    b.widths([12]);
    b.plan.rowHeights = [{ row: 2, height: 60 }];
    fitRowHeights(b, 0, 2, [0]);
    const h = new Map(b.plan.rowHeights.map((r) => [r.row, r.height]));
    expect(h.has(0)).toBe(false);
    expect(h.get(1)).toBeGreaterThanOrEqual(4 * 15.6);
    expect(h.get(2)).toBe(60);
  });
});

describe("the remediation plan's print layout", () => {
  const fw = communeFramework();
  const { sheets } = sampleUnits(fw, 6, { seed: 7, problems: false });
  const opts = { framework: fw, header: { date: { year: 2026, month: 1, day: 15 } } };
  const a = runPipeline({ sheets }, opts).analysis;
  const plan = buildPlans(a, { sheets }, opts).find((p) => p.kind === "plan") as SheetPlan;

  it("is A4 landscape, fitted to the width, with its header row repeated", () => {
    const h = headerRow(plan, "Giải pháp khắc phục");
    expect(plan.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      titleRows: `$${h + 1}:$${h + 1}`,
      fitToWidth: true,
    });
  });

  it("is narrow enough to print 12 pt at 9 pt or more on A4 landscape (about 135 characters)", () => {
    const total = plan.columnWidths!.reduce((s, w) => s + w, 0);
    expect(total).toBeLessThanOrEqual(136);
  });

  it("gives every row with a wrapped criterion title the height of its lines", () => {
    const h = headerRow(plan, "Giải pháp khắc phục");
    const titleCol = plan.cells[h].findIndex((c) => c?.value === "Tiêu chí");
    const heights = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
    let checked = 0;
    for (let r = h + 1; r < plan.cells.length; r++) {
      const t = plan.cells[r][titleCol]?.value;
      if (typeof t !== "string") continue;
      const lines = wrappedLines(t, plan.columnWidths![titleCol]);
      if (lines < 2) continue;
      checked++;
      expect(heights.get(r)).toBeGreaterThanOrEqual(lines * 15.6);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("the per-unit plan is the unit's own document (Nghị định 30/2020/NĐ-CP)", () => {
  const office = documentHeader({ issuingBody: "Sở Nội vụ", parentBody: "Ủy ban nhân dân tỉnh Quảng Ninh" });

  it("a commune-level unit issues it as its People's Committee and signs for it", () => {
    for (const unit of ["Phường Hồng Hà", "UBND phường Hồng Hà", "Ủy ban nhân dân Phường Hồng Hà"]) {
      const own = unitIssuer(unit, office);
      expect(own.header.issuingBody.toLocaleUpperCase("vi")).toBe("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ");
      expect(own.header.number).toBe("Số: …/KH-UBND");
      expect(own.sign).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    }
    expect(unitIssuer("Xã Dân Chủ", office).header.issuingBody).toBe("Ủy ban nhân dân Xã Dân Chủ");
  });

  it("a department issues it under the office's parent body and its head signs", () => {
    const own = unitIssuer("Phòng Tài chính - Kế hoạch", office);
    expect(own.header).toEqual({
      parentBody: "Ủy ban nhân dân tỉnh Quảng Ninh",
      issuingBody: "Phòng Tài chính - Kế hoạch",
      number: "Số: …/KH",
    });
    expect(own.sign).toEqual(["TRƯỞNG PHÒNG"]);
    expect(unitIssuer("Sở Xây dựng", office).sign).toEqual(["GIÁM ĐỐC"]);
  });

  it("writes header, title, signature and recipients into the sheet", () => {
    const fw = communeFramework();
    const { sheets } = sampleUnits(fw, 4, { seed: 7, problems: false });
    const opts = { framework: fw, header: { issuingBody: "Sở Nội vụ", date: { year: 2026, month: 1, day: 15 } } };
    const a = runPipeline({ sheets }, opts).analysis;
    const unit = a.validation.sheets[0].submission;
    const plan = buildPlans(a, { sheets }, opts, { unitPlans: [unit.sheet] }).find((p) => p.kind === "unit-plan")!;
    const texts = plan.cells.flat().map((c) => c?.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        `ỦY BAN NHÂN DÂN ${unit.unit.replace(/^(ủy ban nhân dân|ubnd)\s+/iu, "").toLocaleUpperCase("vi")}`,
        "Số: …/KH-UBND",
        "KẾ HOẠCH",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nơi nhận:",
        "- Sở Nội vụ (để báo cáo);",
      ]),
    );
    expect(texts.some((t) => typeof t === "string" && t.startsWith("TM. PHƯỜNG"))).toBe(false);
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
  });
});

describe("the ranking sheet's pages", () => {
  const fw = communeFramework();
  const ranking = (problems: boolean) => {
    const { sheets } = sampleUnits(fw, 12, { seed: 7, problems });
    const opts = { framework: fw, header: { date: { year: 2026, month: 1, day: 15 } } };
    const a = runPipeline({ sheets }, opts).analysis;
    return buildPlans(a, { sheets }, opts).find((p) => p.kind === "ranking") as SheetPlan;
  };
  const rowsStarting = (plan: SheetPlan, re: RegExp) =>
    plan.cells.flatMap((r, i) => (typeof r[0]?.value === "string" && re.test(r[0].value) ? [i] : []));

  it("starts each group's table after the first on a new page, and repeats the table header", () => {
    const plan = ranking(false);
    const groups = rowsStarting(plan, /^\d+\. NHÓM /);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(plan.print!.rowBreaks).toEqual(groups.slice(1));
    // The first group's header row (the same columns in every group) heads every printed page.
    const header = groups[0] + 1;
    expect(plan.cells[header][0]?.value).toBe("Thứ hạng");
    expect(plan.print!.titleRows).toBe(`$${header + 1}:$${header + 1}`);
  });

  it("starts the units held back on a page of their own, without the ranking header over them", () => {
    const plan = ranking(true);
    const held = rowsStarting(plan, /^ĐƠN VỊ CHƯA XẾP HẠNG/);
    expect(held).toHaveLength(1);
    expect(plan.print!.rowBreaks).toEqual([...rowsStarting(plan, /^\d+\. NHÓM /).slice(1), held[0]]);
    expect(plan.print!.titleRows).toBeUndefined();
  });
});
