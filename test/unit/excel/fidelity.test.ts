// The adapter under the fake's Excel rules (fakeRules.test.ts): what used to fail only on a real
// Excel — a sheet with too many merged areas, a refused print setup, files Excel on the web will not
// insert, a highlight batch over 5 MB, an overlong formula — now ends in a result or a clear message.
import type { Finding } from "../../../src/core/findings";
import { encodeFakeWorkbook, FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index";
import { GatewayError } from "../../../src/excel/gateway";
import { EXCEL_PAYLOAD_LIMIT } from "../../../src/excel/payload";
import { summaryPlan, unitSheets } from "./helpers";

describe("the adapter under Excel's rules", () => {
  it("reads a workbook where one sheet has more than 512 merged areas: that sheet without merges, the others with", async () => {
    const many = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const fake = new FakeExcel({
      sheets: [
        { name: "Biểu mẫu lớn", values: [["x"], ...Array.from({ length: 1200 }, () => ["y", "z"])], merges: many },
        { name: "P. Hồng Hà", values: [["a"], ["b"], ["c"]], merges: ["A1:A3"] },
      ],
    });
    const snapshot = await fakeExcelGateway(fake).readWorkbook();
    expect(snapshot.sheets.map((s) => s.merges)).toEqual([undefined, ["A1:A3"]]);
    expect(snapshot.sheets[0].values).toHaveLength(1201);
  });

  it("keeps the written results when Excel refuses the print setup, and says so", async () => {
    const units = unitSheets(2);
    const fake = new FakeExcel({ sheets: units });
    const gateway = fakeExcelGateway(fake);
    // 2 syncs to inspect, 1 to write, then the print setup's.
    fake.failAt({ sync: 4, op: 0, code: "InvalidArgument" });
    const written = await gateway.writePlans([summaryPlan(units.map((u) => u.name))]);
    expect(written).toEqual([expect.objectContaining({ name: "Tổng hợp", layoutError: "InvalidArgument" })]);
    expect(fake.cell("Tổng hợp", "A3")?.value).toBe("STT");
    expect(fake.state.tables.map((t) => t.name)).toEqual(["TongHop"]);
  });

  it("names every file Excel on the web will not insert, says what to remove, and inserts nothing", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Tổng hợp", values: [["của tôi"]] }] });
    const before = fake.dump();
    const err = await fakeExcelGateway(fake)
      .importWorkbooks([
        {
          fileName: "Xa_Dan_Chu.xlsx",
          base64: encodeFakeWorkbook([{ name: "Tự chấm", values: [["UBND XÃ DÂN CHỦ"]] }]),
        },
        {
          fileName: "Phuong_Hong_Ha.xlsx",
          base64: encodeFakeWorkbook([{ name: "Sheet1", values: [["UBND PHƯỜNG HỒNG HÀ"]], features: ["comments"] }]),
        },
        {
          fileName: "Xa_Ky_Thuong.xlsx",
          base64: encodeFakeWorkbook([{ name: "Sheet1", values: [["UBND XÃ KỲ THƯỢNG"]], features: ["charts"] }]),
        },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    const g = err as GatewayError;
    expect(g.code).toBe("UnsupportedFeature");
    expect(g.messageVi).toContain('Tệp "Phuong_Hong_Ha.xlsx"');
    expect(g.messageVi).toContain('Tệp "Xa_Ky_Thuong.xlsx"');
    expect(g.messageVi).not.toContain("Xa_Dan_Chu.xlsx");
    expect(g.messageVi).toMatch(/chú thích.*biểu đồ.*PivotTable.*slicer/);
    expect(g.messageEn).toMatch(/comments.*charts.*PivotTables.*slicers/);
    expect(fake.dump()).toEqual(before);
  });

  it("highlights 5,000 cells twice (10,000 stored originals) with every request under 5 MB, and clears them all", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`${i + 1}`, "Nội dung tiêu chí", 1, 1.5]);
    const fake = new FakeExcel({
      sheets: [
        { name: "P. Hồng Hà", values: rows },
        { name: "X. Dân Chủ", values: rows },
      ],
    });
    const before = fake.dump();
    const findings = (sheet: string, cols: string[]): Finding[] =>
      cols.flatMap((c) =>
        rows.map((_, i) => ({
          rule: "score-over-max",
          severity: "error" as const,
          sheet,
          cell: `${c}${i + 1}`,
          message: "Điểm tự chấm vượt điểm tối đa",
          messageEn: "Self score above the maximum",
        })),
      );
    const gateway = fakeExcelGateway(fake);
    expect(await gateway.highlightFindings(findings("P. Hồng Hà", ["C", "D"]))).toBe(5000);
    expect(await gateway.highlightFindings(findings("X. Dân Chủ", ["C", "D"]))).toBe(5000);
    expect(await gateway.clearHighlights()).toBe(10000);
    expect(fake.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(fake.maxRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(fake.maxResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(fake.dump()).toEqual(before);
  });

  it("refuses, before writing anything, a plan with a formula Excel would not take (over 8,192 characters)", async () => {
    const units = unitSheets(1);
    const fake = new FakeExcel({ sheets: units });
    const plan = summaryPlan([units[0].name]);
    plan.cells[3][3] = { formula: `=${Array.from({ length: 1000 }, () => `'${units[0].name}'!D10`).join("+")}` };
    const err = await fakeExcelGateway(fake)
      .writePlans([plan])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "InvalidPlan", messageVi: expect.stringContaining("D4") });
    expect(fake.sheetNames()).toEqual([units[0].name]);
  });

  it("lists, from the last read and before writing, the user's formulas that point at sheets the write will replace", async () => {
    const units = unitSheets(2);
    const fake = new FakeExcel({ sheets: units });
    const gateway = fakeExcelGateway(fake);
    const plans = () => [summaryPlan(units.map((u) => u.name))];
    expect(gateway.formulasAtRisk!(plans())).toEqual([]); // nothing read yet
    await gateway.writePlans(plans());
    fake.addSheet({ name: "Ghi chú", values: [[null, "x"]], formulas: [["='Tổng hợp'!D4*2", '="Tổng hợp!A1"']] });
    await gateway.readWorkbook();
    expect(gateway.formulasAtRisk!(plans())).toEqual([
      { sheet: "Ghi chú", cell: "A1", formula: "='Tổng hợp'!D4*2", target: "Tổng hợp" },
    ]);
    // And indeed Excel cannot redirect it: after the write it is #REF!.
    await gateway.writePlans(plans());
    expect(fake.cell("Ghi chú", "A1")?.formula).toBe("=#REF!*2");
  });
});
