// The one message catalog: which language Office's display language gives, and numbers as staff read them.
import { CATALOG, formatNumber, languageOf, render, msg, translate } from "../../../src/taskpane/i18n.js";

test("English only when Office's display language is English; Vietnamese otherwise", () => {
  expect(["en-US", "en-GB", "EN-au", "en"].map(languageOf)).toEqual(["en", "en", "en", "en"]);
  expect(["vi-VN", "fr-FR", "", undefined, null, "eng"].map(languageOf)).toEqual(["vi", "vi", "vi", "vi", "vi", "vi"]);
});

test("numbers use the decimal comma in Vietnamese and the point in English", () => {
  expect(formatNumber("vi", 87.26)).toBe("87,26");
  expect(formatNumber("vi", 1234.5, 2)).toBe("1.234,50");
  expect(formatNumber("en", 87.26)).toBe("87.26");
});

test("both languages hold every message, and stored messages render in either", () => {
  expect(Object.keys(CATALOG.en).sort()).toEqual(Object.keys(CATALOG.vi).sort());
  const m = msg("scoredSummary", { ranked: 21, blocked: 3 });
  expect(render("vi", m)).toBe("21 đơn vị đã xếp hạng; 3 đơn vị còn lỗi (chưa xếp hạng).");
  expect(render("en", m)).toBe("21 units ranked; 3 units have errors (not ranked).");
  expect(translate("en", "scoredSummary", { ranked: 1, blocked: 0 })).toBe("1 unit ranked.");
});
