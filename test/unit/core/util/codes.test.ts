import {
  codeDepth,
  compareCodes,
  displayCode,
  intToRoman,
  normalizeCode,
  parentCode,
  romanToInt,
  optionLabel,
  optionLabelInTitle,
  codeInTitle,
} from "../../../../src/core/util/codes";

// Criterion codes as units type them in the STT column of a self-assessment sheet.

describe("normalizeCode", () => {
  it.each([
    ["I", "1"],
    ["II", "2"],
    ["IV", "4"],
    ["VIII", "8"],
    ["IX", "9"],
    ["XIV", "14"],
    ["iii", "3"],
  ])("reads the Roman area numeral %j as area %j", (typed, code) => {
    expect(normalizeCode(typed)).toBe(code);
  });

  it.each([
    ["I.", "1"],
    ["II.", "2"],
    ["1.", "1"],
    ["1.1.", "1.1"],
    ["1.1.1.", "1.1.1"],
    ["1.1)", "1.1"],
    ["2)", "2"],
    ["1.2..", "1.2"],
  ])("drops the trailing dot or bracket of %j", (typed, code) => {
    expect(normalizeCode(typed)).toBe(code);
  });

  it.each([
    [" 1.1.1 ", "1.1.1"],
    ["1.1 ", "1.1"],
    ["\u00a01.2\u00a0", "1.2"],
    ["1. 2", "1.2"],
    ["1 .2", "1.2"],
    ["\t3.1\n", "3.1"],
    [" II ", "2"],
  ])("ignores spaces (also non-breaking ones) in %j", (typed, code) => {
    expect(normalizeCode(typed)).toBe(code);
  });

  it("reads Roman areas with a criterion part (II.3) and drops leading zeros (01.02)", () => {
    expect(normalizeCode("II.3")).toBe("2.3");
    expect(normalizeCode("III.2.1")).toBe("3.2.1");
    expect(normalizeCode("01.02")).toBe("1.2");
    expect(normalizeCode("02")).toBe("2");
  });

  it("keeps text codes that Excel did not touch, 1.10 included", () => {
    expect(normalizeCode("1.10")).toBe("1.10");
    expect(normalizeCode("2.10.1")).toBe("2.10.1");
    expect(normalizeCode("1.2.3.4")).toBe("1.2.3.4");
  });

  it("renders a number cell as Excel shows it: 1.10 typed as a number is 1.1, 2.0 is 2", () => {
    expect(normalizeCode(1.1)).toBe("1.1");
    expect(normalizeCode(1.1)).toBe(normalizeCode(1.1));
    expect(normalizeCode(2.0)).toBe("2");
    expect(normalizeCode(2)).toBe("2");
    expect(normalizeCode(3.2)).toBe("3.2");
    expect(normalizeCode(1.25)).toBe("1.25");
  });

  it("reads NFD text the same as NFC", () => {
    expect(normalizeCode("1.1.".normalize("NFD"))).toBe("1.1");
  });

  it.each([
    ["empty text", ""],
    ["spaces only", "   "],
    ["null", null],
    ["undefined", undefined],
    ["a title", "Công tác chỉ đạo"],
    ["a word", "Tổng"],
    ["an area part 0", "0"],
    ["a criterion part 0 (text 2.0)", "2.0"],
    ["a part 0 (1.0.1)", "1.0.1"],
    ["a zero number", 0],
    ["a number below 1 (0.1)", 0.1],
    ["a negative number", -1],
    ["an empty part (1..2)", "1..2"],
    ["a decimal comma (1,2)", "1,2"],
    ["letters after a part (1.2a)", "1.2a"],
    ["a Roman numeral after the first part (II.III)", "II.III"],
    ["a malformed Roman numeral (IIII)", "IIII"],
    ["a malformed Roman numeral (VX)", "VX"],
    ["an option letter (a)", "a)"],
    ["more than four levels", "1.2.3.4.5"],
    ["a part longer than three digits", "1000"],
    ["an exponent", "1e2"],
    ["a boolean", true],
  ])("is null for %s", (_label, typed) => {
    expect(normalizeCode(typed)).toBeNull();
  });
});

describe("romanToInt and intToRoman", () => {
  it("read and write the numerals areas use", () => {
    const romans = [
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "VII",
      "VIII",
      "IX",
      "X",
      "XI",
      "XIV",
      "XIX",
      "XX",
      "XL",
      "XC",
      "XCIX",
      "C",
    ];
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 19, 20, 40, 90, 99, 100];
    expect(romans.map(romanToInt)).toEqual(values);
    expect(values.map(intToRoman)).toEqual(romans);
  });

  it("round-trip every number from 1 to 399", () => {
    for (let n = 1; n < 400; n++) expect(romanToInt(intToRoman(n))).toBe(n);
  });

  it("are case-insensitive on reading", () => {
    expect(romanToInt("xiv")).toBe(14);
    expect(romanToInt("Iv")).toBe(4);
  });

  it.each(["", "IIII", "VX", "IC", "IL", "VV", "XXXX", "MC", "D", "1", "I I", "Ⅱ"])(
    "romanToInt(%j) is null (not a well-formed numeral it knows)",
    (s) => {
      expect(romanToInt(s)).toBeNull();
    },
  );
});

