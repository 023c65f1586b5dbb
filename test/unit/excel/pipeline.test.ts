// The whole pipeline on the fake Excel, as the task pane runs it: read → validate → score → plans →
// write. The number of syncs does not grow with the number of unit sheets, no request or response
// passes 5 MB, and what the units submitted is identical afterwards.
import { type PlanSelection, runPipeline } from "../../../src/core/index";
import { FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index";
import { EXCEL_PAYLOAD_LIMIT } from "../../../src/excel/payload";
import { contentOf, framework, unitSheets } from "./helpers";

async function pipeline(fake: FakeExcel, select: PlanSelection = {}) {
  const gateway = fakeExcelGateway(fake);
  const snapshot = await gateway.readWorkbook();
  const { plans, analysis } = runPipeline(snapshot, { framework, year: 2025 }, select);
  const written = await gateway.writePlans(plans);
  return { gateway, analysis, written };
}

function expectUnderLimits(fake: FakeExcel): void {
  expect(fake.maxRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  expect(fake.maxResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  expect(fake.syncs.every((s) => s.error === undefined)).toBe(true);
}

describe("the whole pipeline on Excel", () => {
  it("scores and ranks 3 or 150 units in 6 or 7 syncs (4–5 to read, 1 to write, 1 for print setup), unit sheets untouched", async () => {
    const counts: number[] = [];
    for (const n of [3, 150]) {
      const units = unitSheets(n);
      const fake = new FakeExcel({ sheets: units });
      const before = units.map((u) => contentOf(fake, u.name));
      const { written } = await pipeline(fake);
      counts.push(fake.syncCount);
      expectUnderLimits(fake);
      expect(written.map((w) => w.kind)).toEqual(["summary", "ranking", "detail"]);
      expect(units.map((u) => contentOf(fake, u.name))).toEqual(before);
    }
    // 150 units: the contents read is two requests by the estimator calibrated on office.js.
    expect(counts).toEqual([6, 7]);
  });

  it("adds the remediation plan for 150 units with one more write sync only because of its size", async () => {
    const units = unitSheets(150);
    const fake = new FakeExcel({ sheets: units });
    const before = units.map((u) => contentOf(fake, u.name));
    const { written } = await pipeline(fake, { remediation: true });
    expect(written.map((w) => w.kind)).toEqual(["summary", "ranking", "detail", "plan", "analysis"]);
    expectUnderLimits(fake);
    const writes = fake.syncs.slice(fake.syncs.length - 4, -1);
    const payload = writes.reduce((t, s) => t + s.requestBytes, 0);
    // More than one request's worth of data, so at least two syncs; never more than needed (the last
    // sync of all is the print setup's).
    expect(payload).toBeGreaterThan(4 * 1024 * 1024);
    expect(writes).toHaveLength(3);
    expect(units.map((u) => contentOf(fake, u.name))).toEqual(before);
  });

  it("re-scoring after the plans exist regenerates them too, so no plan formula is left with #REF!", async () => {
    const units = unitSheets(4);
    const fake = new FakeExcel({ sheets: units });
    await pipeline(fake, { remediation: true, unitPlans: [units[1].name] });
    const { written } = await pipeline(fake, {}); // the task pane's "score and rank" alone
    expect(written.map((w) => w.kind)).toEqual(["summary", "ranking", "detail", "plan", "analysis", "unit-plan"]);
    for (const name of fake.sheetNames()) {
      const formulas = [...fake.sheet(name)!.cells.values()].map((c) => c.formula ?? "").join(" ");
      expect(formulas).not.toContain("#REF!");
    }
  });

  it("leaves the same sheets when run twice, and a user's own 'Tổng hợp' untouched", async () => {
    const units = unitSheets(4);
    const fake = new FakeExcel({
      sheets: [...units, { name: "Tổng hợp", values: [["Sổ theo dõi riêng của phòng"]], fills: { A1: "#FFFF00" } }],
    });
    const mine = fake.dump().sheets.find((s) => s.name === "Tổng hợp");
    const first = await pipeline(fake, { remediation: true });
    const names = fake.sheetNames();
    expect(first.written[0].name).toBe("Tổng hợp (2)");
    const second = await pipeline(fake, { remediation: true });
    expect(second.written).toEqual(first.written);
    expect(fake.sheetNames()).toEqual(names);
    expect(names.filter((n) => n.startsWith("Tổng hợp"))).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect(fake.dump().sheets.find((s) => s.name === "Tổng hợp")).toEqual(mine);
    // The summary's formulas read the unit sheets, not the user's sheet.
    const summary = fake.sheet("Tổng hợp (2)")!;
    const formulas = [...summary.cells.values()].map((c) => c.formula ?? "").join(" ");
    expect(formulas).toContain(units[0].name);
  });

  it("highlights the findings of a run and takes them off again, every unit sheet exactly as submitted", async () => {
    const units = unitSheets(12);
    const fake = new FakeExcel({ sheets: units });
    const { gateway, analysis } = await pipeline(fake);
    const unitDumps = () => fake.dump().sheets.filter((s) => units.some((u) => u.name === s.name));
    const before = unitDumps();
    const content = units.map((u) => contentOf(fake, u.name));
    const findings = analysis.validation.sheets.flatMap((s) => s.findings);
    expect(findings.length).toBeGreaterThan(0);
    const n = await gateway.highlightFindings(findings);
    expect(n).toBeGreaterThan(0);
    expect(units.map((u) => contentOf(fake, u.name))).toEqual(content);
    expect(unitDumps()).not.toEqual(before);
    expect(await gateway.clearHighlights()).toBe(n);
    expect(unitDumps()).toEqual(before);
  });
});
