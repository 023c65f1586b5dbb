import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "../../../src/cli/args";
import { frameworkToJson } from "../../../src/core/framework/frameworkJson";
import { getBuiltinFramework } from "../../../src/core/index";
import { loadWorkbook, tempDir } from "../../helpers/files";
import { BUILD_TIMEOUT_MS, CLI_TIMEOUT_MS, ensureCliBuilt, runCli } from "../../helpers/processes";

// A broken framework does not rank (issue 15, item 5): `score` exits 2 listing the framework's
// findings, unless --accept-framework-errors; then every generated sheet says so under its title.

jest.setTimeout(CLI_TIMEOUT_MS);

const dir = tempDir("par-cli-gate-");
const par = (...args: string[]) => runCli(args, dir);

beforeAll(() => {
  ensureCliBuilt();
  expect(par("sample", "--out", "ho-so.xlsx", "--units", "3").status).toBe(0);
  // The commune sample with its first area raised by 0,45: the area no longer adds up, the
  // areas add to 100,45 (framework-parent-sum and framework-total, both errors).
  const fw = structuredClone(getBuiltinFramework("mau-cap-xa")!);
  fw.areas[0].max += 0.45;
  fs.writeFileSync(path.join(dir, "hong.json"), frameworkToJson(fw));
  // The commune sample with two bands no one can use (a threshold over 100, a repeated label): errors
  // of the framework that leave every unit's sheet as it is.
  const bands = structuredClone(getBuiltinFramework("mau-cap-xa")!);
  bands.bands.push({ label: "Đặc biệt", min: 120 }, { label: bands.bands[0].label, min: 95 });
  fs.writeFileSync(path.join(dir, "bang.json"), frameworkToJson(bands));
}, BUILD_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("par-index score with a framework that has errors", () => {
  it("refuses to score: exit 2, the framework's findings listed, nothing written", () => {
    const r = par("score", "--framework", "hong.json", "--out", "kq.xlsx", "ho-so.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không chấm điểm, xếp hạng");
    expect(r.stderr).toContain("framework-parent-sum");
    expect(r.stderr).toContain("framework-total");
    expect(r.stderr).toContain("--accept-framework-errors");
    expect(r.stdout).not.toContain("XẾP HẠNG");
    expect(fs.existsSync(path.join(dir, "kq.xlsx"))).toBe(false);
  });

  it("with --json, prints the framework's findings as one document", () => {
    const r = par("score", "--json", "--framework", "hong.json", "ho-so.xlsx");
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.error).toBe("framework-errors");
    expect(doc.frameworkFindings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(["framework-parent-sum", "framework-total"]),
    );
  });

  it("validate still reports the framework's findings (exit 1), it ranks nothing", () => {
    const r = par("validate", "--framework", "hong.json", "ho-so.xlsx");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("100,45");
  });

  it("scores when the errors are accepted, and every generated sheet says so under its title", async () => {
    const r = par("score", "--accept-framework-errors", "--framework", "bang.json", "--out", "kq.xlsx", "ho-so.xlsx");
    expect(r.status).toBe(1); // the framework's errors are still errors
    expect(r.stdout).toContain("XẾP HẠNG – NHÓM");
    expect(r.stdout).toContain("kết quả này được tính khi cán bộ đã chấp nhận các lỗi đó");
    const wb = await loadWorkbook(path.join(dir, "kq.xlsx"));
    const generated = ["Tổng hợp", "Xếp hạng", "Điểm chi tiết", "Kế hoạch khắc phục", "Phân tích"];
    for (const name of generated) {
      const ws = wb.getWorksheet(name);
      expect(ws).toBeDefined();
      const texts: string[] = [];
      ws!.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string") texts.push(c.value);
        }),
      );
      expect(texts.some((t) => t.includes("bộ tiêu chí có 2 lỗi (framework-band-invalid)"))).toBe(true);
    }
  });

  it("a framework without errors is not noted", async () => {
    expect(par("score", "--accept-framework-errors", "--out", "sach.xlsx", "ho-so.xlsx").status).toBe(0);
    const ws = (await loadWorkbook(path.join(dir, "sach.xlsx"))).getWorksheet("Tổng hợp")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts.some((t) => t.includes("chấp nhận các lỗi"))).toBe(false);
  });

  it("the option is for score only", () => {
    expect(parseArgs(["score", "--accept-framework-errors", "x.xlsx"]).acceptFrameworkErrors).toBe(true);
    expect(() => parseArgs(["validate", "--accept-framework-errors", "x.xlsx"])).toThrow(/accept-framework-errors/);
  });
});
