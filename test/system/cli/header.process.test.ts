import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs, parseDate, USAGE } from "../../../src/cli/args";
import { loadWorkbook, tempDir } from "../../helpers/files";
import { BUILD_TIMEOUT_MS, CLI_TIMEOUT_MS, ensureCliBuilt, runCli } from "../../helpers/processes";

// The document header of the generated sheets set from the command line: --issuer, --parent,
// --place, --date (issue 17).

jest.setTimeout(CLI_TIMEOUT_MS);

const dir = tempDir("par-cli-header-");
const par = (...args: string[]) => runCli(args, dir);

beforeAll(() => {
  ensureCliBuilt();
  expect(par("sample", "--out", "ho-so.xlsx", "--units", "4").status).toBe(0);
}, BUILD_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("parseArgs: the header options", () => {
  it("reads the issuing body, its parent, the place and the date", () => {
    const a = parseArgs([
      "score",
      "--issuer",
      " Sở Nội vụ ",
      "--parent=Ủy ban nhân dân tỉnh Quảng Ninh",
      "--place",
      "Hạ Long",
      "--date",
      "06/05/2022",
      "x.xlsx",
    ]);
    expect(a.header).toEqual({
      issuingBody: "Sở Nội vụ",
      parentBody: "Ủy ban nhân dân tỉnh Quảng Ninh",
      place: "Hạ Long",
      date: { year: 2022, month: 5, day: 6 },
    });
    expect(parseArgs(["score", "x.xlsx"]).header).toBeUndefined();
  });

  it("takes the date as YYYY-MM-DD or DD/MM/YYYY, and only a real day", () => {
    expect(parseDate("2025-12-15")).toEqual({ year: 2025, month: 12, day: 15 });
    expect(parseDate("15/12/2025")).toEqual({ year: 2025, month: 12, day: 15 });
    expect(parseDate("1/2/2024")).toEqual({ year: 2024, month: 2, day: 1 });
    for (const bad of ["2025-02-30", "31/04/2025", "12/2025", "hôm nay", "2025-13-01", "20251215"])
      expect(() => parseDate(bad)).toThrow(/--date/);
  });

  it("refuses the header options where no document is written, and empty values", () => {
    expect(() => parseArgs(["validate", "--issuer", "Sở Nội vụ", "x.xlsx"])).toThrow(/--issuer/);
    expect(() => parseArgs(["score", "--place", "  ", "x.xlsx"])).toThrow(/--place/);
    expect(() => parseArgs(["score", "--date", "x.xlsx"])).toThrow(/--date/);
  });

  it("reads the number, the signature lines and the signer, and the units that get their own plan", () => {
    const a = parseArgs([
      "score",
      "--number",
      "125/BC-SNV",
      "--sign",
      "KT. Giám đốc / Phó Giám đốc",
      "--signer",
      "Nguyễn Văn An",
      "--unit-plans",
      "P. Hồng Hà, X. Dân Chủ",
      "x.xlsx",
    ]);
    expect(a.header).toEqual({ number: "125/BC-SNV", sign: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer: "Nguyễn Văn An" });
    expect(a.unitPlans).toEqual(["P. Hồng Hà", "X. Dân Chủ"]);
    expect(parseArgs(["score", "--unit-plans", "all", "x.xlsx"]).unitPlans).toBe("all");
    expect(() => parseArgs(["validate", "--unit-plans", "all", "x.xlsx"])).toThrow(/--unit-plans/);
  });

  it("documents them in the usage text", () => {
    for (const flag of ["--issuer", "--parent", "--place", "--date", "--number", "--sign", "--signer", "--unit-plans"])
      expect(USAGE).toContain(flag);
    expect(USAGE).toContain("Thông tin văn bản");
  });
});

describe("par-index score with a document header", () => {
  it("writes the header into the office's sheets", async () => {
    const r = par(
      "score",
      "--out",
      "ket-qua.xlsx",
      "--issuer",
      "Sở Nội vụ",
      "--parent",
      "Ủy ban nhân dân tỉnh Quảng Ninh",
      "--place",
      "Hạ Long",
      "--date",
      "2022-05-06",
      "ho-so.xlsx",
    );
    expect([0, 1]).toContain(r.status);
    const wb = await loadWorkbook(path.join(dir, "ket-qua.xlsx"));
    for (const name of ["Tổng hợp", "Xếp hạng", "Kế hoạch khắc phục", "Phân tích"]) {
      const ws = wb.getWorksheet(name)!;
      const texts: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
      expect(texts).toEqual(
        expect.arrayContaining(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "SỞ NỘI VỤ", "Hạ Long, ngày 06 tháng 5 năm 2022"]),
      );
    }
  });

  it("keeps the header in the result (sheet Thông tin văn bản), so a run on the result prints it again", async () => {
    const first = par(
      "score",
      "--out",
      "lan-1.xlsx",
      "--issuer",
      "Phòng Nội vụ",
      "--place",
      "Vân Đồn",
      "--number",
      "7/BC-PNV",
      "ho-so.xlsx",
    );
    expect([0, 1]).toContain(first.status);
    const again = par("score", "--out", "lan-2.xlsx", "lan-1.xlsx");
    expect([0, 1]).toContain(again.status);
    const wb = await loadWorkbook(path.join(dir, "lan-2.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("Tổng hợp")!.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts).toEqual(expect.arrayContaining(["PHÒNG NỘI VỤ", "Số: 7/BC-PNV", "TRƯỞNG PHÒNG", "Nơi nhận:"]));
    expect(texts.some((t) => t.startsWith("Vân Đồn, ngày "))).toBe(true);
    expect(wb.getWorksheet("Thông tin văn bản")).toBeDefined();
  });

  it("writes a unit's own plan on request, and refuses a sheet that is no unit's", async () => {
    const r = par("score", "--out", "kh.xlsx", "--unit-plans", "P. Hồng Hà", "ho-so.xlsx");
    expect([0, 1]).toContain(r.status);
    const wb = await loadWorkbook(path.join(dir, "kh.xlsx"));
    const texts: string[] = [];
    wb.getWorksheet("KH P. Hồng Hà")!.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts).toEqual(
      expect.arrayContaining(["ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "Số: …/KH-UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    );
    const bad = par("score", "--out", "kh2.xlsx", "--unit-plans", "Không có", "ho-so.xlsx");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--unit-plans");
    expect(fs.existsSync(path.join(dir, "kh2.xlsx"))).toBe(false);
  });

  it("exits 2 on a date that is not a day", () => {
    const r = par("score", "--out", "x.xlsx", "--date", "2025-02-30", "ho-so.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--date");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
