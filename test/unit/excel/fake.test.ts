// The fake behaves like Excel where the adapter depends on it: proxies, syncs, limits, failures.
import { FakeExcel } from "../../../src/excel/fake/index";

function wb(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: "P. Hồng Hà",
        values: [
          ["STT", "Nội dung"],
          [1, "a"],
        ],
        formulas: [
          [null, null],
          [null, null],
        ],
      },
      { name: "Sheet2", values: [[null, 5]], formulas: [[null, "=1+4"]] },
    ],
  });
}

describe("fake Excel proxy semantics", () => {
  it("refuses to read a property before load and sync, as Excel does", async () => {
    const fake = wb();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("P. Hồng Hà");
      expect(() => ws.name).toThrow(/not available/);
      ws.load("name");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(ws.name).toBe("P. Hồng Hà");
    });
  });

  it("queues writes until sync and counts syncs and request bytes", async () => {
    const fake = wb();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet2").getRange("A1:B1");
      r.values = [["x", null]];
      expect(fake.cell("Sheet2", "A1")).toBeUndefined();
      await ctx.sync();
    });
    expect(fake.cell("Sheet2", "A1")?.value).toBe("x");
    expect(fake.cell("Sheet2", "B1")?.formula).toBe("=1+4");
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(0);
  });

  it("checks the dimensions of written grids", async () => {
    const fake = wb();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet2").getRange("A1:B2").values = [["x", "y"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("parses input as if typed: '=' makes a formula, an apostrophe keeps text", async () => {
    const fake = wb();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet2").getRange("A3:D3").formulas = [["=1+1", "'=1+1", "1.10", "'1.10"]];
      await ctx.sync();
    });
    expect(fake.cell("Sheet2", "A3")?.formula).toBe("=1+1");
    expect(fake.cell("Sheet2", "B3")).toMatchObject({ value: "=1+1", formula: undefined });
    expect(fake.cell("Sheet2", "C3")?.value).toBe(1.1);
    expect(fake.cell("Sheet2", "D3")?.value).toBe("1.10");
  });

  it("keeps what ran before a failure in the middle of a batch (Excel batches are not transactions)", async () => {
    const fake = wb();
    fake.failAt({ sync: 1, op: 2 });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add("A");
        ctx.workbook.worksheets.add("B");
        ctx.workbook.worksheets.add("C");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.sheetNames()).toEqual(["P. Hồng Hà", "Sheet2", "A", "B"]);
    expect(fake.syncs[0].error).toBe("GeneralException");
  });

  it("refuses a request over 5 MB and a response over 5 MB", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Big", values: Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => "x".repeat(100))) },
      ],
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Big").getRange("A1:J3000").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => "y".repeat(100)));
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Big").getRange("A1:J3000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Big", "A1")?.value).toBe("x".repeat(100));
  });

  it("renaming a sheet carries formulas that refer to it; deleting it breaks them", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "A", values: [[1]] },
        { name: "B", values: [[null]], formulas: [["='A'!A1+A!A1"]] },
      ],
    });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").name = "Tổng hợp";
      await ctx.sync();
    });
    expect(fake.cell("B", "A1")?.formula).toBe("='Tổng hợp'!A1+'Tổng hợp'!A1");
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Tổng hợp").delete();
      await ctx.sync();
    });
    expect(fake.cell("B", "A1")?.formula).toBe("=#REF!+#REF!");
  });

  it("gives null objects for missing items and reports used ranges and special cells", async () => {
    const fake = wb();
    fake.sheet("P. Hồng Hà")!.hiddenRows.add(1);
    await fake.run(async (ctx) => {
      const prop = ctx.workbook.worksheets.getItem("Sheet2").customProperties.getItemOrNullObject("nope").load("value");
      const used = ctx.workbook.worksheets.getItem("P. Hồng Hà").getUsedRange(true).load("address,rowHidden");
      const visible = ctx.workbook.worksheets
        .getItem("P. Hồng Hà")
        .getUsedRange(true)
        .getSpecialCellsOrNullObject("Visible")
        .load("address");
      const formulas = ctx.workbook.worksheets
        .getItem("Sheet2")
        .getUsedRange(true)
        .getSpecialCellsOrNullObject("Formulas")
        .load("address");
      await ctx.sync();
      expect(prop.isNullObject).toBe(true);
      expect(used.address).toBe("'P. Hồng Hà'!A1:B2");
      expect(used.rowHidden).toBeNull();
      expect(visible.address).toBe("'P. Hồng Hà'!A1:B1");
      expect(formulas.address).toBe("Sheet2!B1");
    });
  });

  it("waits before each sync when asked, without changing results (formula results are what the test gave)", async () => {
    const fake = wb();
    fake.delayMs = 5;
    const values = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet2").getRange("B1").load("values,formulas");
      await ctx.sync();
      return [r.values, r.formulas];
    });
    expect(values).toEqual([[[5]], [["=1+4"]]]);
  });
});
