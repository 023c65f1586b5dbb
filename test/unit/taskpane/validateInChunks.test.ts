// Checking many unit sheets a few at a time, so the pane can repaint its progress bar.
import { validateWorkbook } from "../../../src/core/index.js";
import { validateInChunks } from "../../../src/taskpane/validateInChunks.js";
import { communeFramework, unitSheets } from "./fixtures.js";

test("the result is the same as checking every sheet at once, and progress is reported after each chunk", async () => {
  const fw = communeFramework();
  const snapshot = {
    source: "Sổ tổng hợp.xlsx",
    sheets: [...unitSheets(12), { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách"]] }],
  };
  const overrides = { "X. Dân Chủ": { group: "Đặc khu" } };
  const progress: string[] = [];
  let yields = 0;
  const v = await validateInChunks(snapshot, fw, overrides, {
    chunk: 5,
    yieldToUi: async () => {
      yields++;
    },
    onProgress: (done, total) => progress.push(`${done}/${total}`),
  });
  expect(progress).toEqual(["0/13", "5/13", "10/13", "13/13"]);
  expect(yields).toBe(3);
  expect(v).toEqual(validateWorkbook(snapshot, fw, { overrides }));
  expect(v.sheets.find((s) => s.summary.sheet === "X. Dân Chủ")?.summary.group).toBe("Đặc khu");
});

test("an empty workbook reports 0 of 0 and checks nothing", async () => {
  const progress: string[] = [];
  const v = await validateInChunks(
    { sheets: [] },
    communeFramework(),
    {},
    { chunk: 10, yieldToUi: async () => {}, onProgress: (d, t) => progress.push(`${d}/${t}`) },
  );
  expect(progress).toEqual(["0/0"]);
  expect(v).toEqual({ sheets: [], skipped: [], findings: [] });
});
