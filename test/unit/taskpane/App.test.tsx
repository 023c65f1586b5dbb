/** @jest-environment jsdom */
// The task pane as staff use it, rendered in jsdom over a hand-written gateway.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/App.js";
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import { GatewayError } from "../../../src/excel/gateway.js";
import { GatewayDouble } from "./gatewayDouble.js";
import { unitSheets } from "./fixtures.js";

beforeAll(() => {
  // jsdom lacks what Fluent's positioning and motion look for.
  class RO {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: RO });
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
});

function mount(gateway: GatewayDouble) {
  const controller = new TaskPaneController(gateway, { yieldToUi: async () => {} });
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} controller={controller} />
    </FluentProvider>,
  );
  return controller;
}

const tabNames = () => screen.getAllByRole("tab").map((t) => t.querySelector(".fui-Tab__content")?.textContent);

async function settled(controller: TaskPaneController) {
  await waitFor(() => expect(controller.getState().ready && controller.getState().busy === null).toBe(true));
}

test("speaks Vietnamese by default: the five steps and the first step's choices", async () => {
  const c = mount(new GatewayDouble(unitSheets(3)));
  await settled(c);
  const tabs = tabNames();
  expect(tabs).toEqual([
    "1. Bộ tiêu chí",
    "2. Hồ sơ đơn vị",
    "3. Kiểm tra",
    "4. Chấm điểm & xếp hạng",
    "5. Kế hoạch khắc phục",
  ]);
  expect(screen.getByRole("radio", { name: /Bộ tiêu chí xác định Chỉ số CCHC cấp xã \(mẫu\)/ })).toHaveProperty(
    "checked",
    true,
  );
  expect(screen.getByText("Tổng điểm")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Chèn bộ mẫu thành trang để chỉnh sửa" })).toBeTruthy();
});

test("speaks English when Office's display language is English", async () => {
  const c = mount(new GatewayDouble(unitSheets(3), "en-US"));
  await settled(c);
  expect(tabNames()).toEqual([
    "1. Criteria set",
    "2. Unit files",
    "3. Check",
    "4. Score & rank",
    "5. Remediation plans",
  ]);
  expect(screen.getByRole("button", { name: "Insert the sample as an editable sheet" })).toBeTruthy();
});

test("moves between steps with the tabs and the next-step button", async () => {
  const c = mount(new GatewayDouble(unitSheets(3)));
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "2. Hồ sơ đơn vị" }));
  expect(screen.getByRole("heading", { name: "2. Hồ sơ đơn vị" })).toBeTruthy();
  expect(screen.getByText("Có 3 trang bảng tự đánh giá trong sổ tính.")).toBeTruthy();
  expect(screen.getByRole("textbox", { name: "Tên đơn vị của trang P. Hồng Hà" })).toHaveProperty(
    "value",
    "Phường Hồng Hà",
  );
  fireEvent.click(screen.getByRole("button", { name: /Bước tiếp theo: 3. Kiểm tra/ }));
  expect(screen.getByRole("heading", { name: "3. Kiểm tra" })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "3. Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
});

