import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { readXlsx } from "../../../src/cli/xlsx/index";
import { tempDir } from "../../helpers/files";
import { BUILD_TIMEOUT_MS, CLI_TIMEOUT_MS, ensureCliBuilt, runCli } from "../../helpers/processes";

// `par-index` run as a process (built by `npm install` / `npm run build:cli`) on generated files.

// Every test starts the CLI in a new node process, up to five times; on a busy 2-core machine one
// run takes many times the idle 1–3 s (see test/helpers/processes.ts).
jest.setTimeout(CLI_TIMEOUT_MS);

const dir = tempDir("par-cli-");

function par(...args: string[]) {
  const r = runCli(args, dir);
  return { status: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  ensureCliBuilt();
  expect(par("sample", "--out", "ho-so.xlsx", "--units", "12").status).toBe(0);
  expect(par("sample", "--out", "sach.xlsx", "--units", "3").status).toBe(0); // under 4 units: no planted problems
}, BUILD_TIMEOUT_MS); // may build the CLI first

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("par-index validate / score", () => {
  it("prints one JSON document with the documented shape, and exits 1 when there are errors", () => {
    const r = par("validate", "--json", "ho-so.xlsx");
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.framework).toMatchObject({ id: "mau-cap-xa", total: 100 });
    expect(doc.units).toHaveLength(12);
    for (const u of doc.units)
      expect(Object.keys(u)).toEqual(
        expect.arrayContaining(["unit", "group", "file", "sheet", "points", "max", "index", "rank", "band"]),
      );
    expect(doc.units[0]).toMatchObject({
      unit: "Phường Hồng Hà",
      group: "Phường",
      file: "ho-so.xlsx",
      sheet: "P. Hồng Hà",
    });
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["rule", "severity", "file", "sheet", "cell", "code", "message"]),
      );
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining([
        "formula-error",
        "score-over-max",
        "score-not-number",
        "criterion-missing",
        "sum-mismatch",
        "evidence-missing",
      ]),
    );
  });

  it("exits 0 on clean submissions, and ranks within groups in the score report", () => {
    const r = par("score", "--json", "sach.xlsx");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.out);
    const byGroup = new Map<string, { index: number; rank: number }[]>();
    for (const u of doc.units) byGroup.set(u.group, [...(byGroup.get(u.group) ?? []), u]);
    for (const members of byGroup.values())
      for (const u of members) expect(u.rank).toBe(1 + members.filter((o) => o.index > u.index).length);
    const text = par("score", "sach.xlsx");
    expect(text.status).toBe(0);
    expect(text.out).toContain("XẾP HẠNG – NHÓM PHƯỜNG");
    expect(text.out).toContain("Bộ tiêu chí:");
  });

  it("writes the result workbook with the units' sheets untouched and the generated sheets", async () => {
    const r = par("score", "--out", "ket-qua.xlsx", "ho-so.xlsx");
    expect(r.status).toBe(1);
    const { snapshot: input } = await readXlsx(path.join(dir, "ho-so.xlsx"));
    const { snapshot: out } = await readXlsx(path.join(dir, "ket-qua.xlsx"));
    const kinds = out.sheets.filter((s) => s.generated).map((s) => s.generated);
    expect(kinds).toEqual(expect.arrayContaining(["summary", "ranking", "detail", "plan", "analysis", "framework"]));
    for (const unit of input.sheets.filter((s) => /^[PX]\. /.test(s.name))) {
      const copy = out.sheets.find((s) => s.name === unit.name)!;
      expect(copy.values).toEqual(unit.values);
      expect(copy.formulas).toEqual(unit.formulas);
    }
  });

  it("adds last year's change in points and rank with --previous", async () => {
    const prev = new ExcelJS.Workbook();
    const ws = prev.addWorksheet("Kết quả 2024");
    ws.addRow(["Đơn vị", "Tổng điểm", "Xếp hạng"]);
    ws.addRow(["Phường Hồng Hà", 70, 1]);
    ws.addRow(["Xã Dân Chủ", 60.5, 3]);
    await prev.xlsx.writeFile(path.join(dir, "nam-truoc.xlsx"));
    expect(par("score", "--out", "ket-qua-2.xlsx", "--previous", "nam-truoc.xlsx", "sach.xlsx").status).toBe(0);
    const { snapshot } = await readXlsx(path.join(dir, "ket-qua-2.xlsx"));
    const summary = snapshot.sheets.find((s) => s.generated === "summary")!;
    const header = summary.values.find((row) => row.includes("Điểm năm trước"))!;
    const row = summary.values.find((r) => r.includes("Phường Hồng Hà"))!;
    expect(row[header.indexOf("Điểm năm trước")]).toBe(70);
    expect(row[header.indexOf("Hạng năm trước")]).toBe(1);
    expect(summary.formulas!.flat().some((f) => f?.includes('"Tăng "&'))).toBe(true);
  });

  it("given its own result workbook among the inputs (score sample/*.xlsx after the demo), ranks each unit once", () => {
    expect(par("score", "--out", "kq-sach.xlsx", "sach.xlsx").status).toBe(0);
    const r = par("score", "--json", "sach.xlsx", "kq-sach.xlsx");
    const doc = JSON.parse(r.out) as {
      units: { unit: string; file: string; rank: number | null; reading: { notes: string[] } }[];
      findings: { rule: string; file: string; message: string }[];
    };
    const originals = doc.units.filter((u) => u.file === "sach.xlsx");
    const copies = doc.units.filter((u) => u.file === "kq-sach.xlsx");
    expect(originals.map((u) => u.rank)).not.toContain(null);
    expect(copies.map((u) => u.rank)).toEqual([null, null, null]);
    const dup = doc.findings.filter((f) => f.rule === "unit-duplicate");
    expect(dup.map((f) => f.file)).toEqual(["kq-sach.xlsx", "kq-sach.xlsx", "kq-sach.xlsx"]);
    expect(dup[0].message).toContain("sổ kết quả do phần mềm tạo");
    expect(originals[0].reading.notes[1]).toMatch(/^Tên đơn vị ".+" lấy từ /);
  });

  it("prints progress on stderr when given many files", () => {
    for (let i = 0; i < 5; i++) fs.copyFileSync(path.join(dir, "sach.xlsx"), path.join(dir, `f${i}.xlsx`));
    const r = par("validate", "--json", "f0.xlsx", "f1.xlsx", "f2.xlsx", "f3.xlsx", "f4.xlsx");
    // The same units in five files: listed, each flagged unit-duplicate, none ranked (exit 1).
    expect(r.status).toBe(1);
    expect(r.err).toContain("Đang đọc tệp 5/5");
    const doc = JSON.parse(r.out) as { units: { ready: boolean }[]; findings: { rule: string }[] };
    expect(doc.units).toHaveLength(15); // same sheet names in five files: renamed, not merged
    expect(doc.units.every((u) => !u.ready)).toBe(true);
    expect(doc.findings.filter((f) => f.rule === "unit-duplicate")).toHaveLength(15);
  });
});

