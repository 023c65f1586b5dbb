import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { OutputFileError, readXlsx, writeXlsxAtomic } from "../../../src/cli/xlsx/index.js";
import { tempDir } from "../../helpers/files.js";

const book = (text: string) => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Tổng hợp").getCell("A1").value = text;
  return wb;
};

describe("writeXlsxAtomic", () => {
  it("writes a readable workbook and replaces an earlier output", async () => {
    const dir = tempDir();
    const file = path.join(dir, "ket-qua.xlsx");
    await writeXlsxAtomic(book("lần 1"), file);
    await writeXlsxAtomic(book("lần 2"), file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets[0].values).toEqual([["lần 2"]]);
    expect(fs.readdirSync(dir)).toEqual(["ket-qua.xlsx"]);
  });

  it("when the workbook cannot be written, leaves the earlier file intact and no temporary file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "ket-qua.xlsx");
    await writeXlsxAtomic(book("bản tốt"), file);
    const broken = book("bản hỏng");
    // A conditional format without rules makes ExcelJS fail half-way through serialising.
    broken.worksheets[0].addConditionalFormatting({ ref: "A1" } as ExcelJS.ConditionalFormattingOptions);
    const err = await writeXlsxAtomic(broken, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputFileError);
    expect((err as OutputFileError).message).toContain(file);
    expect(fs.readdirSync(dir)).toEqual(["ket-qua.xlsx"]);
    expect((await readXlsx(file)).snapshot.sheets[0].values).toEqual([["bản tốt"]]);
  });

  it("when the target cannot be replaced, says so in Vietnamese and English and cleans up", async () => {
    const dir = tempDir();
    const target = path.join(dir, "ket-qua.xlsx");
    fs.mkdirSync(target); // a folder where the file should go: the final rename fails
    const err = (await writeXlsxAtomic(book("x"), target).catch((e: unknown) => e)) as OutputFileError;
    expect(err).toBeInstanceOf(OutputFileError);
    expect(err.messageVi).toMatch(/^Không ghi được tệp/);
    expect(err.messageEn).toMatch(/^Cannot write file/);
    expect(fs.readdirSync(dir)).toEqual(["ket-qua.xlsx"]);
  });

  it("fails cleanly when the folder does not exist", async () => {
    const target = path.join(tempDir(), "khong-co", "ket-qua.xlsx");
    await expect(writeXlsxAtomic(book("x"), target)).rejects.toBeInstanceOf(OutputFileError);
  });
});