test("a failing Excel call shows the Vietnamese message saying what to do, and the code", async () => {
  const g = new GatewayDouble(unitSheets(3));
  g.failures.readWorkbook = new GatewayError(
    "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.",
    "Excel is in cell-edit mode.",
    "InvalidOperationInCellEditMode",
  );
  const c = mount(g);
  await settled(c);
  const bar = screen.getByTestId("error");
  expect(bar.textContent).toContain("Chưa thực hiện được");
  expect(bar.textContent).toContain("Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.");
  expect(bar.textContent).toContain("Mã lỗi: InvalidOperationInCellEditMode");
  // Retrying after the cause is gone clears the message and lists the units.
  fireEvent.click(within(bar).getByRole("button", { name: "Đóng" }));
  expect(screen.queryByTestId("error")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Đọc lại sổ tính" }));
  await settled(c);
  expect(c.getState().units).toHaveLength(3);
});

test("an unexpected failure still says what to do, in the pane's language", async () => {
  const g = new GatewayDouble(unitSheets(3), "en-GB");
  g.failures.readWorkbook = new TypeError("x is undefined");
  const spy = jest.spyOn(console, "error").mockImplementation(() => {});
  const c = mount(g);
  await settled(c);
  spy.mockRestore();
  expect(screen.getByTestId("error").textContent).toContain("The workbook was not changed");
  expect(screen.getByTestId("error").textContent).toContain("Error code: TypeError");
});

test("checking shows the findings grouped by unit, a ready count, and filters by severity and rule", async () => {
  const c = mount(new GatewayDouble(unitSheets(14)));
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "3. Kiểm tra" }));
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra tất cả" }));
  await settled(c);
  const units = c.getState().units;
  const ready = units.filter((u) => u.ready).length;
  expect(ready).toBeLessThan(14);
  expect(screen.getByTestId("ready-count").textContent).toContain(`${ready}/14 đơn vị sẵn sàng chấm điểm`);
  expect(screen.getByTestId("notice").textContent).toContain(
    `Đã kiểm tra 14 đơn vị: ${ready} đơn vị sẵn sàng chấm điểm; ${14 - ready} đơn vị còn lỗi.`,
  );
  // One section per unit; the first unit with errors is open and lists its errors with their cells.
  const blocked = units.find((u) => !u.ready)!;
  const section = document.querySelector(`[data-unit="${blocked.sheet}"]`) as HTMLElement;
  const items = within(section)
    .getAllByRole("button")
    .filter((b) => b.dataset.cell);
  // Errors and warnings at first; the notes only when "Lưu ý" is ticked.
  expect(items.map((b) => b.dataset.cell)).toEqual(
    blocked.findings.filter((f) => f.severity !== "info").map((f) => f.cell),
  );
  expect(items[0].textContent).toContain("Lỗi");
  fireEvent.click(screen.getByRole("checkbox", { name: /^Lưu ý/ }));
  expect(
    within(section)
      .getAllByRole("button")
      .filter((b) => b.dataset.cell)
      .map((b) => b.dataset.cell),
  ).toEqual(blocked.findings.map((f) => f.cell));
  // Only errors: warnings and notes disappear from the open section.
  fireEvent.click(screen.getByRole("checkbox", { name: /^Cảnh báo/ }));
  fireEvent.click(screen.getByRole("checkbox", { name: /^Lưu ý/ }));
  const errorsOnly = within(section)
    .getAllByRole("button")
    .filter((b) => b.dataset.cell);
  expect(errorsOnly.map((b) => b.dataset.cell)).toEqual(
    blocked.findings.filter((f) => f.severity === "error").map((f) => f.cell),
  );
  // By rule.
  const rule = blocked.findings.find((f) => f.severity === "error")!.rule;
  fireEvent.change(screen.getByRole("combobox", { name: "Quy tắc" }), { target: { value: rule } });
  expect(
    within(section)
      .getAllByRole("button")
      .filter((b) => b.dataset.cell)
      .every((b) => b.dataset.rule === rule),
  ).toBe(true);
});

test("clicking a finding selects its cell in Excel", async () => {
  const g = new GatewayDouble(unitSheets(14));
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "3. Kiểm tra" }));
  const blocked = c.getState().units.find((u) => !u.ready)!;
  const f = blocked.findings[0];
  const item = screen.getByRole("button", { name: `Chọn ô ${f.cell} trang ${f.sheet}: ${f.message}` });
  await act(async () => {
    fireEvent.click(item);
  });
  expect(g.selected).toEqual({ sheet: blocked.sheet, cell: f.cell });
  expect(screen.getByTestId("notice").textContent).toContain(`Đã chọn ô ${f.cell} trang ${f.sheet}.`);
});

test("scoring reads once, writes the summary and ranking in one call and says what happened in plain words", async () => {
  const g = new GatewayDouble(unitSheets(14));
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "4. Chấm điểm & xếp hạng" }));
  const reads = g.count("readWorkbook");
  fireEvent.click(screen.getByRole("button", { name: "Tạo bảng Tổng hợp và Xếp hạng" }));
  await settled(c);
  expect(g.count("readWorkbook")).toBe(reads + 1);
  expect(g.count("writePlans")).toBe(1);
  const plans = g.calls.find((x) => x.method === "writePlans")!.args[0] as { kind: string }[];
  expect(plans.map((p) => p.kind)).toEqual(expect.arrayContaining(["summary", "ranking"]));
  const blocked = c.getState().units.filter((u) => !u.ready).length;
  expect(screen.getByTestId("notice").textContent).toContain(
    `${14 - blocked} đơn vị đã xếp hạng; ${blocked} đơn vị còn lỗi (chưa xếp hạng).`,
  );
  expect(screen.getByTestId("notice").textContent).toContain("Đã ghi các trang: Tổng hợp, Xếp hạng");
  // The results table lists each group with ranks and the units not ranked.
  const results = screen.getByTestId("results");
  expect(within(results).getByText("Phường (7)")).toBeTruthy();
  expect(within(results).getAllByText(/Chưa xếp hạng/)).toHaveLength(blocked);
});

test("in English, findings read in English", async () => {
  const c = mount(new GatewayDouble(unitSheets(14), "en-US"));
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "3. Check" }));
  const blocked = c.getState().units.find((u) => !u.ready)!;
  const f = blocked.findings[0];
  expect(
    screen.getByRole("button", { name: `Select cell ${f.cell} on sheet ${f.sheet}: ${f.messageEn}` }).textContent,
  ).toContain("Error");
  expect(screen.queryByText(f.message)).toBeNull();
});

