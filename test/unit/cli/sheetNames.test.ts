import fc from "fast-check";
import * as ExcelJS from "exceljs";
import { cleanSheetName, freeSheetName, MAX_SHEET_NAME } from "../../../src/cli/xlsx/index.js";

const workbookWith = (...names: string[]) => {
  const wb = new ExcelJS.Workbook();
  for (const n of names) wb.addWorksheet(n);
  return wb;
};

describe("freeSheetName", () => {
  it("keeps a free name and numbers a taken one", () => {
    expect(freeSheetName(workbookWith("Phường Hồng Hà"), "Tổng hợp")).toBe("Tổng hợp");
    expect(freeSheetName(workbookWith("Tổng hợp"), "Tổng hợp")).toBe("Tổng hợp (2)");
    expect(freeSheetName(workbookWith("Tổng hợp", "Tổng hợp (2)"), "Tổng hợp")).toBe("Tổng hợp (3)");
  });

  it("compares as Excel does: case-insensitive, and NFD Vietnamese equals NFC", () => {
    expect(freeSheetName(workbookWith("TỔNG HỢP"), "Tổng hợp")).toBe("Tổng hợp (2)");
    expect(freeSheetName(workbookWith("Tổng hợp"), "Tổng hợp".normalize("NFD"))).toBe("Tổng hợp (2)");
  });

  it("stays within 31 characters when numbering a long unit name", () => {
    const long = "Ủy ban nhân dân phường Hồng Hải, thành phố Hạ Long";
    const wb = workbookWith(cleanSheetName(long));
    const name = freeSheetName(wb, long);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(() => wb.addWorksheet(name)).not.toThrow();
  });

  it("also avoids names reserved by the caller", () => {
    expect(freeSheetName(workbookWith(), "Xã Dân Chủ", ["xã dân chủ"])).toBe("Xã Dân Chủ (2)");
  });
});

describe("cleanSheetName", () => {
  it("replaces the characters Excel forbids and trims edge apostrophes", () => {
    expect(cleanSheetName("KH 12/2024: [dự thảo]*?")).toBe("KH 12-2024- -dự thảo---");
    expect(cleanSheetName("'Phường 1'")).toBe("Phường 1");
    expect(cleanSheetName("   ")).toBe("Sheet");
    expect(cleanSheetName("history")).toBe("history (1)");
  });

  it("always gives a name ExcelJS accepts unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => {
        const name = cleanSheetName(s);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet(name);
        expect(ws.name).toBe(name);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      }),
    );
  });
});
