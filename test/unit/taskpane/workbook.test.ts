// What the task pane looks for in a workbook: framework sheets, the criteria set chosen, staff entries.
import type { SheetSnapshot } from "../../../src/core/index.js";
import { render } from "../../../src/taskpane/i18n.js";
import { resolveFramework, workbookLists } from "../../../src/taskpane/workbook.js";
import { communeFramework, frameworkSheet, unitSheets } from "./fixtures.js";

const notes: SheetSnapshot = { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] };

test("the lists the pane offers: every sheet in order, the framework sheets, and the one the add-in made", () => {
  const snapshot = {
    sheets: [
      frameworkSheet(communeFramework(), "Bộ tiêu chí", true),
      frameworkSheet(communeFramework(), "BTC tỉnh", false),
      ...unitSheets(2),
      notes,
    ],
  };
  const lists = workbookLists(snapshot);
  expect(lists.sheets).toEqual(["Bộ tiêu chí", "BTC tỉnh", "P. Hồng Hà", "X. Dân Chủ", "Ghi chú"]);
  expect(lists.frameworkSheets).toEqual(["Bộ tiêu chí", "BTC tỉnh"]);
  expect(lists.generatedFrameworkSheet).toBe("Bộ tiêu chí");
  expect(lists.carried).toEqual({});
});

test("a chosen framework sheet is read as it is now; a deleted one says so", () => {
  const snapshot = { sheets: [frameworkSheet(communeFramework(), "BTC tỉnh", false), notes] };
  expect(resolveFramework({ kind: "sheet", sheet: "BTC tỉnh" }, snapshot).framework?.areas).toHaveLength(
    communeFramework().areas.length,
  );
  const gone = resolveFramework({ kind: "sheet", sheet: "Bộ tiêu chí" }, snapshot);
  expect(gone.framework).toBeNull();
  expect(render("vi", gone.problem!)).toBe(
    "Không còn trang “Bộ tiêu chí” trong sổ tính. Hãy chọn lại bộ tiêu chí ở bước 1.",
  );
  const unreadable = resolveFramework({ kind: "sheet", sheet: "Ghi chú" }, snapshot);
  expect(unreadable.framework).toBeNull();
  expect(render("vi", unreadable.problem!)).toContain("Không đọc được bộ tiêu chí nào từ trang “Ghi chú”");
});

test("the built-in sample is a fresh copy each time", () => {
  const a = resolveFramework({ kind: "builtin", id: "mau-cap-xa" }, null).framework!;
  a.groups.push("Thị trấn");
  expect(resolveFramework({ kind: "builtin", id: "mau-cap-xa" }, null).framework!.groups).not.toContain("Thị trấn");
});
