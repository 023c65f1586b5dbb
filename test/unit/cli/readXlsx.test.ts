import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { InputFileError, readXlsx } from "../../../src/cli/xlsx/index.js";
import { saveWorkbook, tempDir } from "../../helpers/files.js";

const dir = tempDir();

// A self-assessment sheet as units really send it: a merged rich-text title, codes as numbers,
// a score typed as text with a decimal comma, subtotal formulas (one broken), a hidden row.
async function submissionFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phường Hồng Hà");
  ws.getCell("B2").value = {
    richText: [{ text: "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM " }, { font: { bold: true }, text: "2024" }],
  };
  ws.mergeCells("B2:G2");
  ws.getRow(4).values = [
    undefined,
    "STT",
    "Tiêu chí",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Tài liệu kiểm chứng",
    "Ghi chú",
  ];
  ws.getRow(5).values = [undefined, "I", "Công tác chỉ đạo, điều hành CCHC", 4];
  ws.getCell("E5").value = { formula: "SUM(E6:E8)", result: 2.5 };
  ws.getRow(6).values = [undefined, 1.1, "Kế hoạch CCHC năm ", 1, "0,5", "Số 12/KH-UBND"];
  ws.getCell("G6").value = new Date(Date.UTC(2024, 0, 15));
  ws.getRow(7).values = [
    undefined,
    1.2,
    "Báo cáo CCHC",
    2,
    1,
    { text: "Báo cáo quý", hyperlink: "https://example.vn/bc" },
  ];
  ws.getRow(8).values = [undefined, 1.3, "Kiểm tra CCHC", 1, 1];
  ws.getRow(8).hidden = true;
  ws.getCell("E9").value = { formula: "E6+#REF!", result: { error: "#REF!" } };
  ws.getCell("D10").value = { error: "#REF!" };
  ws.getCell("H5").value = {
    formula: "D5-E5",
    result: 1.5,
    shareType: "shared",
    ref: "H5:H7",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("H6").value = { sharedFormula: "H5", result: 0 };
  ws.getCell("H7").value = { sharedFormula: "H5", result: 1 };
  ws.getCell("H8").value = { formula: "D8*2" };
  ws.getCell("H9").value = { formula: "_xlfn.RANK.EQ(E7,E6:E8)", result: 1 };
  wb.addWorksheet("Ghi chú").getCell("A1").value = true;
  return saveWorkbook(wb, dir, "hong-ha.xlsx");
}

describe("readXlsx", () => {
  let file: string;
  beforeAll(async () => {
    file = await submissionFile();
  });

  it("places the used area at its absolute position and keeps every sheet in tab order", async () => {
    const { snapshot, workbook } = await readXlsx(file);
    expect(snapshot.source).toBe(file);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Phường Hồng Hà", "Ghi chú"]);
    const s = snapshot.sheets[0];
    expect([s.originRow, s.originCol]).toEqual([1, 1]); // B2
    expect(s.values).toHaveLength(9); // rows 2..10
    expect(s.generated).toBeUndefined();
    expect(workbook.getWorksheet("Phường Hồng Hà")).toBeDefined();
  });

  it("reads rich text as plain text and leaves the rest of a merged title empty", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    expect(s.values[0][0]).toBe("BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024");
    expect(s.values[0].slice(1).every((v) => v === null)).toBe(true);
  });

  it("keeps text scores as typed, numbers as numbers, dates as Excel serials, links as their text", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    // Row 6 (index 4 from row 2): B6.. = 1.1, title, 1, "0,5", evidence, date
    expect(s.values[4].slice(0, 6)).toEqual([1.1, "Kế hoạch CCHC năm ", 1, "0,5", "Số 12/KH-UBND", 45306]);
    expect(s.values[5][4]).toBe("Báo cáo quý");
  });

  it("gives formula cells their cached result and their formula text, shared formulas resolved per cell", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    const f = s.formulas!;
    expect(s.values[3][3]).toBe(2.5);
    expect(f[3][3]).toBe("=SUM(E6:E8)");
    expect(f[3][6]).toBe("=D5-E5");
    expect(f[4][6]).toBe("=D6-E6");
    expect(f[5][6]).toBe("=D7-E7");
    expect(s.values[5][6]).toBe(1);
    expect(f[4][0]).toBeNull();
  });

  it("reads a formula without a cached result as null, and drops the file's _xlfn. prefix", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    expect(s.values[6][6]).toBeNull();
    expect(s.formulas![6][6]).toBe("=D8*2");
    expect(s.formulas![7][6]).toBe("=RANK.EQ(E7,E6:E8)");
    expect(s.values[7][6]).toBe(1);
  });

  it("reads #REF! as an error, both as a formula result and as a typed value, never as zero", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    expect(s.values[7][3]).toEqual({ error: "#REF!" });
    expect(s.formulas![7][3]).toBe("=E6+#REF!");
    expect(s.values[8][2]).toEqual({ error: "#REF!" });
    expect(s.formulas![8][2]).toBeNull();
  });

  it("lists hidden rows by absolute 0-based index", async () => {
    const s = (await readXlsx(file)).snapshot.sheets[0];
    expect(s.hiddenRows).toEqual([7]);
  });

  it("reads booleans and an empty sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống");
    wb.addWorksheet("Cờ").getCell("C3").value = false;
    const { snapshot } = await readXlsx(await saveWorkbook(wb, dir, "flags.xlsx"));
    expect(snapshot.sheets[0]).toMatchObject({ name: "Trống", originRow: 0, originCol: 0, values: [] });
    expect(snapshot.sheets[1]).toMatchObject({ originRow: 2, originCol: 2, values: [[false]] });
  });

  it("reads a 50,000-row sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lớn");
    for (let r = 1; r <= 50_000; r++) ws.addRow([`${r}`, `Tiêu chí ${r}`, 1, r % 2 ? "0,5" : 0.75, "Số 1/QĐ"]);
    ws.getCell("F50000").value = { formula: "SUM(C1:C50000)", result: 50_000 };
    const { snapshot } = await readXlsx(await saveWorkbook(wb, dir, "big.xlsx"));
    const s = snapshot.sheets[0];
    expect(s.values).toHaveLength(50_000);
    expect(s.values[49_999]).toEqual(["50000", "Tiêu chí 50000", 1, 0.75, "Số 1/QĐ", 50_000]);
    expect(s.formulas![49_999][5]).toBe("=SUM(C1:C50000)");
  }, 60_000); // building and saving the file takes seconds when the suites run in parallel
});

