// The scoring settings as staff type them in the pane: kept as typed, read when used.
import { PaneProblem } from "../../../src/taskpane/errors.js";
import { render } from "../../../src/taskpane/i18n.js";
import {
  frameworkSettingsKey,
  parseGroups,
  parseHeader,
  parseUnitInputs,
  parseYear,
  Settings,
  settingsFor,
  withBandMin,
  withInput,
  withOverride,
} from "../../../src/taskpane/settings.js";
import { miniFramework } from "../../helpers/fixtures.js";

const UNITS = [
  { sheet: "P. Hồng Hà", unit: "Phường Hồng Hà" },
  { sheet: "X. Dân Chủ", unit: "Xã Dân Chủ" },
];

/** The Vietnamese message of the problem `run` raises. */
function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PaneProblem) return render("vi", e.problem);
    throw e;
  }
  throw new Error("no problem raised");
}

describe("settings taken from a criteria set", () => {
  test("groups, bands (highest first) and year come from the framework; nothing is typed yet", () => {
    const fw = miniFramework();
    fw.bands = [...fw.bands].reverse();
    const s = settingsFor(fw);
    expect(s.groupsText).toBe("Phường, Xã");
    expect(s.bands.map((b) => [b.label, b.minText])).toEqual([
      ["Xuất sắc", "90"],
      ["Tốt", "80"],
      ["Khá", "70"],
      ["Trung bình", "50"],
      ["Yếu", "0"],
    ]);
    expect(s.year).toBe("2025");
    expect(s).toMatchObject({
      inputs: {},
      previousSheet: "",
      issuingBody: "",
      parentBody: "",
      place: "",
      counted: "appraised-else-self",
    });
  });

  test("a new criteria set keeps what staff typed for units, last year and the document, but not its own groups", () => {
    const typed: Settings = {
      ...settingsFor(null),
      groupsText: "Thị trấn",
      inputs: { "P. Hồng Hà": { survey: "8,5" } },
      previousSheet: "KQ 2024",
      issuingBody: "SỞ NỘI VỤ",
      place: "Hạ Long",
      counted: "self",
      year: "2024",
    };
    const s = settingsFor(miniFramework(), typed);
    expect(s.groupsText).toBe("Phường, Xã");
    expect(s.year).toBe("2025");
    expect(s).toMatchObject({
      inputs: { "P. Hồng Hà": { survey: "8,5" } },
      previousSheet: "KQ 2024",
      issuingBody: "SỞ NỘI VỤ",
      place: "Hạ Long",
      counted: "self",
    });
  });

  test("without a year in the criteria set, the typed year stays", () => {
    const fw = miniFramework();
    delete fw.year;
    expect(settingsFor(fw, { ...settingsFor(null), year: "2026" }).year).toBe("2026");
  });

  test("without a criteria set there are no groups or bands", () => {
    expect(settingsFor(null)).toMatchObject({ groupsText: "", bands: [], year: "" });
  });
});

test("the settings follow the criteria set again only when its groups, bands or year change", () => {
  const fw = miniFramework();
  const renamed = { ...miniFramework(), name: "Bộ tiêu chí đã sửa tên" };
  expect(frameworkSettingsKey(renamed)).toBe(frameworkSettingsKey(fw));
  expect(frameworkSettingsKey({ ...fw, groups: ["Phường", "Xã", "Đặc khu"] })).not.toBe(frameworkSettingsKey(fw));
  expect(frameworkSettingsKey({ ...fw, year: 2026 })).not.toBe(frameworkSettingsKey(fw));
  expect(frameworkSettingsKey({ ...fw, bands: fw.bands.slice(1) })).not.toBe(frameworkSettingsKey(fw));
  expect(frameworkSettingsKey(null)).toBe("");
});

