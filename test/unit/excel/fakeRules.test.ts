// Each rule of the fake that imitates a documented refusal or limit of Excel (see the comments in
// src/excel/fake quoting the reference): the fake refuses exactly what Excel refuses.
import type { XRequestContext } from "../../../src/excel/api";
import { encodeFakeWorkbook, FakeExcel } from "../../../src/excel/fake/index";

function wb(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  return new FakeExcel({
    sheets: [
      { name: "Tổng hợp", values: [["STT", "Đơn vị"]] },
      { name: "P. Hồng Hà", values: [["STT", "Nội dung", "Tự chấm"]], fills: { C1: "#FFFF00" } },
    ],
    ...options,
  });
}

/** Runs one batch and returns Office's error code, or "ok". */
async function outcome(fake: FakeExcel, batch: (ctx: XRequestContext) => void): Promise<string> {
  return fake
    .run(async (ctx) => {
      batch(ctx);
      await ctx.sync();
    })
    .then(
      () => "ok",
      (e: { code?: string; message?: string }) => e.code ?? e.message ?? "thrown",
    );
}

describe("fake Excel refuses what Excel refuses", () => {
  it("Worksheet.delete: a very hidden sheet cannot be deleted until it is made Hidden", async () => {
    const fake = wb();
    fake.addSheet({ name: "_ParIndex_highlights", visibility: "VeryHidden" });
    expect(await outcome(fake, (ctx) => ctx.workbook.worksheets.getItem("_ParIndex_highlights").delete())).toBe(
      "InvalidOperation",
    );
    expect(fake.sheet("_ParIndex_highlights")).toBeDefined();
    expect(
      await outcome(fake, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("_ParIndex_highlights");
        ws.visibility = "Hidden";
        ws.delete();
      }),
    ).toBe("ok");
    expect(fake.sheet("_ParIndex_highlights")).toBeUndefined();
  });

  it("getMergedAreasOrNullObject fails on a range with more than 512 merged areas", async () => {
    const merges = (n: number) => Array.from({ length: n }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    for (const [n, expected] of [
      [512, "ok"],
      [513, "GeneralException"],
    ] as const) {
      const fake = new FakeExcel({ sheets: [{ name: "S", values: [["x"]], merges: merges(n) }] });
      expect(
        await outcome(fake, (ctx) =>
          ctx.workbook.worksheets.getItem("S").getRange("A1:B2000").getMergedAreasOrNullObject().load("address"),
        ),
      ).toBe(expected);
    }
  });

  it("refuses a formula longer than 8,192 characters and a text longer than 32,767", async () => {
    const fake = wb();
    const long = (n: number) => `=${"1+".repeat(n)}1`;
    const set = (v: string) => (ctx: XRequestContext) =>
      (ctx.workbook.worksheets.getItem("Tổng hợp").getRange("C1").formulas = [[v]]);
    expect(await outcome(fake, set(long(4095)))).toBe("ok"); // 8,192 characters
    expect(await outcome(fake, set(long(4096)))).toBe("InvalidArgument");
    expect(await outcome(fake, set("x".repeat(32767)))).toBe("ok");
    expect(await outcome(fake, set("x".repeat(32768)))).toBe("InvalidArgument");
  });

  it("refuses data validation on a range that overlaps another validation, until it is cleared", async () => {
    const fake = wb();
    const rule = { list: { inCellDropDown: true, source: "Đạt,Không đạt" } };
    const on = (address: string, clear: boolean) => (ctx: XRequestContext) => {
      const dv = ctx.workbook.worksheets.getItem("Tổng hợp").getRange(address).dataValidation;
      if (clear) dv.clear();
      dv.rule = rule;
    };
    expect(await outcome(fake, on("E4:E10", false))).toBe("ok");
    expect(await outcome(fake, on("E4:E10", false))).toBe("ok"); // the same range: replaced
    expect(await outcome(fake, on("E8:E20", false))).toBe("InvalidOperation");
    expect(await outcome(fake, on("E8:E20", true))).toBe("ok");
    expect(fake.sheet("Tổng hợp")!.validations.map((v) => v.range)).toEqual(["E8:E20"]);
  });

  it("insertWorksheetsFromBase64 on the web refuses files with comments, charts, PivotTables or slicers; the desktop takes them", async () => {
    const file = encodeFakeWorkbook([{ name: "Tự chấm", values: [["UBND XÃ A"]], features: ["comments"] }]);
    const web = wb();
    expect(await outcome(web, (ctx) => ctx.workbook.insertWorksheetsFromBase64(file))).toBe("UnsupportedFeature");
    expect(web.sheetNames()).toEqual(["Tổng hợp", "P. Hồng Hà"]);
    const desktop = wb({ platform: "desktop" });
    expect(await outcome(desktop, (ctx) => ctx.workbook.insertWorksheetsFromBase64(file))).toBe("ok");
    expect(desktop.sheetNames()).toContain("Tự chấm");
  });

  it("tables.add with an address without sheet name uses the active sheet, whatever collection it is called on", async () => {
    const fake = wb();
    // "Tổng hợp" is the active sheet; the table asked of "P. Hồng Hà" by bare address lands there.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("P. Hồng Hà").tables.add("A1:C2", true);
      const ws = ctx.workbook.worksheets.getItem("P. Hồng Hà");
      ws.tables.add(ws.getRange("E1:F2"), true);
      await ctx.sync();
    });
    const sheetOf = (range: string) => fake.state.tables.find((t) => t.range === range)!.sheetId;
    expect(sheetOf("A1:C2")).toBe(fake.sheet("Tổng hợp")!.id);
    expect(sheetOf("E1:F2")).toBe(fake.sheet("P. Hồng Hà")!.id);
  });

  it("reports a cell without fill as Excel does: #FFFFFF with tint and pattern null; a real fill has a number", async () => {
    const fake = wb();
    await fake.run(async (ctx) => {
      const props = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };
      const ws = ctx.workbook.worksheets.getItem("P. Hồng Hà");
      const none = ws.getRange("B1").getCellProperties(props);
      const yellow = ws.getRange("C1").getCellProperties(props);
      await ctx.sync();
      expect(none.value[0][0].format?.fill).toEqual({ color: "#FFFFFF", pattern: null, tintAndShade: null });
      expect(yellow.value[0][0].format?.fill).toEqual({ color: "#FFFF00", pattern: "Solid", tintAndShade: 0 });
    });
  });

  it("pageLayout.zoom: a print scale outside 10–400 is refused", async () => {
    const fake = wb();
    const zoom = (z: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) =>
      outcome(fake, (ctx) => (ctx.workbook.worksheets.getItem("Tổng hợp").pageLayout.zoom = z));
    expect(await zoom({ scale: 400 })).toBe("ok");
    expect(await zoom({ scale: 5 })).toBe("InvalidArgument");
    expect(await zoom({ horizontalFitToPages: 1, verticalFitToPages: 0 })).toBe("ok");
  });

  it("a request over 5 MB is refused before anything runs", async () => {
    const fake = wb();
    const grid = Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => "Nội dung khá dài ".repeat(6)));
    expect(
      await outcome(fake, (ctx) => (ctx.workbook.worksheets.getItem("Tổng hợp").getRange("A1:J3000").values = grid)),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.cell("Tổng hợp", "A2")).toBeUndefined();
  });
});
