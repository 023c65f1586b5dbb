// Importing ward files into the open workbook, and Office errors turned into Vietnamese messages.
import { encodeFakeWorkbook, FakeExcel, FakeOfficeError, fakeExcelGateway } from "../../../src/excel/fake/index";
import { toGatewayError } from "../../../src/excel/errors";
import { GatewayError } from "../../../src/excel/gateway";
import { unitNameOf } from "../../../src/excel/importSheets";

const file = (fileName: string, sheets: { name: string; values: (string | number)[][] }[]) => ({
  fileName,
  base64: encodeFakeWorkbook(sheets),
});

describe("importWorkbooks", () => {
  it("inserts each file's sheet named after the unit, never replacing an existing sheet", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Tổng hợp", values: [["của tôi"]] },
        { name: "Phường Hồng Hà", values: [["bản cũ"]] },
      ],
    });
    const imported = await fakeExcelGateway(fake).importWorkbooks([
      file("Phường Hồng Hà.xlsx", [{ name: "Sheet1", values: [["ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ"]] }]),
      file("C:\\fakepath\\Xa_Dan_Chu.xlsx", [
        { name: "Tự chấm", values: [["UBND XÃ DÂN CHỦ"]] },
        { name: "Giải trình", values: [["…"]] },
      ]),
      {
        ...file("tep-khong-ro-ten.xlsx", [{ name: "Sheet1", values: [["UBND XÃ KỲ THƯỢNG"]] }]),
        unitName: "Xã Kỳ Thượng",
      },
    ]);
    expect(imported).toEqual([
      { fileName: "Phường Hồng Hà.xlsx", sourceSheet: "Sheet1", name: "Phường Hồng Hà (2)" },
      { fileName: "C:\\fakepath\\Xa_Dan_Chu.xlsx", sourceSheet: "Tự chấm", name: "Xa Dan Chu" },
      { fileName: "C:\\fakepath\\Xa_Dan_Chu.xlsx", sourceSheet: "Giải trình", name: "Xa Dan Chu - Giải trình" },
      // Excel itself renames an inserted sheet whose name is taken ("Sheet1 (2)").
      { fileName: "tep-khong-ro-ten.xlsx", sourceSheet: "Sheet1 (2)", name: "Xã Kỳ Thượng" },
    ]);
    expect(fake.sheetNames()).toEqual([
      "Tổng hợp",
      "Phường Hồng Hà",
      "Phường Hồng Hà (2)",
      "Xa Dan Chu",
      "Xa Dan Chu - Giải trình",
      "Xã Kỳ Thượng",
    ]);
    expect(fake.cell("Phường Hồng Hà", "A1")?.value).toBe("bản cũ");
    expect(fake.cell("Phường Hồng Hà (2)", "A1")?.value).toBe("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ");
    // One sync to list, one to insert, one to read the new names, one to rename.
    expect(fake.syncCount).toBe(4);
  });

  it("says in Vietnamese when Excel cannot insert files (before ExcelApi 1.13), and changes nothing", async () => {
    const fake = new FakeExcel({ apiVersion: "1.12", sheets: [{ name: "A", values: [[1]] }] });
    const gateway = fakeExcelGateway(fake);
    expect(gateway.canImport()).toBe(false);
    const err = await gateway
      .importWorkbooks([file("x.xlsx", [{ name: "S", values: [[1]] }])])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "ApiNotFound", messageVi: expect.stringContaining("ExcelApi 1.13") });
    expect(fake.syncCount).toBe(0);
  });

  it("leaves no half-imported sheet behind when a file is not a workbook", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "A", values: [[1]] }] });
    const before = fake.dump();
    const err = await fakeExcelGateway(fake)
      .importWorkbooks([
        file("tot.xlsx", [{ name: "S", values: [[1]] }]),
        { fileName: "hong.xlsx", base64: "bm90IGEgd29ya2Jvb2s=" },
      ])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "InvalidArgument", messageVi: expect.stringContaining("hong.xlsx") });
    expect(fake.dump()).toEqual(before);
  });

  it("takes the unit from the file name without extension, path or underscores", () => {
    expect(unitNameOf({ fileName: "/tmp/Phuong_Bach_Dang.xlsx", base64: "" })).toBe("Phuong Bach Dang");
    expect(unitNameOf({ fileName: "Báo cáo: [2025].xlsx", base64: "" })).toBe("Báo cáo- -2025-");
  });
});

describe("Office errors", () => {
  it.each([
    ["AccessDenied", "bảo vệ"],
    ["InvalidOperationInCellEditMode", "chế độ sửa ô"],
    ["RequestPayloadSizeLimitExceeded", "5 MB"],
    ["ItemNotFound", "Không tìm thấy"],
    ["GeneralException", "thử lại"],
  ])("%s becomes a Vietnamese message that says what to do, keeping the code", (code, words) => {
    const e = toGatewayError(new FakeOfficeError(code, "english"));
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.code).toBe(code);
    expect(e.messageVi).toContain(words);
    expect(e.messageEn.length).toBeGreaterThan(10);
    expect(e.message).toContain(code);
  });

  it("gives a general message for anything unknown, and leaves a GatewayError as it is", () => {
    expect(toGatewayError(new Error("boom"))).toMatchObject({
      code: "Unknown",
      messageVi: expect.stringContaining("Excel"),
    });
    const g = new GatewayError("vi", "en", "X");
    expect(toGatewayError(g)).toBe(g);
  });

  it("reports a protected unit sheet met during a write as a protection problem, the workbook unchanged", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "A", values: [[1]] }] });
    fake.failAt({ sync: 3, code: "AccessDenied" });
    const before = fake.dump();
    const err = await fakeExcelGateway(fake)
      .writePlans([{ name: "Tổng hợp", kind: "summary", cells: [[{ value: "x" }], [{ value: "y" }]] }])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AccessDenied", messageVi: expect.stringContaining("Bỏ bảo vệ") });
    expect(fake.dump()).toEqual(before);
  });
});
