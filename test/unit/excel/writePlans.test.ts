// Writing plans: marked sheets, exact contents, replacement without duplicates, users' sheets
// untouched, request sizes, and all-or-nothing behaviour when Excel fails half-way.
import { FakeExcel, fakeExcelGateway } from "../../../src/excel/fake/index";
import { GatewayError } from "../../../src/excel/gateway";
import { MARKER_PROPERTY } from "../../../src/excel/markers";
import { EXCEL_PAYLOAD_LIMIT } from "../../../src/excel/payload";
import { contentOf, rankingPlan, summaryPlan, unitSheets, withoutIds } from "./helpers";

const UNITS = ["P. Hồng Hà", "X. Dân Chủ"];

function workbook(
  extra: { name: string; values: (string | number | null)[][]; fills?: Record<string, string> }[] = [],
): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: "P. Hồng Hà",
        values: [["ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ"], [], [], [], [], [], [], [], [], [null, null, null, 87.5]],
      },
      {
        name: "X. Dân Chủ",
        values: [["ỦY BAN NHÂN DÂN XÃ DÂN CHỦ"], [], [], [], [], [], [], [], [], [null, null, null, 83.5]],
      },
      ...extra,
    ],
  });
}

const plans = () => [summaryPlan(UNITS), rankingPlan(UNITS)];

