// What staff read when something goes wrong.
import { GatewayError } from "../../../src/excel/gateway.js";
import { errorState, PaneProblem } from "../../../src/taskpane/errors.js";
import { msg, render } from "../../../src/taskpane/i18n.js";

test("Excel's refusal keeps its message in both languages and its code for support", () => {
  const e = new GatewayError(
    "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.",
    "Excel is in cell-edit mode.",
    "InvalidOperationInCellEditMode",
  );
  expect(errorState(e)).toEqual({
    text: { vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.", en: "Excel is in cell-edit mode." },
    code: "InvalidOperationInCellEditMode",
  });
});

test("a problem staff can fix says how, without a code", () => {
  const state = errorState(new PaneProblem(msg("sheetGone", { sheet: "KQ 2024" })));
  expect(state.code).toBeUndefined();
  expect(render("vi", state.message!)).toBe(
    "Không còn trang “KQ 2024” trong sổ tính. Hãy bấm “Đọc lại sổ tính” rồi chọn lại.",
  );
  expect(render("en", state.message!)).toBe(
    "Sheet “KQ 2024” is no longer in the workbook. Click “Read the workbook again” and choose again.",
  );
});

describe("anything unexpected", () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => spy.mockRestore());

  test("still says the workbook was not changed and what to do, with the error's kind as the code", () => {
    const e = new TypeError("x is undefined");
    const state = errorState(e);
    expect(state.code).toBe("TypeError");
    expect(render("vi", state.message!)).toContain("Sổ tính chưa bị thay đổi");
    expect(render("en", state.message!)).toContain("The workbook was not changed");
    // The details stay in the console for support.
    expect(spy).toHaveBeenCalledWith(e);
  });

  test("something thrown that is not an Error gets the code Unknown", () => {
    expect(errorState("hỏng").code).toBe("Unknown");
    expect(errorState(undefined).code).toBe("Unknown");
  });
});

test("a pane problem carries its catalog key as its message, for logs", () => {
  const p = new PaneProblem(msg("bandsInvalid"));
  expect(p).toBeInstanceOf(Error);
  expect(p.name).toBe("PaneProblem");
  expect(p.message).toBe("bandsInvalid");
});