describe("editing", () => {
  test("retyping a band threshold or a unit's points changes only that field, as typed", () => {
    const s = settingsFor(miniFramework());
    const banded = withBandMin(s, 1, "8");
    expect(banded.bands.map((b) => b.minText)).toEqual(["90", "8", "70", "50", "0"]);
    expect(s.bands[1].minText).toBe("80");
    const typed = withInput(withInput(banded, "P. Hồng Hà", "survey", "8,"), "P. Hồng Hà", "bonus", "1");
    expect(typed.inputs).toEqual({ "P. Hồng Hà": { survey: "8,", bonus: "1" } });
    expect(banded.inputs).toEqual({});
  });

  test("a corrected name or group is kept per sheet; blanking it goes back to what the sheet says", () => {
    let o = withOverride({}, "X. Dân Chủ", { unit: "Xã Dân Chủ (cũ)" });
    o = withOverride(o, "X. Dân Chủ", { group: "Đặc khu" });
    expect(o).toEqual({ "X. Dân Chủ": { unit: "Xã Dân Chủ (cũ)", group: "Đặc khu" } });
    o = withOverride(o, "X. Dân Chủ", { unit: "   " });
    expect(o).toEqual({ "X. Dân Chủ": { group: "Đặc khu" } });
    expect(withOverride(o, "P. Hồng Hà", { group: "" })).toEqual({
      "X. Dân Chủ": { group: "Đặc khu" },
      "P. Hồng Hà": {},
    });
  });
});

describe("groups and year", () => {
  test("groups may be separated by commas, semicolons or lines; blanks and spaces are dropped", () => {
    expect(parseGroups("Phường, Xã;Đặc khu\n Thị trấn ,, ")).toEqual(["Phường", "Xã", "Đặc khu", "Thị trấn"]);
    expect(parseGroups("   ")).toEqual([]);
  });

  test("a year is a whole number; blank or words mean no year", () => {
    expect(parseYear(" 2025 ")).toBe(2025);
    expect(parseYear("")).toBeUndefined();
    expect(parseYear("   ")).toBeUndefined();
    expect(parseYear("năm 2025")).toBeUndefined();
    expect(parseYear("2025,5")).toBeUndefined();
  });
});

describe("survey, bonus and penalty points", () => {
  test("a decimal comma or point is read; blanks are left out, and so are units without entries", () => {
    const typed: Settings["inputs"] = {
      "P. Hồng Hà": { survey: "8,5", bonus: " 1.25 ", penalty: "" },
      "X. Dân Chủ": { survey: "  " },
    };
    expect(parseUnitInputs(typed, UNITS)).toEqual({ "P. Hồng Hà": { survey: 8.5, bonus: 1.25 } });
  });

  test("zero counts (it is not the same as blank)", () => {
    expect(parseUnitInputs({ "X. Dân Chủ": { penalty: "0" } }, UNITS)).toEqual({ "X. Dân Chủ": { penalty: 0 } });
  });

  test("words or a negative number stop scoring with a message naming the unit, the field and the value", () => {
    expect(problemOf(() => parseUnitInputs({ "X. Dân Chủ": { survey: "tám" } }, UNITS))).toBe(
      "Điểm điều tra XHH của Xã Dân Chủ (“tám”) không phải là số không âm. Hãy sửa hoặc để trống.",
    );
    expect(problemOf(() => parseUnitInputs({ "P. Hồng Hà": { penalty: "-1" } }, UNITS))).toContain(
      "Phường Hồng Hà (“-1”)",
    );
    expect(problemOf(() => parseUnitInputs({ "P. Hồng Hà": { bonus: "1,5,0" } }, UNITS))).toContain("(“1,5,0”)");
  });

  test("points typed for a sheet that is no longer a unit are ignored", () => {
    expect(parseUnitInputs({ "Ghi chú": { survey: "tám" } }, UNITS)).toEqual({});
  });
});

describe("document header", () => {
  test("typed fields are trimmed; blank ones are left to the engine's defaults", () => {
    expect(parseHeader({ issuingBody: "  SỞ NỘI VỤ TỈNH QUẢNG NINH ", parentBody: "", place: " Hạ Long" })).toEqual({
      issuingBody: "SỞ NỘI VỤ TỈNH QUẢNG NINH",
      place: "Hạ Long",
    });
    expect(parseHeader({ issuingBody: " ", parentBody: "  ", place: "" })).toEqual({});
  });

  test("the number, the date (a day, or left open for signing), the signing authority and the signer", () => {
    expect(
      parseHeader({
        number: " 125/BC-SNV ",
        dateText: "15/12/2025",
        sign: "KT. Giám đốc / Phó Giám đốc",
        signer: "Nguyễn Văn An",
      }),
    ).toEqual({
      number: "125/BC-SNV",
      date: { year: 2025, month: 12, day: 15 },
      sign: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      signer: "Nguyễn Văn An",
    });
    expect(parseHeader({ dateText: "… tháng 12 năm 2025" })).toEqual({ dateText: "ngày … tháng 12 năm 2025" });
    expect(settingsFor(null)).toMatchObject({ number: "", dateText: "", sign: "", signer: "" });
  });
});
