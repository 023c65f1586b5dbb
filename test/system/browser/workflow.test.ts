// The whole appraisal workflow in headless Chromium on the preview page: the real task pane on the
// adapter's in-memory Excel. Builds the web bundles once with the preview (--env preview, as
// `npm run preview` does), serves them from localhost, and saves a screenshot of every step in
// test-artifacts/browser/ (not committed).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyseWorkbook } from "../../../src/core/pipeline.js";
import type { FakeDump } from "../../../src/excel/fake/index.js";
import { MARKER_PROPERTY } from "../../../src/excel/markers.js";
import { FILE_UNITS, LOADED_UNITS, PREVIEW_FRAMEWORK, sampleFiles } from "../../../src/preview/sample.js";
import { tempDir } from "../../helpers/files.js";
import { builtinFramework, sampleUnitSheets } from "../../helpers/fixtures.js";
import { BROWSER_TIMEOUT_MS, PROCESS_KILL_MS } from "../../helpers/processes.js";

// webpack builds the bundles and Chromium runs the whole workflow: minutes on a busy 2-core machine.
jest.setTimeout(BROWSER_TIMEOUT_MS);

const root = path.resolve(__dirname, "..", "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
};

let out: string;
let server: http.Server | undefined;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  out = tempDir("par-index-web-");
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "development",
      "--env",
      "preview",
      "--output-path",
      out,
    ],
    { cwd: root, stdio: "pipe", timeout: PROCESS_KILL_MS, killSignal: "SIGKILL" },
  );
  const srv = http.createServer((req, res) => {
    const file = path.join(
      out,
      path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)),
    );
    if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  server = srv;
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    timeout: PROCESS_KILL_MS,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  // Playwright's own 30 s per wait would end a step long before the test's timeout on a busy machine.
  page.setDefaultTimeout(PROCESS_KILL_MS);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // Nothing leaves localhost (office.js must not be loaded by the preview).
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  fs.mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  // When beforeAll failed before the server started, there is nothing to wait for.
  const running = server;
  if (running) await new Promise((resolve) => running.close(resolve));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), animations: "disabled" });
const dump = () => page.evaluate<FakeDump>(() => window.__parPreview!.dump());
const kindOf = (s: FakeDump["sheets"][number]) => s.customProperties[MARKER_PROPERTY];

/** Waits until no operation is running and the notice holds `text`; returns the notice's text. */
async function noticeWith(text: string): Promise<string> {
  await page.waitForFunction(
    (t) =>
      !document.querySelector("[data-testid=progress]") &&
      (document.querySelector("[data-testid=notice]")?.textContent ?? "").includes(t),
    text,
  );
  const error = await page.locator("[data-testid=error]").count();
  expect(error).toBe(0);
  return (await page.locator("[data-testid=notice]").textContent()) ?? "";
}

async function openStep(name: string) {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { name }).waitFor();
}

/** What the engine itself says about the same 14 units, for comparison. */
function expected() {
  const fw = builtinFramework(PREVIEW_FRAMEWORK);
  const sheets = sampleUnitSheets(LOADED_UNITS + FILE_UNITS, fw);
  return analyseWorkbook({ sheets }, { framework: fw });
}

