import {
  cleanSheetName,
  cleanTableName,
  freeName,
  isGeneratedKind,
  isVariantOf,
  MAX_SHEET_NAME,
  markerName,
  nameKey,
  nameVariants,
  parseMarkerName,
} from "../../../../src/core/util/sheetNames";

// Excel's sheet-name rules: at most 31 characters, none of []:*?/\, no apostrophe at either end,
// not empty, not "History", unique without regard to case (and NFD equal to NFC).

const LONG_UNIT = "Ủy ban nhân dân phường Hồng Hải, thành phố Hạ Long";
const keys = (...names: string[]) => new Set(names.map(nameKey));
const first = (wanted: string, n: number) => {
  const out: string[] = [];
  for (const name of nameVariants(wanted)) {
    out.push(name);
    if (out.length === n) break;
  }
  return out;
};

describe("cleanSheetName", () => {
  it("keeps a name Excel accepts", () => {
    for (const name of ["Tổng hợp", "P. Hồng Hà", "Xã Dân Chủ", "Kết quả 2024", "it's", "Tổng hợp (2)"])
      expect(cleanSheetName(name)).toBe(name);
  });

  it("replaces each of []:*?/\\ with a dash", () => {
    expect(cleanSheetName("a[b]c:d*e?f/g\\h")).toBe("a-b-c-d-e-f-g-h");
    expect(cleanSheetName("Kết quả 2024/2025")).toBe("Kết quả 2024-2025");
    expect(cleanSheetName("[]")).toBe("--");
  });

  it("trims, collapses spaces and turns control characters into spaces", () => {
    expect(cleanSheetName("  Phường   Hồng Hà  ")).toBe("Phường Hồng Hà");
    expect(cleanSheetName("Phường\tHồng\nHà")).toBe("Phường Hồng Hà");
  });

  it("drops apostrophes at either end", () => {
    expect(cleanSheetName("'Tổng hợp'")).toBe("Tổng hợp");
    expect(cleanSheetName("'' Tổng hợp '")).toBe("Tổng hợp");
  });

  it("cuts to 31 characters, then drops a trailing space or apostrophe the cut left", () => {
    expect(MAX_SHEET_NAME).toBe(31);
    const name = cleanSheetName("Kết quả đánh giá chỉ số cải cách hành chính năm 2025");
    expect(name).toBe("Kết quả đánh giá chỉ số cải các");
    expect(name).toHaveLength(31);
    expect(cleanSheetName("x".repeat(40))).toBe("x".repeat(31));
    expect(cleanSheetName(`${"a".repeat(30)}'b`)).toBe("a".repeat(30));
    expect(cleanSheetName(`${"a".repeat(30)} b`)).toBe("a".repeat(30));
  });

  it("counts NFD text after composing it (an NFD name is not cut short)", () => {
    const nfd = "Phòng Tài chính - Kế hoạch".normalize("NFD");
    expect(nfd.length).toBeGreaterThan(MAX_SHEET_NAME);
    expect(cleanSheetName(nfd)).toBe("Phòng Tài chính - Kế hoạch");
  });

  it("never splits a surrogate pair when cutting", () => {
    const name = cleanSheetName(`${"a".repeat(30)}🙂`);
    expect(name).toBe("a".repeat(30));
    const emoji = cleanSheetName("🙂".repeat(20));
    expect(emoji).toBe("🙂".repeat(15));
    expect(emoji.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("never returns an empty name or the reserved name History", () => {
    expect(cleanSheetName("")).toBe("Sheet");
    expect(cleanSheetName("   ")).toBe("Sheet");
    expect(cleanSheetName("'''")).toBe("Sheet");
    expect(cleanSheetName("History")).toBe("History (1)");
    expect(cleanSheetName("HISTORY")).toBe("HISTORY (1)");
  });

  it("always gives a name within Excel's rules", () => {
    const wanted = [
      "",
      "History",
      LONG_UNIT,
      "a[b]c:d*e?f/g\\h",
      "'x'",
      "🙂".repeat(40),
      "  \t ",
      "Tổng hợp".normalize("NFD"),
    ];
    for (const w of wanted) {
      const name = cleanSheetName(w);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$|^\s|\s$/);
      expect(name.toLowerCase()).not.toBe("history");
    }
  });
});

describe("nameKey", () => {
  it("compares as Excel does: case-insensitive, NFD equal to NFC, Đ equal to đ", () => {
    expect(nameKey("TỔNG HỢP")).toBe(nameKey("Tổng hợp"));
    expect(nameKey("Tổng hợp".normalize("NFD"))).toBe(nameKey("Tổng hợp"));
    expect(nameKey("ĐIỂM CHI TIẾT")).toBe(nameKey("Điểm chi tiết"));
    expect(nameKey("Tổng hợp")).not.toBe(nameKey("Tong hop"));
  });
});

describe("nameVariants and freeName", () => {
  it("offer the cleaned name, then name (2), name (3) …", () => {
    expect(first("Tổng hợp", 4)).toEqual(["Tổng hợp", "Tổng hợp (2)", "Tổng hợp (3)", "Tổng hợp (4)"]);
    expect(first("Kết quả 2024/2025", 2)).toEqual(["Kết quả 2024-2025", "Kết quả 2024-2025 (2)"]);
  });

  it("keep every variant of a long name within 31 characters, (10) and beyond included", () => {
    const names = first(LONG_UNIT, 120);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[9]).toMatch(/ \(10\)$/);
    expect(names[99]).toMatch(/ \(100\)$/);
    expect(new Set(names.map(nameKey)).size).toBe(names.length);
  });

  it("freeName keeps a free name", () => {
    expect(freeName("Tổng hợp", keys("P. Hồng Hà"))).toBe("Tổng hợp");
    expect(freeName("Tổng hợp", new Set())).toBe("Tổng hợp");
  });

  it("freeName numbers a taken name with the first free number", () => {
    expect(freeName("Tổng hợp", keys("Tổng hợp"))).toBe("Tổng hợp (2)");
    expect(freeName("Tổng hợp", keys("Tổng hợp", "Tổng hợp (2)"))).toBe("Tổng hợp (3)");
    expect(freeName("Tổng hợp", keys("Tổng hợp", "Tổng hợp (3)"))).toBe("Tổng hợp (2)");
  });

  it("freeName sees a name taken in other case or in NFD", () => {
    expect(freeName("Tổng hợp", keys("TỔNG HỢP"))).toBe("Tổng hợp (2)");
    expect(freeName("Tổng hợp".normalize("NFD"), keys("Tổng hợp"))).toBe("Tổng hợp (2)");
    expect(freeName("TỔNG HỢP", keys("tổng hợp", "tổng hợp (2)"))).toBe("TỔNG HỢP (3)");
  });

  it("freeName numbers a long name within 31 characters", () => {
    const taken = keys(cleanSheetName(LONG_UNIT));
    const name = freeName(LONG_UNIT, taken);
    expect(name).toBe("Ủy ban nhân dân phường Hồng (2)");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("freeName never gives History, and gives a free name when History (1) is taken", () => {
    expect(freeName("History", new Set())).toBe("History (1)");
    const name = freeName("History", keys("History (1)"));
    expect(keys("History (1)").has(nameKey(name))).toBe(false);
    expect(name.toLowerCase()).not.toBe("history");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});

describe("isVariantOf", () => {
  it("recognises the name itself and its numbered variants, in any case or normal form", () => {
    expect(isVariantOf("Tổng hợp", "Tổng hợp")).toBe(true);
    expect(isVariantOf("tổng hợp", "Tổng hợp")).toBe(true);
    expect(isVariantOf("Tổng hợp (2)", "Tổng hợp")).toBe(true);
    expect(isVariantOf("Tổng hợp (10)", "Tổng hợp")).toBe(true);
    expect(isVariantOf("Tổng hợp (3)".normalize("NFD"), "Tổng hợp")).toBe(true);
    const long = freeName(LONG_UNIT, keys(cleanSheetName(LONG_UNIT)));
    expect(isVariantOf(long, LONG_UNIT)).toBe(true);
  });

  it("rejects other names and numbers that freeName never gives", () => {
    expect(isVariantOf("Tổng hợp (1)", "Tổng hợp")).toBe(false);
    expect(isVariantOf("Tổng hợp (0)", "Tổng hợp")).toBe(false);
    expect(isVariantOf("Tổng hợp 2", "Tổng hợp")).toBe(false);
    expect(isVariantOf("Tổng hợp (2)", "Xếp hạng")).toBe(false);
    expect(isVariantOf("Tổng hợp cũ", "Tổng hợp")).toBe(false);
  });
});

describe("cleanTableName", () => {
  it("drops diacritics, đ/Đ become d/D, other characters become _", () => {
    expect(cleanTableName("Tổng hợp")).toBe("Tong_hop");
    expect(cleanTableName("Đánh giá")).toBe("Danh_gia");
    expect(cleanTableName("Tổng hợp".normalize("NFD"))).toBe("Tong_hop");
    expect(cleanTableName("a b-c")).toBe("a_b_c");
    expect(cleanTableName("Bảng.1")).toBe("Bang.1");
  });

  it("starts with a letter or _", () => {
    expect(cleanTableName("1abc")).toBe("_1abc");
    expect(cleanTableName("_x")).toBe("_x");
  });

  it("is never read as a cell address or an R1C1 reference", () => {
    for (const s of ["A1", "ABC123", "XFD1", "r", "C", "R1", "RC", "R2C3", "c12"])
      expect(cleanTableName(s)).toBe(`_${s}`);
    expect(cleanTableName("ABCD123")).toBe("ABCD123");
  });

  it("is at most 255 characters", () => {
    expect(cleanTableName("x".repeat(300)).length).toBeLessThanOrEqual(255);
  });
});

describe("generated-sheet markers", () => {
  it("markerName and parseMarkerName round-trip every kind", () => {
    const kinds = [
      "summary",
      "ranking",
      "detail",
      "plan",
      "unit-plan",
      "analysis",
      "checks",
      "framework",
      "template",
    ] as const;
    for (const kind of kinds) {
      expect(isGeneratedKind(kind)).toBe(true);
      expect(parseMarkerName(markerName(kind, 3))).toBe(kind);
    }
    expect(markerName("unit-plan", 2)).toBe("_ParIndex_unit_plan_2");
  });

  it("parseMarkerName reads any case and ignores names that are not markers", () => {
    expect(parseMarkerName("_parindex_SUMMARY_3")).toBe("summary");
    for (const name of [
      "Print_Area",
      "_ParIndex_summary",
      "_ParIndex_summary_x",
      "_ParIndex_foo_1",
      "ParIndex_summary_1",
    ])
      expect(parseMarkerName(name)).toBeUndefined();
  });

  it("isGeneratedKind rejects anything else", () => {
    for (const v of ["unit_plan", "Summary", "", 3, null, undefined]) expect(isGeneratedKind(v)).toBe(false);
  });
});
