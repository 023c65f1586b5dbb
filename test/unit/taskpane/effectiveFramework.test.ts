// The criteria set as the pane scores with it: the typed groups and band thresholds win.
import { effectiveFramework, parseBands, requireFramework } from "../../../src/taskpane/effectiveFramework.js";
import { PaneProblem } from "../../../src/taskpane/errors.js";
import { msg, render } from "../../../src/taskpane/i18n.js";
import { settingsFor, withBandMin } from "../../../src/taskpane/settings.js";
import { miniFramework } from "../../helpers/fixtures.js";

const BANDS_INVALID = "Ngưỡng xếp loại phải là số từ 0 đến 100.";

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PaneProblem) return render("vi", e.problem);
    throw e;
  }
  throw new Error("no problem raised");
}

test("untouched settings give the framework's own groups and bands", () => {
  const fw = miniFramework();
  const eff = effectiveFramework(fw, settingsFor(fw));
  expect(eff.groups).toEqual(fw.groups);
  expect(eff.bands).toEqual([...fw.bands].sort((a, b) => b.min - a.min));
  expect(eff.areas).toBe(fw.areas);
});

test("typed groups replace the framework's; blank groups keep them", () => {
  const fw = miniFramework();
  expect(effectiveFramework(fw, { ...settingsFor(fw), groupsText: "Phường; Xã; Đặc khu" }).groups).toEqual([
    "Phường",
    "Xã",
    "Đặc khu",
  ]);
  expect(effectiveFramework(fw, { ...settingsFor(fw), groupsText: " , " }).groups).toEqual(["Phường", "Xã"]);
});

test("thresholds typed with a decimal comma are read; English labels are kept", () => {
  const bands = parseBands([
    { label: "Xuất sắc", labelEn: "Excellent", minText: "92,5" },
    { label: "Yếu", minText: " 0 " },
  ]);
  expect(bands).toEqual([
    { label: "Xuất sắc", labelEn: "Excellent", min: 92.5 },
    { label: "Yếu", min: 0 },
  ]);
});

test("a threshold that is blank, words, below 0 or above 100 is refused with one message", () => {
  const fw = miniFramework();
  for (const typed of ["", "chín mươi", "-1", "100,5", "90%"]) {
    expect(problemOf(() => effectiveFramework(fw, withBandMin(settingsFor(fw), 0, typed)))).toBe(BANDS_INVALID);
  }
  expect(effectiveFramework(fw, withBandMin(settingsFor(fw), 0, "100")).bands[0].min).toBe(100);
});

test("without bands in the settings the framework's bands stay", () => {
  const fw = miniFramework();
  expect(effectiveFramework(fw, { groupsText: "", bands: [] }).bands).toBe(fw.bands);
});

describe("the criteria set an action needs", () => {
  test("the chosen set comes with the typed groups", () => {
    const fw = miniFramework();
    const settings = { ...settingsFor(fw), groupsText: "Xã" };
    expect(
      requireFramework({ framework: fw, frameworkProblem: null, choice: { kind: "builtin", id: "mini" }, settings })
        .groups,
    ).toEqual(["Xã"]);
  });

  test("without one, the problem found when reading it is what staff read", () => {
    const source = {
      framework: null,
      frameworkProblem: msg("frameworkSheetGone", { sheet: "Bộ tiêu chí" }),
      choice: { kind: "sheet", sheet: "Bộ tiêu chí" } as const,
      settings: settingsFor(null),
    };
    expect(problemOf(() => requireFramework(source))).toBe(
      render("vi", msg("frameworkSheetGone", { sheet: "Bộ tiêu chí" })),
    );
  });

  test("without one and without a known problem, the sheet chosen is named as unreadable", () => {
    const source = {
      framework: null,
      frameworkProblem: null,
      choice: { kind: "sheet", sheet: "BTC 2025" } as const,
      settings: settingsFor(null),
    };
    expect(problemOf(() => requireFramework(source))).toContain("Không đọc được bộ tiêu chí nào từ trang “BTC 2025”");
  });
});
