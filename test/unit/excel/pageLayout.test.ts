// Print setup in Excel (issue 17): print area and columns repeated at the left, through the
// adapter into the fake, which refuses what Excel refuses (setPrintTitleColumns, ExcelApi 1.9:
// "The range must span the entire column to be valid").
import { FakeExcel, FakeOfficeError, fakeExcelGateway } from "../../../src/excel/fake/index";
import { SheetPlan } from "../../../src/core/types";

function plan(print: SheetPlan["print"]): SheetPlan {
  return {
    name: "Điểm chi tiết",
    kind: "detail",
    cells: [
      [{ value: "STT" }, { value: "Đơn vị" }, { value: "1.1" }],
      [{ value: 1 }, { value: "Phường Hồng Hà" }, { value: 0.5 }],
    ],
    print,
  };
}

describe("page layout", () => {
  it("sets the print area and the title columns", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "P. Hồng Hà", values: [["x"]] }] });
    await fakeExcelGateway(fake).writePlans([
      plan({ orientation: "landscape", paper: "A4", titleRows: "$1:$1", titleColumns: "$A:$B", area: "A1:C2" }),
    ]);
    expect(fake.sheet("Điểm chi tiết")!.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$1",
      printTitleColumns: "A:B",
      printArea: "A1:C2",
    });
  });

  it("refuses title columns that are not whole columns, and a print area that is not an address", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["x"]] }] });
    await fake.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("S").pageLayout;
      expect(() => layout.setPrintTitleColumns("A1:B5")).toThrow(FakeOfficeError);
      expect(() => layout.setPrintArea("không phải địa chỉ")).toThrow(FakeOfficeError);
      layout.setPrintTitleColumns("$A:$A");
      await ctx.sync();
    });
    expect(fake.sheet("S")!.pageLayout.printTitleColumns).toBe("A:A");
  });

  it("starts a new page before the rows a plan names, in the worksheet's horizontal page breaks", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "P. Hồng Hà", values: [["x"]] }] });
    await fakeExcelGateway(fake).writePlans([plan({ orientation: "landscape", paper: "A4", rowBreaks: [1] })]);
    // Plan row 1 (0-based) is the sheet's row 2: "a page break before the top-left cell" of A2.
    expect(fake.sheet("Điểm chi tiết")!.pageLayout.horizontalPageBreaks).toEqual([2]);
  });

  it("refuses a page break at an address that is not one, or on another sheet", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "S", values: [["x"]] },
        { name: "T", values: [["y"]] },
      ],
    });
    const refused = await fake
      .run(async (ctx) => {
        const breaks = ctx.workbook.worksheets.getItem("S").horizontalPageBreaks;
        expect(() => breaks.add("không phải địa chỉ")).toThrow(FakeOfficeError);
        breaks.add("A5");
        breaks.add(ctx.workbook.worksheets.getItem("T").getRange("A9"));
        await ctx.sync();
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(FakeOfficeError);
    expect((refused as FakeOfficeError).code).toBe("InvalidArgument");
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").horizontalPageBreaks.add("'S'!A7");
      await ctx.sync();
    });
    // The break queued before the refused one stays (a batch is not undone); the new one is added.
    expect(fake.sheet("S")!.pageLayout.horizontalPageBreaks).toEqual([5, 7]);
  });
});
