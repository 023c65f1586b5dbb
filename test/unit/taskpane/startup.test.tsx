/** @jest-environment jsdom */
// The task pane's start (src/taskpane/index.tsx) in an Excel whose API is too old: the fake Excel at
// ExcelApi 1.11 stands in for Office.context.requirements; the pane says so in Vietnamese and names
// what to do, never a blank pane. At 1.12 the normal pane starts; outside Excel the usual notice.
import { waitFor } from "@testing-library/react";
import { FakeExcel } from "../../../src/excel/fake/index.js";
import { EXCEL_TOO_OLD, excelApiSupported, MIN_EXCEL_API } from "../../../src/taskpane/ExcelTooOld.js";

// Each test loads a fresh copy of the pane with React and Fluent: seconds on a busy machine.
jest.setTimeout(60_000);

beforeAll(() => {
  class RO {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: RO, IS_REACT_ACT_ENVIRONMENT: false });
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

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

/** Installs an Office global over a fake Excel of this API version (or a plain browser's), then runs index.tsx. */
async function startPane(office: { host: string | null; apiVersion?: string; fail?: string }): Promise<string> {
  const fake = new FakeExcel({ apiVersion: office.apiVersion ?? "1.13" });
  const onReady = () =>
    office.fail ? Promise.reject(new Error(office.fail)) : Promise.resolve({ host: office.host, platform: null });
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      onReady,
      context: {
        requirements: { isSetSupported: (n: string, v: string) => fake.isSetSupported(n, v) },
        displayLanguage: "vi-VN",
        officeTheme: undefined,
      },
    },
  });
  document.body.innerHTML = '<div id="container"></div>';
  const container = document.getElementById("container")!;
  // index.tsx starts the pane when loaded: a fresh copy for each test (React renders it on its own schedule).
  jest.isolateModules(() => {
    jest.requireActual("../../../src/taskpane/index.tsx");
  });
  await waitFor(() => expect(container.textContent).not.toBe(""), { timeout: 20_000 });
  return container.textContent ?? "";
}

describe("the task pane in an Excel that is too old", () => {
  it("knows ExcelApi 1.12 is the floor, as the manifest says", () => {
    expect(MIN_EXCEL_API).toBe("1.12");
    expect(excelApiSupported((n, v) => new FakeExcel({ apiVersion: "1.11" }).isSetSupported(n, v))).toBe(false);
    expect(excelApiSupported((n, v) => new FakeExcel({ apiVersion: "1.12" }).isSetSupported(n, v))).toBe(true);
    expect(
      excelApiSupported(() => {
        throw new Error("no requirements");
      }),
    ).toBe(false);
  });

  it("says so in Vietnamese, names what to do, and shows no pane", async () => {
    const text = await startPane({ host: "Excel", apiVersion: "1.11" });
    expect(text).toContain(EXCEL_TOO_OLD.vi.title);
    expect(text).toMatch(/Microsoft 365, Excel 2021 trở lên/);
    expect(text).toMatch(/Excel trên web/);
    expect(text).toMatch(/par-index/);
    expect(text).toContain(EXCEL_TOO_OLD.en.title);
    expect(document.querySelector("[data-testid=excel-too-old]")).not.toBeNull();
    expect(document.querySelector("[role=tablist]")).toBeNull();
  });

  it("starts the pane from ExcelApi 1.12", async () => {
    const text = await startPane({ host: "Excel", apiVersion: "1.12" });
    expect(text).not.toContain(EXCEL_TOO_OLD.vi.title);
    expect(text).not.toContain("Cần mở trong Excel");
    expect(text).toContain("Chỉ số CCHC");
  });

  it("outside Excel keeps its own notice", async () => {
    const text = await startPane({ host: null, apiVersion: "1.11" });
    expect(text).toContain("Cần mở trong Excel");
    expect(text).not.toContain(EXCEL_TOO_OLD.vi.title);
  });

  it("when Office fails to start, still says what to do", async () => {
    const text = await startPane({ host: "Excel", fail: "onReady failed" });
    expect(text).toContain(EXCEL_TOO_OLD.vi.title);
    expect(text).toContain("onReady failed");
  });
});