describe("parentCode, codeDepth", () => {
  it("give the parent and the level of a code", () => {
    expect(parentCode("1.2.3")).toBe("1.2");
    expect(parentCode("1.2")).toBe("1");
    expect(parentCode("1")).toBeNull();
    expect(parentCode("1.10")).toBe("1");
    expect([codeDepth("1"), codeDepth("1.2"), codeDepth("1.2.3"), codeDepth("1.10.2")]).toEqual([1, 2, 3, 3]);
  });
});

describe("compareCodes", () => {
  it("orders part by part as numbers: 1.2 before 1.10, a parent before its children", () => {
    const codes = ["10", "1.10", "2", "1.2", "1.1.1", "1", "1.1", "1.9", "2.1", "1.1.10", "1.1.2"];
    expect([...codes].sort(compareCodes)).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.1.2",
      "1.1.10",
      "1.2",
      "1.9",
      "1.10",
      "2",
      "2.1",
      "10",
    ]);
  });

  it("is zero for equal codes and antisymmetric", () => {
    expect(compareCodes("1.2", "1.2")).toBe(0);
    expect(Math.sign(compareCodes("1.2", "1.10"))).toBe(-1);
    expect(Math.sign(compareCodes("1.10", "1.2"))).toBe(1);
    expect(Math.sign(compareCodes("1", "1.1"))).toBe(-1);
  });
});

describe("displayCode", () => {
  it("shows areas in Roman numerals and deeper codes unchanged", () => {
    expect(["1", "2", "4", "8", "9", "10"].map(displayCode)).toEqual(["I", "II", "IV", "VIII", "IX", "X"]);
    expect(displayCode("1.10")).toBe("1.10");
    expect(displayCode("3.2.1")).toBe("3.2.1");
  });

  it("is read back by normalizeCode", () => {
    for (const code of ["1", "2", "7", "8", "12", "1.1", "1.10", "2.3.4"])
      expect(normalizeCode(displayCode(code))).toBe(code);
  });
});

describe("scale options are not codes (issue 14)", () => {
  it.each(["i)", "ii)", "iii)", "iv)", "v)", "c)", "(b)", "x", "l", "c"])(
    "normalizeCode(%j) is null: a lower-case option label or tick is never an area",
    (typed) => {
      expect(normalizeCode(typed)).toBeNull();
    },
  );

  it("keeps capital Roman areas however they are typed", () => {
    expect(normalizeCode("I.")).toBe("1");
    expect(normalizeCode("II")).toBe("2");
    expect(normalizeCode("I ")).toBe("1");
    expect(normalizeCode("X")).toBe("10");
    // "I)" has an option's form: the reader decides by the rows around it.
    expect(normalizeCode("I)")).toBe("1");
    expect(optionLabel("I)")).toBe("i");
  });

  it.each([
    ["a)", "a"],
    ["(b)", "b"],
    ["c.", "c"],
    ["ii)", "ii"],
    ["iv)", "iv"],
    ["-", "-"],
    ["–", "-"],
    ["+", "+"],
    ["•", "•"],
  ])("optionLabel(%j) is %j", (typed, label) => {
    expect(optionLabel(typed)).toBe(label);
  });

  it.each([["1"], ["1.1"], ["II"], ["I."], ["Có"], [1]])("optionLabel(%j) is null", (typed) => {
    expect(optionLabel(typed)).toBeNull();
  });

  it("reads an option label at the start of a title", () => {
    expect(optionLabelInTitle("a) Có: 1 điểm")).toEqual({ label: "a", upper: false });
    expect(optionLabelInTitle("ii) Từ 80% đến dưới 100%")).toEqual({ label: "ii", upper: false });
    expect(optionLabelInTitle("- Không: 0 điểm")).toEqual({ label: "-", upper: false });
    expect(optionLabelInTitle("II) Cải cách thể chế")).toEqual({ label: "ii", upper: true });
    expect(optionLabelInTitle("Ban hành kế hoạch")).toBeNull();
    expect(optionLabelInTitle("1.2. Báo cáo")).toBeNull();
  });
});

describe("codeInTitle", () => {
  it.each([
    ["2.1. Chỉ số SIPAS", "2.1"],
    ["I. CÔNG TÁC CHỈ ĐẠO", "I"],
    ["1.1.2 Mức độ thực hiện", "1.1.2"],
    ["3) Tác động", "3"],
    ["1. Công tác chỉ đạo", "1"],
  ])("reads the code at the start of %j", (title, code) => {
    expect(codeInTitle(title)).toBe(code);
  });

  it.each([["1.000 hồ sơ được giải quyết"], ["Ban hành kế hoạch"], ["a) Có"], ["2024 là năm"], ["100% hồ sơ"]])(
    "is null for %j",
    (title) => {
      expect(codeInTitle(title)).toBeNull();
    },
  );
});