test("a unit's name and group are corrected in the list", async () => {
  const c = mount(new GatewayDouble(unitSheets(3)));
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "2. Hồ sơ đơn vị" }));
  const name = screen.getByRole("textbox", { name: "Tên đơn vị của trang X. Dân Chủ" });
  fireEvent.change(name, { target: { value: "" } });
  // Half-typed: nothing applied yet, and an emptied field does not snap back while typing.
  expect(name).toHaveProperty("value", "");
  fireEvent.change(name, { target: { value: "Xã Dân Chủ mới" } });
  fireEvent.blur(name);
  expect(c.getState().overrides["X. Dân Chủ"]).toEqual({ unit: "Xã Dân Chủ mới" });
  fireEvent.change(screen.getByRole("combobox", { name: "Nhóm của trang X. Dân Chủ" }), {
    target: { value: "Đặc khu" },
  });
  expect(c.getState().units.find((u) => u.sheet === "X. Dân Chủ")).toMatchObject({
    unit: "Xã Dân Chủ mới",
    group: "Đặc khu",
  });
});

test("picked files are sent to Excel in base64 and the new units are listed", async () => {
  const g = new GatewayDouble(unitSheets(1));
  g.files = { "X_Dan_Chu.xlsx": [unitSheets(2)[1]] };
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "2. Hồ sơ đơn vị" }));
  const file = new File([new Uint8Array([80, 75, 3, 4])], "X_Dan_Chu.xlsx");
  await act(async () => {
    fireEvent.change(screen.getByTestId("import-input"), { target: { files: [file] } });
  });
  await waitFor(() => expect(g.count("importWorkbooks")).toBe(1));
  await settled(c);
  expect(g.calls.find((x) => x.method === "importWorkbooks")!.args[0]).toEqual([
    { fileName: "X_Dan_Chu.xlsx", base64: "UEsDBA==" },
  ]);
  expect(screen.getByText("Có 2 trang bảng tự đánh giá trong sổ tính.")).toBeTruthy();
});

test("where Excel cannot import files, the pane says how to bring sheets in by hand", async () => {
  const g = new GatewayDouble(unitSheets(1));
  g.importable = false;
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "2. Hồ sơ đơn vị" }));
  expect(screen.queryByRole("button", { name: "Nhập tệp của đơn vị (.xlsx)…" })).toBeNull();
  expect(screen.getByText(/Di chuyển hoặc Sao chép/)).toBeTruthy();
});

test("inserting the sample again asks before replacing the framework sheet", async () => {
  const g = new GatewayDouble(unitSheets(1));
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("button", { name: "Chèn bộ mẫu thành trang để chỉnh sửa" }));
  await settled(c);
  expect(g.count("writePlans")).toBe(1);
  // The inserted sheet is now the criteria set; choosing the sample again and inserting asks first.
  expect(screen.getByRole("radio", { name: "Trang “Bộ tiêu chí” trong sổ tính" })).toHaveProperty("checked", true);
  fireEvent.click(screen.getByRole("radio", { name: /cấp xã \(mẫu\)/ }));
  await settled(c);
  fireEvent.click(screen.getByRole("button", { name: "Chèn bộ mẫu thành trang để chỉnh sửa" }));
  expect(screen.getByText(/Chèn lại sẽ thay thế trang đó, mọi chỉnh sửa trên trang sẽ mất/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
  expect(g.count("writePlans")).toBe(1);
  fireEvent.click(screen.getByRole("button", { name: "Chèn bộ mẫu thành trang để chỉnh sửa" }));
  fireEvent.click(screen.getByRole("button", { name: "Thay thế trang" }));
  await settled(c);
  expect(g.count("writePlans")).toBe(2);
});

test("one unit's remediation plan is chosen in the last step", async () => {
  const g = new GatewayDouble(unitSheets(4));
  const c = mount(g);
  await settled(c);
  fireEvent.click(screen.getByRole("tab", { name: "5. Kế hoạch khắc phục" }));
  fireEvent.click(screen.getByRole("radio", { name: "Một đơn vị" }));
  fireEvent.change(screen.getByRole("combobox", { name: "Đơn vị" }), { target: { value: "P. Hồng Hải" } });
  fireEvent.click(screen.getByRole("button", { name: "Lập kế hoạch khắc phục" }));
  await settled(c);
  const plans = g.calls.find((x) => x.method === "writePlans")!.args[0] as { kind: string; name: string }[];
  expect(plans.filter((p) => p.kind === "unit-plan").map((p) => p.name)).toEqual(["KH P. Hồng Hải"]);
  expect(screen.getByTestId("notice").textContent).toMatch(
    /Đã lập kế hoạch khắc phục cho Phường Hồng Hải: \d+ tiêu chí bị mất điểm\./,
  );
});