describe("bad input: a one-line reason naming the file, exit 2, no stack trace, no output file", () => {
  const bad = (name: string, bytes: Buffer) => fs.writeFileSync(path.join(dir, name), bytes);
  const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at /);

  it.each([
    [
      "random bytes named .xlsx",
      "rac.xlsx",
      () => bad("rac.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
      /rac\.xlsx/,
    ],
    ["an empty file", "rong.xlsx", () => bad("rong.xlsx", Buffer.alloc(0)), /rong\.xlsx.*rỗng/],
    [
      "a password-protected (OLE) file",
      "mat-khau.xlsx",
      () =>
        bad(
          "mat-khau.xlsx",
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            Buffer.from("EncryptionInfo", "utf16le"),
            Buffer.alloc(512),
          ]),
        ),
      /mật khẩu/,
    ],
    ["a missing file", "khong-co.xlsx", () => undefined, /khong-co\.xlsx/],
  ])("%s", (_label, name, make, reason) => {
    make();
    const r = par("score", "--out", "khong-duoc-ghi.xlsx", name);
    expect(r.status).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(reason);
    noTrace(r.err);
    expect(fs.existsSync(path.join(dir, "khong-duoc-ghi.xlsx"))).toBe(false);
  });

  it("a workbook with no sheet", async () => {
    await new ExcelJS.Workbook().xlsx.writeFile(path.join(dir, "khong-trang.xlsx"));
    const r = par("validate", "khong-trang.xlsx");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/khong-trang\.xlsx/);
    noTrace(r.err);
  });

  it("a 50,000-row sheet that is not a submission", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhật ký");
    for (let i = 0; i < 50_000; i++) ws.addRow([i + 1, `Dòng ${i + 1}`, i % 7, "ghi chú"]);
    await wb.xlsx.writeFile(path.join(dir, "lon.xlsx"));
    const r = par("validate", "lon.xlsx");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/lon\.xlsx/);
    expect(r.err).toMatch(/Không tìm thấy bảng tự đánh giá/);
  });

  it("refuses an output file that is one of the inputs, leaving the submission file as it was", () => {
    const before = fs.readFileSync(path.join(dir, "sach.xlsx"));
    const r = par("score", "--out", "sach.xlsx", "sach.xlsx");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/trùng với một tệp đầu vào/);
    expect(fs.readFileSync(path.join(dir, "sach.xlsx")).equals(before)).toBe(true);
  });

  it("refuses as last year's results a result file never opened in Excel (formulas without values)", () => {
    expect(par("score", "--out", "kq-chua-tinh.xlsx", "sach.xlsx").status).toBe(0);
    const r = par("score", "--out", "kq-moi.xlsx", "--previous", "kq-chua-tinh.xlsx", "sach.xlsx");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/chưa có giá trị tính sẵn/);
    expect(fs.existsSync(path.join(dir, "kq-moi.xlsx"))).toBe(false);
  });

  it("usage errors: unknown command, missing files, unknown framework", () => {
    for (const args of [
      ["chamdiem"],
      ["validate"],
      ["score", "--framework", "khong-co", "sach.xlsx"],
      ["template"],
      ["validate", "--bogus", "sach.xlsx"],
    ]) {
      const r = par(...args);
      expect(r.status).toBe(2);
      noTrace(r.err);
    }
  });
});

describe("par-index template / frameworks", () => {
  it("writes a blank template that validates as a submission once filled", async () => {
    expect(par("template", "--framework", "mau-so-nganh", "--out", "mau.xlsx").status).toBe(0);
    const { snapshot } = await readXlsx(path.join(dir, "mau.xlsx"));
    expect(snapshot.sheets[0].generated).toBe("template");
    expect(snapshot.sheets[0].values.flat()).toEqual(
      expect.arrayContaining(["STT", "Điểm tự đánh giá", "Điểm thẩm định"]),
    );
  });

  it("lists the built-in frameworks", () => {
    const r = par("frameworks", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).map((f: { id: string }) => f.id)).toEqual(["mau-cap-xa", "mau-so-nganh"]);
  });
});