describe("writePlans", () => {
  it("creates the add-in's own sheets, marked, after the unit sheets in plan order", async () => {
    const fake = workbook();
    const written = await fakeExcelGateway(fake).writePlans(plans());
    expect(written).toEqual([
      { kind: "summary", name: "Tổng hợp", requestedName: "Tổng hợp" },
      { kind: "ranking", name: "Xếp hạng", requestedName: "Xếp hạng" },
    ]);
    expect(fake.sheetNames()).toEqual(["P. Hồng Hà", "X. Dân Chủ", "Tổng hợp", "Xếp hạng"]);
    expect(fake.sheet("Tổng hợp")!.customProperties.get(MARKER_PROPERTY.toLowerCase())?.value).toBe("summary");
    expect(fake.sheet("Xếp hạng")!.customProperties.get(MARKER_PROPERTY.toLowerCase())?.value).toBe("ranking");
    // The command line's marker too, so `par-index` recognises the sheets in a saved file.
    expect(fake.state.names.map((n) => [n.name, n.formula])).toEqual([
      ["_ParIndex_summary_1", "='Tổng hợp'!$A$1"],
      ["_ParIndex_ranking_1", "='Xếp hạng'!$A$1"],
    ]);
  });

  it("writes values, English formulas, and text that looks like a formula or a number as text", async () => {
    const fake = workbook();
    await fakeExcelGateway(fake).writePlans(plans());
    expect(fake.cell("Tổng hợp", "D4")?.formula).toBe("='P. Hồng Hà'!D10+0");
    expect(fake.cell("Tổng hợp", "E4")).toMatchObject({ value: "=1+1", formula: undefined });
    expect(fake.cell("Tổng hợp", "E5")).toMatchObject({ value: "1.10", formula: undefined });
    expect(fake.cell("Tổng hợp", "A4")?.value).toBe(1);
    // Formulas referring to a sibling plan point at the sheet's final name.
    expect(fake.cell("Xếp hạng", "B2")?.formula).toBe("='Tổng hợp'!B4");
  });

  it("applies formats, tables, bounded conditional formats, validation, freeze panes, print setup and the bar chart", async () => {
    const fake = workbook();
    await fakeExcelGateway(fake).writePlans(plans());
    const s = fake.dump().sheets.find((x) => x.name === "Tổng hợp")!;
    expect(s.defaultFont).toEqual({ name: "Times New Roman", size: 13 });
    expect(s.cells["A3"]).toMatchObject({
      fill: { color: "#D9E1F2", pattern: "Solid" },
      font: { bold: true },
      horizontalAlignment: "Center",
      wrapText: true,
    });
    expect(s.cells["A3"].borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(s.cells["D4"].numberFormat).toBe("0.00");
    expect(s.cells["E4"].locked).toBe(false);
    expect(s.merges).toEqual(["A1:C1", "A2:E2"]);
    expect(s.columnWidths[1]).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(s.rowHeights[2]).toBe(30);
    expect(s.freeze).toEqual({ rows: 3, columns: 2 });
    expect(s.conditionalFormats.map((c) => [c.type, c.range])).toEqual([
      ["ColorScale", "D4:D5"],
      ["CellValue", "D4:D5"],
    ]);
    expect(s.validations).toEqual([
      { range: "E4:E5", rule: { list: { inCellDropDown: true, source: "Đạt,Không đạt" } }, ignoreBlanks: true },
    ]);
    expect(s.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.state.tables.map((t) => [t.name, t.range, t.showFilterButton])).toEqual([
      ["TongHop", "A3:E5", true],
      ["XepHang1", "A1:C3", true],
    ]);
    const chart = fake.sheet("Xếp hạng")!.charts[0];
    expect(chart).toMatchObject({
      type: "BarClustered",
      source: "C2:C3",
      categories: "B2:B3",
      title: "Chỉ số CCHC",
      position: { start: "E2" },
    });
  });

  it("suspends calculation in every write sync and stays far under 5 MB a request", async () => {
    const fake = workbook();
    await fakeExcelGateway(fake).writePlans(plans());
    // 2 to inspect (no read before), 1 to write, 1 for print setup and freeze panes.
    expect(fake.syncCount).toBe(4);
    expect(fake.syncs[2].calculationSuspended).toBe(true);
    expect(fake.maxRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  });

  it("replaces its own sheets on a re-run: same sheets, no duplicates, table names kept", async () => {
    const fake = workbook();
    const gateway = fakeExcelGateway(fake);
    await gateway.writePlans(plans());
    const first = withoutIds(fake.dump());
    await gateway.writePlans(plans());
    expect(fake.sheetNames()).toEqual(["P. Hồng Hà", "X. Dân Chủ", "Tổng hợp", "Xếp hạng"]);
    expect(withoutIds(fake.dump())).toEqual(first);
    // And through a fresh gateway (task pane reopened), which inspects the workbook first.
    await fakeExcelGateway(fake).writePlans(plans());
    expect(withoutIds(fake.dump())).toEqual(first);
  });

  it("never touches a user's sheet named like a plan: the plan takes a free name, also on re-runs", async () => {
    const fake = workbook([{ name: "Tổng hợp", values: [["Bảng của tôi", 1]], fills: { A1: "#FFFF00" } }]);
    const mine = fake.dump().sheets.find((s) => s.name === "Tổng hợp");
    const gateway = fakeExcelGateway(fake);
    const written = await gateway.writePlans(plans());
    expect(written[0]).toEqual({ kind: "summary", name: "Tổng hợp (2)", requestedName: "Tổng hợp" });
    // The ranking's formulas follow the summary to its new name, not the user's sheet.
    expect(fake.cell("Xếp hạng", "B2")?.formula).toBe("='Tổng hợp (2)'!B4");
    await gateway.writePlans(plans());
    expect(fake.sheetNames()).toEqual(["P. Hồng Hà", "X. Dân Chủ", "Tổng hợp", "Tổng hợp (2)", "Xếp hạng"]);
    expect(fake.dump().sheets.find((s) => s.name === "Tổng hợp")).toEqual(mine);
  });

  it("recovers when the workbook changed since it was read: a user's new sheet keeps its name and contents", async () => {
    const fake = workbook();
    const gateway = fakeExcelGateway(fake);
    await gateway.readWorkbook();
    fake.addSheet({ name: "Xếp hạng", values: [["của người dùng"]] });
    const written = await gateway.writePlans(plans());
    expect(written.map((w) => w.name)).toEqual(["Tổng hợp", "Xếp hạng (2)"]);
    expect(fake.cell("Xếp hạng", "A1")?.value).toBe("của người dùng");
    expect(fake.sheetNames().filter((n) => n.startsWith("~PAR"))).toEqual([]);
  });

  it("cuts a large plan into syncs under the request budget without losing a cell", async () => {
    const fake = workbook();
    const big = summaryPlan(UNITS);
    big.cells = Array.from({ length: 20_000 }, (_, r) => [
      { value: r },
      { value: `Đơn vị số ${r} – ghi chú dài để tăng dung lượng` },
      { formula: `=A${r + 1}*2` },
    ]);
    big.tables = [];
    big.merges = [];
    const gateway = fakeExcelGateway(fake, { budget: 512 * 1024 });
    await gateway.writePlans([big]);
    const writes = fake.syncs.slice(2);
    expect(writes.length).toBeGreaterThan(2);
    for (const s of writes) expect(s.requestBytes).toBeLessThan(600 * 1024);
    expect(fake.cell("Tổng hợp", "B20000")?.value).toBe("Đơn vị số 19999 – ghi chú dài để tăng dung lượng");
    expect(fake.cell("Tổng hợp", "C20000")?.formula).toBe("=A20000*2");
  });

  it("refuses a plan Excel would reject before touching the workbook", async () => {
    const fake = workbook();
    const before = fake.dump();
    const bad = summaryPlan(UNITS);
    bad.merges = ["A3:B3"]; // inside the table
    await expect(fakeExcelGateway(fake).writePlans([bad])).rejects.toMatchObject({
      code: "InvalidPlan",
      messageVi: expect.stringContaining("Tổng hợp"),
    });
    expect(fake.dump()).toEqual(before);
  });
});

describe("writePlans when Excel fails half-way", () => {
  // Every command of the write is made to fail in turn: before the commit point the workbook must
  // be exactly as before; after it, exactly as after a clean write.
  async function scenario(budget?: number) {
    const build = () => {
      const fake = workbook([{ name: "Ghi chú", values: [["='Tổng hợp'!A1"]] }]);
      return fake;
    };
    const clean = build();
    await fakeExcelGateway(clean).writePlans(plans());
    await fakeExcelGateway(clean).writePlans(plans());
    const expected = withoutIds(clean.dump());

    const probe = build();
    await fakeExcelGateway(probe).writePlans(plans());
    probe.resetStats();
    await fakeExcelGateway(probe, { budget }).writePlans(plans());
    // The last sync is the print setup's (a failure there is tested below).
    const writeSyncs = probe.syncs.slice(2, -1).map((s) => s.ops);
    return { build, expected, writeSyncs };
  }

  it.each([[undefined], [8 * 1024]])(
    "leaves the workbook as it was, or completes the write (budget %p)",
    async (budget) => {
      const { build, expected, writeSyncs } = await scenario(budget);
      let rolledBack = 0;
      let completed = 0;
      for (let s = 0; s < writeSyncs.length; s++) {
        for (let op = 0; op < writeSyncs[s]; op++) {
          const fake = build();
          await fakeExcelGateway(fake).writePlans(plans());
          const before = fake.dump();
          fake.failAt({ sync: 3 + s, op });
          const gateway = fakeExcelGateway(fake, { budget });
          const outcome = await gateway.writePlans(plans()).then(
            () => "written",
            (e: unknown) => e,
          );
          if (outcome === "written") {
            completed++;
            expect(withoutIds(fake.dump())).toEqual(expected);
          } else {
            rolledBack++;
            expect(outcome).toBeInstanceOf(GatewayError);
            expect((outcome as GatewayError).messageVi).toContain("sổ tính được giữ nguyên");
            expect(fake.dump()).toEqual(before);
          }
        }
      }
      expect(rolledBack).toBeGreaterThan(10);
      expect(completed).toBeGreaterThan(0);
    },
  );

  it("keeps the unit sheets' values and formulas identical through a failed write", async () => {
    const units = unitSheets(3);
    const fake = new FakeExcel({ sheets: units });
    const before = units.map((u) => contentOf(fake, u.name));
    fake.failAt({ sync: 3 });
    await expect(fakeExcelGateway(fake).writePlans([summaryPlan(units.map((u) => u.name))])).rejects.toBeInstanceOf(
      GatewayError,
    );
    expect(units.map((u) => contentOf(fake, u.name))).toEqual(before);
    expect(fake.sheetNames()).toEqual(units.map((u) => u.name));
  });
});
