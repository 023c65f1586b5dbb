// The engine's options for scoring and planning, from the pane's settings and the workbook as read.
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/index.js";
import { PaneProblem } from "../../../src/taskpane/errors.js";
import { render } from "../../../src/taskpane/i18n.js";
import { pipelineOptions, PipelineOptionsSource } from "../../../src/taskpane/pipelineOptions.js";
import { Settings, settingsFor } from "../../../src/taskpane/settings.js";
import { miniFramework } from "../../helpers/fixtures.js";

const UNITS = [
  { sheet: "P. Hồng Hà", unit: "Phường Hồng Hà" },
  { sheet: "X. Dân Chủ", unit: "Xã Dân Chủ" },
];
const PREVIOUS: SheetSnapshot = {
  name: "KQ 2024",
  originRow: 0,
  originCol: 0,
  values: [
    ["Đơn vị", "Tổng điểm", "Xếp hạng"],
    ["Phường Hồng Hà", 80, 2],
    ["Xã Dân Chủ", 75.5, 1],
  ],
};
const NOTES: SheetSnapshot = { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] };
const workbook = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ source: "Sổ tổng hợp.xlsx", sheets });

function source(patch: Partial<Settings> = {}): PipelineOptionsSource {
  const framework = miniFramework();
  return { framework, settings: { ...settingsFor(framework), ...patch }, units: UNITS, overrides: {} };
}

test("untouched settings: the framework, the scoring rule, the framework's year, no inputs and no last year", () => {
  const src = source();
  const { options, previousCount } = pipelineOptions(src, workbook());
  expect(options).toEqual({
    framework: src.framework,
    overrides: {},
    inputs: {},
    header: {},
    year: 2025,
    counted: "appraised-else-self",
  });
  expect(previousCount).toBeNull();
});

test("what staff typed reaches the engine: points, corrections, the document header, the year and the scoring rule", () => {
  const src = source({
    inputs: { "X. Dân Chủ": { survey: "8,5", penalty: "0,25" } },
    issuingBody: " SỞ NỘI VỤ TỈNH QUẢNG NINH ",
    place: "Hạ Long",
    year: "2026",
    counted: "self",
  });
  src.overrides = { "X. Dân Chủ": { group: "Đặc khu" } };
  const { options } = pipelineOptions(src, workbook());
  expect(options.inputs).toEqual({ "X. Dân Chủ": { survey: 8.5, penalty: 0.25 } });
  expect(options.overrides).toEqual({ "X. Dân Chủ": { group: "Đặc khu" } });
  expect(options.header).toEqual({ issuingBody: "SỞ NỘI VỤ TỈNH QUẢNG NINH", place: "Hạ Long" });
  expect(options.year).toBe(2026);
  expect(options.counted).toBe("self");
});

test("a year that is not a whole number is left out, so the engine uses its own", () => {
  expect(pipelineOptions(source({ year: "hai nghìn" }), workbook()).options).not.toHaveProperty("year");
});

test("last year's results are read from the chosen sheet, with how many were found", () => {
  const { options, previousCount } = pipelineOptions(source({ previousSheet: "KQ 2024" }), workbook(NOTES, PREVIOUS));
  expect(options.previous).toEqual([
    { unit: "Phường Hồng Hà", points: 80, rank: 2 },
    { unit: "Xã Dân Chủ", points: 75.5, rank: 1 },
  ]);
  expect(previousCount).toBe(2);
});

test("a chosen sheet without a results table gives none (the pane says so), not an error", () => {
  const { options, previousCount } = pipelineOptions(source({ previousSheet: "Ghi chú" }), workbook(NOTES));
  expect(options.previous).toEqual([]);
  expect(previousCount).toBe(0);
});

test("a chosen sheet that was deleted stops with a message saying to read the workbook again", () => {
  try {
    pipelineOptions(source({ previousSheet: "KQ 2024" }), workbook(NOTES));
    throw new Error("no problem raised");
  } catch (e) {
    expect(e).toBeInstanceOf(PaneProblem);
    expect(render("vi", (e as PaneProblem).problem)).toBe(
      "Không còn trang “KQ 2024” trong sổ tính. Hãy bấm “Đọc lại sổ tính” rồi chọn lại.",
    );
  }
});

test("a wrong number among the points stops before last year's sheet is looked for", () => {
  expect(() =>
    pipelineOptions(source({ inputs: { "P. Hồng Hà": { bonus: "một" } }, previousSheet: "Không có" }), workbook()),
  ).toThrow("inputInvalid");
});