test("import, check, select a finding, score and rank, and plan on the preview page", async () => {
  const engine = expected();
  const ready = engine.validation.sheets.filter((v) => v.summary.ready).length;
  const total = LOADED_UNITS + FILE_UNITS;

  // 1. The criteria set: the built-in commune sample, with its facts.
  await page.goto(`${base}/preview.html?delay=5`);
  await page.getByText("Bộ tiêu chí không có vấn đề nào.").waitFor();
  expect(await page.getByTestId("framework-facts").textContent()).toContain("100 — 8 lĩnh vực");
  await shot("01-bo-tieu-chi");

  // 2. Unit files: import two ward files into the workbook that already holds twelve.
  await openStep("2. Hồ sơ đơn vị");
  await page.getByText(`Có ${LOADED_UNITS} trang bảng tự đánh giá trong sổ tính.`).waitFor();
  const files = sampleFiles();
  await page.getByTestId("import-input").setInputFiles(
    files.map((f) => ({
      name: f.fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(f.base64, "base64"),
    })),
  );
  expect(await noticeWith("Đã nhập 2 trang từ 2 tệp")).toContain("P. Cao Xanh");
  await page.getByText(`Có ${total} trang bảng tự đánh giá trong sổ tính.`).waitFor();
  expect(await page.evaluate(() => window.__parPreview!.sheetNames())).toEqual(
    expect.arrayContaining(["P. Cao Xanh", "X. Kỳ Thượng"]),
  );
  await shot("02-ho-so-don-vi");

  // 3. Check: all units, a ready count as the engine counts, findings grouped by unit.
  await openStep("3. Kiểm tra");
  await page.getByRole("button", { name: "Kiểm tra tất cả" }).click();
  expect(await noticeWith(`Đã kiểm tra ${total} đơn vị`)).toContain(
    `${ready} đơn vị sẵn sàng chấm điểm; ${total - ready} đơn vị còn lỗi.`,
  );
  expect(await page.getByTestId("ready-count").textContent()).toContain(`${ready}/${total} đơn vị sẵn sàng chấm điểm`);
  await shot("03-kiem-tra");

  // A finding chosen with the keyboard selects its cell in the workbook.
  const first = engine.validation.sheets.find((v) => !v.summary.ready)!;
  const finding = first.findings[0];
  const item = page.locator(`[data-unit="${first.submission.sheet}"] button[data-cell="${finding.cell}"]`).first();
  await item.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (f) => {
      const s = window.__parPreview!.selection();
      return s !== null && s.sheet === f.sheet && s.address === f.cell;
    },
    { sheet: first.submission.sheet, cell: finding.cell },
  );
  await page
    .getByTestId("preview-selection")
    .filter({ hasText: `${first.submission.sheet}!${finding.cell}` })
    .waitFor();
  await shot("04-chon-o");

  // Highlight the problem cells, then put their colours back.
  const before = (await dump()).sheets.find((s) => s.name === first.submission.sheet)!.cells[finding.cell]?.fill;
  await page.getByRole("button", { name: "Tô màu các ô có vấn đề" }).click();
  await noticeWith("Đã tô màu");
  const lit = (await dump()).sheets.find((s) => s.name === first.submission.sheet)!.cells[finding.cell]?.fill;
  expect(lit).toBeDefined();
  expect(lit).not.toEqual(before);
  await shot("05-to-mau");
  await page.getByRole("button", { name: "Bỏ tô màu" }).click();
  await noticeWith("Đã trả lại màu cũ");
  expect((await dump()).sheets.find((s) => s.name === first.submission.sheet)!.cells[finding.cell]?.fill).toEqual(
    before,
  );

  // 4. Score and rank: summary, ranking and detail sheets, marked as the add-in's own.
  await openStep("4. Chấm điểm & xếp hạng");
  await page.getByRole("button", { name: "Thông tin trên văn bản" }).click();
  await page.getByRole("textbox", { name: "Cơ quan thẩm định" }).fill("SỞ NỘI VỤ TỈNH QUẢNG NINH");
  const surveyed = engine.scores[0].unit;
  await page.getByRole("button", { name: "Điểm điều tra xã hội học, thưởng, trừ" }).click();
  await page.getByRole("textbox", { name: `Điều tra XHH của ${surveyed}` }).fill("8,5");
  await page.getByRole("button", { name: "Tạo bảng Tổng hợp và Xếp hạng" }).click();
  const ranked = engine.scores.filter((u) => u.rank !== null).length;
  expect(await noticeWith("đơn vị đã xếp hạng")).toContain(
    `${ranked} đơn vị đã xếp hạng; ${total - ranked} đơn vị còn lỗi (chưa xếp hạng).`,
  );
  let wb = await dump();
  const kinds = wb.sheets.map(kindOf).filter(Boolean);
  expect(kinds).toEqual(expect.arrayContaining(["summary", "ranking", "detail"]));
  const summary = wb.sheets.find((s) => kindOf(s) === "summary")!;
  const texts = (s: FakeDump["sheets"][number]) =>
    Object.values(s.cells)
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string");
  expect(summary.name).toBe("Tổng hợp");
  expect(texts(summary)).toContain("SỞ NỘI VỤ TỈNH QUẢNG NINH");
  for (const u of engine.scores) expect(texts(summary)).toContain(u.unit);
  // The survey points typed in the pane are in the unit's row of the summary.
  const rowOf = (s: FakeDump["sheets"][number], text: string) =>
    Object.entries(s.cells)
      .find(([, c]) => c.value === text)![0]
      .replace(/^[A-Z]+/, "");
  const row = rowOf(summary, surveyed);
  expect(Object.entries(summary.cells).some(([a, c]) => a.replace(/^[A-Z]+/, "") === row && c.value === 8.5)).toBe(
    true,
  );
  const ranking = wb.sheets.find((s) => kindOf(s) === "ranking")!;
  expect(
    Object.values(ranking.cells).some((c) => typeof c.formula === "string" && c.formula.includes("Tổng hợp")),
  ).toBe(true);
  await page.getByTestId("results").waitFor();
  await shot("06-xep-hang");

  // 5. Remediation plans for every unit, with the analysis.
  await openStep("5. Kế hoạch khắc phục");
  await page.getByRole("button", { name: "Lập kế hoạch khắc phục" }).click();
  expect(await noticeWith("Đã lập kế hoạch khắc phục")).toContain(`ở ${total} đơn vị, kèm phân tích.`);
  wb = await dump();
  expect(wb.sheets.map(kindOf)).toEqual(expect.arrayContaining(["plan", "analysis"]));
  const plan = wb.sheets.find((s) => kindOf(s) === "plan")!;
  expect(plan.name).toBe("Kế hoạch khắc phục");
  expect(texts(plan)).toEqual(expect.arrayContaining(engine.scores.map((u) => u.unit)));
  // The units' own sheets were never changed: same number of unit sheets, no generated marks on them.
  for (const v of engine.validation.sheets.slice(0, LOADED_UNITS))
    expect(kindOf(wb.sheets.find((s) => s.name === v.submission.sheet)!)).toBeUndefined();
  await shot("07-ke-hoach");

  expect(pageErrors).toEqual([]);
});

test("the preview speaks English in the dark theme when asked, and works from the keyboard", async () => {
  await page.goto(`${base}/preview.html?delay=0&lang=en&theme=dark`);
  await page.getByText("The criteria set has no problems.").waitFor();
  // Keyboard only: to the step tabs, along them with the arrow keys, into the step, and Enter.
  await page.getByRole("tab", { name: "1. Criteria set" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "3. Check" }).waitFor();
  await page.getByRole("button", { name: "Check all" }).focus();
  await page.keyboard.press("Enter");
  expect(await noticeWith("Checked 12 units")).toMatch(/ready to score/);
  await shot("08-english");
  expect(pageErrors).toEqual([]);
});
