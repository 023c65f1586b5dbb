import { a1, absA1, colIndex, colLetter, parseA1, parseRange, rangeA1, sheetRef } from "../../../../src/core/util/a1";

// A1 addresses: 0-based rows and columns inside, 1-based A1 text as Excel shows it.

const LAST_COL = 16_383; // XFD
const LAST_ROW = 1_048_575; // row 1048576

describe("colLetter and colIndex", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [LAST_COL, "XFD"],
  ])("column %d is %s", (col, letters) => {
    expect(colLetter(col)).toBe(letters);
    expect(colIndex(letters)).toBe(col);
  });

  it("round-trip every column up to XFD", () => {
    for (let c = 0; c <= LAST_COL; c++) expect(colIndex(colLetter(c))).toBe(c);
  });

  it("colIndex reads lower case", () => {
    expect(colIndex("aa")).toBe(26);
    expect(colIndex("xfd")).toBe(LAST_COL);
  });
});

describe("a1, absA1, rangeA1", () => {
  it("write 1-based addresses", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(11, 1)).toBe("B12");
    expect(a1(LAST_ROW, LAST_COL)).toBe("XFD1048576");
    expect(absA1(11, 5)).toBe("$F$12");
    expect(rangeA1(0, 0, 2, 2)).toBe("A1:C3");
    expect(rangeA1(4, 3, 4, 3)).toBe("D5:D5");
  });
});

describe("parseA1", () => {
  it.each([
    ["A1", 0, 0],
    ["B12", 11, 1],
    ["$B$12", 11, 1],
    ["$B12", 11, 1],
    ["B$12", 11, 1],
    ["b12", 11, 1],
    [" C3 ", 2, 2],
    ["AA10", 9, 26],
    ["XFD1048576", LAST_ROW, LAST_COL],
  ])("%j is row %d, column %d", (ref, row, col) => {
    expect(parseA1(ref)).toEqual({ row, col });
  });

  it("round-trips a1 and absA1 over the grid's corners and a spread of cells", () => {
    const rows = [0, 1, 9, 99, 999, 65_535, 65_536, LAST_ROW];
    const cols = [0, 1, 25, 26, 255, 701, 702, LAST_COL];
    for (const row of rows)
      for (const col of cols) {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
        expect(parseA1(absA1(row, col))).toEqual({ row, col });
      }
  });

  it.each([
    ["empty text", ""],
    ["a column only", "A"],
    ["a row only", "12"],
    ["a range", "A1:B2"],
    ["a sheet-qualified address", "Sheet1!A1"],
    ["a quoted sheet", "'Tổng hợp'!B3"],
    ["four column letters", "AAAA1"],
    ["a doubled $", "$$A1"],
    ["a negative row", "A-1"],
    ["a decimal row", "A1.5"],
    ["R1C1 notation", "R1C1"],
    ["a name", "TongHop"],
    ["Vietnamese letters", "Đ1"],
    ["a space inside", "A 1"],
    ["row 0", "A0"],
    ["a column past XFD", "XFE1"],
    ["a row past 1,048,576", "A1048577"],
    ["a column and a row past the grid", "ZZZ9999999"],
  ])("is null for %s", (_label, ref) => {
    expect(parseA1(ref)).toBeNull();
  });
});

describe("parseRange", () => {
  it("reads a range as inclusive 0-based bounds, in any corner order", () => {
    expect(parseRange("A1:C3")).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(parseRange("C3:A1")).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(parseRange("A3:C1")).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(parseRange("$A$1:$C$3")).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(parseRange("D8:D10")).toEqual({ r0: 7, c0: 3, r1: 9, c1: 3 });
  });

  it("reads a single cell as a 1×1 range", () => {
    expect(parseRange("B2")).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
  });

  it("round-trips rangeA1", () => {
    for (const [r0, c0, r1, c1] of [
      [0, 0, 0, 0],
      [2, 0, 40, 12],
      [7, 3, 9, 3],
      [0, 0, LAST_ROW, LAST_COL],
    ])
      expect(parseRange(rangeA1(r0, c0, r1, c1))).toEqual({ r0, c0, r1, c1 });
  });

  it.each(["", "A1:", ":A1", "A1:XX", "B:B", "1:1", "Tổng hợp!A1:B2", "A0:B2", "A1:B2:C3", "A1:XFE1"])(
    "is null for %j",
    (ref) => {
      expect(parseRange(ref)).toBeNull();
    },
  );
});

describe("sheetRef", () => {
  it("quotes the sheet name and doubles its apostrophes", () => {
    expect(sheetRef("Phường Hồng Hà", "F12")).toBe("'Phường Hồng Hà'!F12");
    expect(sheetRef("Tổng hợp (2)", "$A$1")).toBe("'Tổng hợp (2)'!$A$1");
    expect(sheetRef("Xã Dân Chủ's", "A1")).toBe("'Xã Dân Chủ''s'!A1");
    expect(sheetRef("PA", "D9")).toBe("'PA'!D9");
  });
});
