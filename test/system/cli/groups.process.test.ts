import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { parseArgs } from "../../../src/cli/args";
import { tempDir } from "../../helpers/files";
import { BUILD_TIMEOUT_MS, CLI_TIMEOUT_MS, ensureCliBuilt, runCli } from "../../helpers/processes";

// --groups <file.xlsx|file.csv> (issue 15, item 4): the units' groups from a table "Đơn vị | Nhóm",
// never a group the framework lacks.

jest.setTimeout(CLI_TIMEOUT_MS);

const dir = tempDir("par-cli-groups-");
const par = (...args: string[]) => runCli(args, dir);
type Unit = { unit: string; group: string; rank: number | null };
type Found = { rule: string; file: string; sheet: string; cell: string };

beforeAll(async () => {
  ensureCliBuilt();
  expect(par("sample", "--out", "ho-so.xlsx", "--units", "3").status).toBe(0);
  fs.writeFileSync(
    path.join(dir, "nhom.csv"),
    "\uFEFFĐơn vị;Nhóm\r\nPhường Hồng Hải;Xã\r\nXã Dân Chủ;Thị trấn\r\n",
    "utf8",
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nhóm");
  ws.addRows([["DANH SÁCH NHÓM ĐƠN VỊ"], [], ["STT", "Tên đơn vị", "Nhóm xếp hạng"], [1, "Phường Hồng Hà", "Xã"]]);
  await wb.xlsx.writeFile(path.join(dir, "nhom.xlsx"));
  fs.writeFileSync(path.join(dir, "rong.csv"), "Ghi chú\r\nkhông có gì\r\n");
}, BUILD_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("par-index --groups", () => {
  it("a CSV decides the units it names; a group the framework lacks is a finding at its cell, not used", () => {
    const r = par("score", "--json", "--groups", "nhom.csv", "ho-so.xlsx");
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    const groups = Object.fromEntries((doc.units as Unit[]).map((u) => [u.unit, u.group]));
    expect(groups).toEqual({ "Phường Hồng Hà": "Phường", "Phường Hồng Hải": "Xã", "Xã Dân Chủ": "Xã" });
    const f = (doc.findings as Found[]).find((x) => x.rule === "group-not-in-framework");
    expect(f).toMatchObject({ file: "nhom.csv", sheet: "nhom.csv", cell: "B3" });
  });

  it("an .xlsx with the table anywhere on a sheet", () => {
    const r = par("score", "--json", "--groups", "nhom.xlsx", "ho-so.xlsx");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect((doc.units as Unit[]).find((u) => u.unit === "Phường Hồng Hà")!.group).toBe("Xã");
  });

  it("a file without a group table is refused (exit 2), naming it", () => {
    const r = par("validate", "--groups", "rong.csv", "ho-so.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("rong.csv");
    expect(r.stderr).toContain("Nhóm");
    expect(par("validate", "--groups", "khong-co.csv", "ho-so.xlsx").status).toBe(2);
  });

  it("takes .xlsx or .csv, for validate and score only", () => {
    expect(parseArgs(["score", "--groups", "n.csv", "x.xlsx"]).groups).toBe("n.csv");
    expect(() => parseArgs(["score", "--groups", "n.txt", "x.xlsx"])).toThrow(/--groups/);
    expect(() => parseArgs(["template", "--groups", "n.csv", "--out", "m.xlsx"])).toThrow(/--groups/);
  });
});
