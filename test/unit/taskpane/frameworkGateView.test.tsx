/** @jest-environment jsdom */
// The first step with a framework that has errors: they are shown, scoring is off until staff accept
// them through a confirmation (issue 15, item 5).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/App.js";
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import { GatewayDouble } from "./gatewayDouble.js";
import { communeFramework, frameworkSheet, unitSheets } from "./fixtures.js";

beforeAll(() => {
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

test("errors are shown on the first step; scoring is disabled until staff confirm they accept them", async () => {
  const fw = communeFramework();
  fw.areas[1].max += 0.45; // 100,45 points, area 2 not the sum of its criteria: two errors
  const gateway = new GatewayDouble([frameworkSheet(fw, "Bộ tiêu chí", false), ...unitSheets(2, { problems: false })]);
  const controller = new TaskPaneController(gateway, { yieldToUi: async () => {} });
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} controller={controller} />
    </FluentProvider>,
  );
  await waitFor(() => expect(controller.getState().ready && controller.getState().busy === null).toBe(true));
  const bar = screen.getByTestId("framework-gate");
  expect(bar.textContent).toContain("Bộ tiêu chí có 2 lỗi nên chưa thể chấm điểm, xếp hạng.");
  fireEvent.click(screen.getByRole("tab", { name: "4. Chấm điểm & xếp hạng" }));
  expect(screen.getByRole("button", { name: "Tạo bảng Tổng hợp và Xếp hạng" })).toHaveProperty("disabled", true);
  expect(screen.getByText(/chấp nhận các lỗi ở bước 1/)).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "1. Bộ tiêu chí" }));
  fireEvent.click(within(screen.getByTestId("framework-gate")).getByRole("button", { name: /Vẫn chấm điểm/ }));
  expect(screen.getByTestId("framework-gate").textContent).toContain("Kết quả có thể sai");
  fireEvent.click(screen.getByRole("button", { name: "Chấp nhận và chấm điểm" }));
  expect(screen.getByTestId("framework-gate").textContent).toContain("Đã chấp nhận 2 lỗi của bộ tiêu chí");
  fireEvent.click(screen.getByRole("tab", { name: "4. Chấm điểm & xếp hạng" }));
  expect(screen.getByRole("button", { name: "Tạo bảng Tổng hợp và Xếp hạng" })).toHaveProperty("disabled", false);
});
