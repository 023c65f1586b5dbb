// The natively zipped package (renderXlsx) holds exactly the parts ExcelJS's own writer makes, and
// reads back the same in ExcelJS and in our own zip reader (two readers, one file).
import * as ExcelJS from "exceljs";
import * as zlib from "node:zlib";
import { renderXlsx } from "../../../src/cli/xlsx/renderXlsx.js";
import { centralDirectory, inflateEntry } from "../../../src/cli/xlsx/zip.js";
import { zipParts } from "../../../src/cli/xlsx/zipWriter.js";

function resultLike(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp", { pageSetup: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0 } });
  ws.getCell("A1").value = "Phường Hồng Hà";
  ws.getCell("A1").font = { bold: true, name: "Times New Roman", size: 12 };
  ws.getCell("B1").value = 87.26;
  ws.getCell("B1").numFmt = "0.00";
  ws.getCell("C1").value = { formula: "SUM(B1:B1)" };
  ws.mergeCells("A3:C3");
  ws.getCell("A3").value = "=không phải công thức";
  ws.getCell("D1").dataValidation = { type: "list", allowBlank: true, formulae: ['"Đạt,Không đạt"'] };
  ws.pageSetup.printTitlesRow = "1:1";
  wb.addWorksheet("Phân tích").getCell("A1").value = 1;
  return wb;
}

async function parts(bytes: Buffer): Promise<Map<string, string>> {
  // JSZip also lists the folders ("xl/"), which hold nothing: parts only.
  const files = centralDirectory(bytes).filter((e) => !e.name.endsWith("/"));
  return new Map(files.map((e) => [e.name, inflateEntry(bytes, e).toString("utf8")]));
}

describe("renderXlsx", () => {
  it("writes the parts ExcelJS writes, byte for byte once inflated (dates aside)", async () => {
    const wb = resultLike();
    wb.created = wb.modified = new Date("2025-01-15T08:00:00Z");
    const ours = await parts(await renderXlsx(wb));
    const theirs = await parts((await wb.xlsx.writeBuffer()) as unknown as Buffer);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, xml] of theirs) expect({ name, xml: ours.get(name) }).toEqual({ name, xml });
  });

  it("reads back in ExcelJS with values, formulas, styles, merges, validation and print setup", async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await renderXlsx(resultLike())) as unknown as ExcelJS.Buffer);
    const ws = back.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").value).toBe("Phường Hồng Hà");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "Times New Roman", size: 12 });
    expect(ws.getCell("B1").numFmt).toBe("0.00");
    expect(ws.getCell("C1").formula).toBe("SUM(B1:B1)");
    expect(ws.getCell("A3").value).toBe("=không phải công thức");
    expect(ws.model.merges).toEqual(["A3:C3"]);
    expect(ws.getCell("D1").dataValidation).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(back.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Phân tích"]);
  });
});

describe("zipParts", () => {
  it("copies a part's compressed bytes as they are, and stores tiny parts", () => {
    const text = Buffer.from("<x>Đánh giá</x>".repeat(200));
    const compressed = zlib.deflateRawSync(text);
    const zip = zipParts([
      { name: "a.xml", raw: { method: 8, crc32: zlib.crc32(text), size: text.length, compressed } },
      { name: "b.xml", data: Buffer.from("<b/>") },
    ]);
    const entries = centralDirectory(zip);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["a.xml", 8],
      ["b.xml", 0],
    ]);
    expect(inflateEntry(zip, entries[0]).equals(text)).toBe(true);
    expect(inflateEntry(zip, entries[1]).toString()).toBe("<b/>");
  });
});
