import {
  formatVi,
  numberValueFormula,
  parseLocaleNumber,
  parseNumber,
  round,
  sum,
  textNumberSeparators,
} from "../../../../src/core/util/numbers";

// Scores as units type them: numbers, text with a decimal comma or point, thousands separators,
// stray spaces, and Excel's error values from broken subtotals.

const num = (value: number, fromText = true) => ({ kind: "number", value, fromText });

describe("parseNumber", () => {
  it.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["0,25", 0.25],
    ["0.75", 0.75],
    ["1,5", 1.5],
    ["87,26", 87.26],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["12.345.678,9", 12345678.9],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["-0,5", -0.5],
    ["-1.234,5", -1234.5],
    ["+0,5", 0.5],
    [",5", 0.5],
    [".5", 0.5],
    ["00,5", 0.5],
    ["2", 2],
  ])("reads the text %j as %d", (text, value) => {
    expect(parseNumber(text)).toEqual(num(value));
  });

  it.each([
    [" 1,5 ", 1.5],
    ["1,5\u00a0", 1.5],
    ["\u200b0,5", 0.5],
    ["\t2\n", 2],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
  ])("ignores spaces, non-breaking and zero-width spaces in %j", (text, value) => {
    expect(parseNumber(text)).toEqual(num(value));
  });

  it("takes a number cell as it is, negative and zero included", () => {
    expect(parseNumber(0.5)).toEqual(num(0.5, false));
    expect(parseNumber(0)).toEqual(num(0, false));
    expect(parseNumber(-2)).toEqual(num(-2, false));
    expect(parseNumber(87.26)).toEqual(num(87.26, false));
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["empty text", ""],
    ["spaces", "   "],
    ["a non-breaking space", "\u00a0"],
  ])("is empty for %s", (_label, v) => {
    expect(parseNumber(v)).toEqual({ kind: "empty" });
  });

  it("reports Excel errors, as cell errors and as typed text in any case", () => {
    expect(parseNumber({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
    for (const e of ["#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])
      expect(parseNumber(e)).toEqual({ kind: "error", error: e });
    expect(parseNumber("#ref!")).toEqual({ kind: "error", error: "#REF!" });
    expect(parseNumber(" #N/A ")).toEqual({ kind: "error", error: "#N/A" });
  });

  it.each([
    "đạt",
    "Có",
    "KAD",
    "Không áp dụng",
    "0,5 điểm",
    "50%",
    "12,5%",
    "1.2.3",
    "1,2,3",
    "1,23,4",
    "1,234,56",
    "1.234,5,6",
    "1e3",
    "0x10",
    "--1",
    "1-",
    "½",
    "-",
    ".",
    ",",
    "#REF",
  ])("keeps %j as text, unchanged", (text) => {
    expect(parseNumber(text)).toEqual({ kind: "text", text });
  });

  it("keeps the text as typed (spaces included) when it is not a number", () => {
    expect(parseNumber(" đạt ")).toEqual({ kind: "text", text: " đạt " });
  });

  it("treats booleans and non-finite numbers as text", () => {
    expect(parseNumber(true)).toEqual({ kind: "text", text: "true" });
    expect(parseNumber(false)).toEqual({ kind: "text", text: "false" });
    expect(parseNumber(NaN)).toEqual({ kind: "text", text: "NaN" });
    expect(parseNumber(Infinity)).toEqual({ kind: "text", text: "Infinity" });
  });
});

describe("parseLocaleNumber", () => {
  it("with one separator, it is the decimal one, whichever it is", () => {
    expect(parseLocaleNumber("1,234")).toBe(1.234);
    expect(parseLocaleNumber("1.234")).toBe(1.234);
    expect(parseLocaleNumber("0.500")).toBe(0.5);
  });

  it("with both, the later one is the decimal separator", () => {
    expect(parseLocaleNumber("1.234,56")).toBe(1234.56);
    expect(parseLocaleNumber("1,234.56")).toBe(1234.56);
    expect(parseLocaleNumber("1.234,567")).toBe(1234.567);
  });

  it("repeated separators must group digits in threes", () => {
    expect(parseLocaleNumber("1.234.567")).toBe(1234567);
    expect(parseLocaleNumber("12,345,678")).toBe(12345678);
    expect(parseLocaleNumber("1.23.4")).toBeNull();
    expect(parseLocaleNumber("1234,567,8")).toBeNull();
  });

  it("is null for text without digits or with other characters", () => {
    for (const s of ["", ".", ",", "-", "abc", "1 2", "1a", "1/2"]) expect(parseLocaleNumber(s)).toBeNull();
  });
});

describe("textNumberSeparators and numberValueFormula", () => {
  /** NUMBERVALUE(text, decimal, group) as Excel computes it for these inputs. */
  const numberValue = (text: string, decimal: string, group: string) =>
    Number(text.replace(/\s/g, "").split(group).join("").replace(decimal, "."));

  it.each([
    ["0,5", ","],
    ["0.5", "."],
    [" 1,5 ", ","],
    ["1.234,5", ","],
    ["1,234.5", "."],
    ["1,234", ","],
    ["1.234", "."],
    ["1.234.567", ","],
    ["1,234,567", "."],
    ["5", ","],
  ])("%j: the decimal separator is %j", (text, decimal) => {
    expect(textNumberSeparators(text)).toEqual({ decimal, group: decimal === "," ? "." : "," });
  });

  it("NUMBERVALUE with those separators gives the value the engine reads", () => {
    for (const text of [
      "0,5",
      "0.5",
      " 1,5 ",
      "1.234,5",
      "1,234.5",
      "1,234",
      "1.234",
      "1.234.567",
      "1,234,567",
      "-0,25",
      "87,26",
    ]) {
      const { decimal, group } = textNumberSeparators(text);
      expect(numberValue(text, decimal, group)).toBe(parseLocaleNumber(text.trim()));
    }
  });

  it("writes the NUMBERVALUE call for a cell reference", () => {
    expect(numberValueFormula("'PA'!D11", "0,5")).toBe(`NUMBERVALUE('PA'!D11,",",".")`);
    expect(numberValueFormula("D9", "1,234.5")).toBe(`NUMBERVALUE(D9,".",",")`);
  });
});

describe("round", () => {
  it("rounds halves away from zero, free of binary noise (as Excel's ROUND)", () => {
    expect(round(0.125)).toBe(0.13);
    expect(round(1.005)).toBe(1.01);
    expect(round(2.675)).toBe(2.68);
    expect(round(87.255)).toBe(87.26);
    expect(round(-0.125)).toBe(-0.13);
    expect(round(-1.005)).toBe(-1.01);
    expect(round(0.1 + 0.2)).toBe(0.3);
  });

  it("takes the number of decimals", () => {
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round((68.32 / 84) * 100, 2)).toBe(81.33);
  });

  it("leaves zero and round numbers alone", () => {
    expect(round(0)).toBe(0);
    expect(round(100)).toBe(100);
    expect(round(0.25)).toBe(0.25);
  });
});

describe("sum", () => {
  it("adds point values without binary noise", () => {
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum(Array<number>(10).fill(0.1))).toBe(1);
    expect(sum([0.25, 0.25, 0.5, 0.75])).toBe(1.75);
    expect(sum([10, 10, 14.5, 11, 16, 7, 16, 15.5])).toBe(100);
    expect(sum([])).toBe(0);
  });
});

describe("formatVi", () => {
  it("writes a decimal comma and dot thousands (87,26; 1.234,5)", () => {
    expect(formatVi(87.26)).toBe("87,26");
    expect(formatVi(1234.5)).toBe("1.234,5");
    expect(formatVi(1234567.891)).toBe("1.234.567,891");
    expect(formatVi(0.5)).toBe("0,5");
    expect(formatVi(-0.5)).toBe("-0,5");
    expect(formatVi(100)).toBe("100");
    expect(formatVi(0.1 + 0.2)).toBe("0,3");
  });

  it("with a number of digits, always shows them", () => {
    expect(formatVi(5, 2)).toBe("5,00");
    expect(formatVi(87.255, 2)).toBe("87,26");
    expect(formatVi(1234.5, 1)).toBe("1.234,5");
    expect(formatVi(83, 2)).toBe("83,00");
  });

  it("is read back by parseNumber", () => {
    for (const x of [0.5, 87.26, 1234.5, 12345678.9, -0.25, 100]) expect(parseNumber(formatVi(x))).toEqual(num(x));
  });
});
