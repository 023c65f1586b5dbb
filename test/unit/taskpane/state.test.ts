// The pane's state before the workbook is read, and the checked units of a validation.
import { builtinFrameworks, validateWorkbook } from "../../../src/core/index.js";
import { initialState, skippedSheets, STEPS, unitChecks } from "../../../src/taskpane/state.js";
import { communeFramework, unitSheets } from "./fixtures.js";
import { miniFramework } from "../../helpers/miniFramework.js";
import { EVIDENCE, formSheet, MAX, SELF, STT, TITLE } from "../../helpers/forms.js";

test("the pane opens on the first step with the built-in sample, errors and warnings shown (notes behind the filter), nothing checked", () => {
  const s = initialState("vi", builtinFrameworks());
  expect(STEPS[0]).toBe(s.step);
  expect(s.builtins.map((b) => b.id)).toContain("mau-cap-xa");
  expect(s.choice).toEqual({ kind: "builtin", id: "mau-cap-xa" });
  expect(s).toMatchObject({
    ready: false,
    busy: null,
    error: null,
    notice: null,
    units: [],
    results: null,
    filter: { severities: ["error", "warning"], rule: null },
  });
});

test("each checked unit keeps its counts and its findings, in sheet order; other sheets are listed with the reason", () => {
  const sheets = [...unitSheets(3), { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] }];
  const v = validateWorkbook({ sheets }, communeFramework());
  const checks = unitChecks(v);
  expect(checks.map((u) => u.sheet)).toEqual(["P. Hồng Hà", "X. Dân Chủ", "P. Hồng Hải"]);
  for (const [i, u] of checks.entries()) {
    expect(u.findings).toBe(v.sheets[i].findings);
    expect(u.errors).toBe(u.findings.filter((f) => f.severity === "error").length);
  }
  expect(skippedSheets(v)).toEqual([{ sheet: "Ghi chú", reason: expect.any(String) }]);
});

test("each checked unit says how it was read: header row, what named it, the tabs joined", () => {
  const fw = miniFramework();
  const columns = [STT, TITLE, MAX, SELF, EVIDENCE];
  const sheets = [
    formSheet(fw, { name: "Phần I", title: ["Đơn vị: Xã An Sinh"], columns, areas: ["1"] }),
    formSheet(fw, { name: "Phần II", title: [], columns, areas: ["2", "3"] }),
  ];
  const [u] = unitChecks(validateWorkbook({ sheets }, fw));
  expect(u.sheets).toEqual(["Phần I", "Phần II"]);
  expect(u.reading.map((n) => n.vi)).toEqual([
    "Dòng tiêu đề cột: dòng 3.",
    'Tên đơn vị "Xã An Sinh" lấy từ nhãn đơn vị (ô A1).',
    'Ghép 2 trang của cùng đơn vị: "Phần I" + "Phần II".',
  ]);
  expect(u.reading[2].en).toBe('2 sheets of the same unit joined: "Phần I" + "Phần II".');
});