describe("readXlsx refuses what is not a readable workbook, naming the file", () => {
  const expectRefusal = async (file: string, reason: InputFileError["reason"]) => {
    const err = await readXlsx(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputFileError);
    const e = err as InputFileError;
    expect(e.reason).toBe(reason);
    expect(e.file).toBe(file);
    expect(e.messageVi).toContain(file);
    expect(e.messageEn).toContain(file);
    expect(e.message).not.toContain("\n");
    return e;
  };

  it("random bytes named .xlsx", async () => {
    const file = path.join(dir, "random.xlsx");
    fs.writeFileSync(file, Buffer.from("Đây không phải sổ tính, chỉ là văn bản.\n".repeat(20)));
    const e = await expectRefusal(file, "not-xlsx");
    expect(e.messageVi).toMatch(/không phải sổ tính Excel/);
  });

  it("an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    fs.writeFileSync(file, "");
    await expectRefusal(file, "empty");
  });

  it("a missing file", async () => {
    await expectRefusal(path.join(dir, "khong-co.xlsx"), "missing");
  });

  it("a folder", async () => {
    const folder = path.join(dir, "folder.xlsx");
    fs.mkdirSync(folder);
    await expectRefusal(folder, "not-a-file");
  });

  it("a workbook without worksheets", async () => {
    const file = await saveWorkbook(new ExcelJS.Workbook(), dir, "no-sheets.xlsx");
    await expectRefusal(file, "no-sheets");
  });

  it("a legacy .xls (OLE compound file)", async () => {
    const file = path.join(dir, "old.xls");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("Workbook", "utf16le").copy(ole, 1024);
    fs.writeFileSync(file, ole);
    const e = await expectRefusal(file, "legacy-xls");
    expect(e.messageVi).toMatch(/97-2003/);
  });

  it("a password-protected workbook (OLE file with an EncryptionInfo stream)", async () => {
    const file = path.join(dir, "locked.xlsx");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptionInfo", "utf16le").copy(ole, 1024);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1152);
    fs.writeFileSync(file, ole);
    const e = await expectRefusal(file, "encrypted");
    expect(e.messageVi).toMatch(/mật khẩu/);
    expect(e.messageEn).toMatch(/password/);
  });

  it("a damaged zip (a workbook cut short)", async () => {
    const good = await submissionFile();
    const bytes = fs.readFileSync(good);
    const file = path.join(dir, "cut.xlsx");
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefusal(file, "corrupt");
  });
});

describe("formula results that are falsy", () => {
  it("keeps a cached 0 and false (ExcelJS drops them from cell.value)", async () => {
    const file = path.join(fs.mkdtempSync(path.join(tempDir(), "falsy-")), "falsy.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("B1").value = { formula: "1>2", result: false };
    ws.getCell("C1").value = { formula: "1+1", result: 2 };
    await wb.xlsx.writeFile(file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets[0].values[0]).toEqual([0, false, 2]);
  });
});

describe("merged cells", () => {
  it("are listed in the snapshot, so a merged evidence cell covers its rows", async () => {
    const file = path.join(fs.mkdtempSync(path.join(tempDir(), "merge-")), "merge.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("E9").value = "Kế hoạch số 15/KH-UBND";
    ws.mergeCells("E9:E11");
    await wb.xlsx.writeFile(file);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets[0].merges).toEqual(["E9:E11"]);
  });
});
