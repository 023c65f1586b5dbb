import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import * as ExcelJS from "exceljs";
import { minimalWorkbook, partText, Part, renamePart, unzipParts, withPart, zipParts } from "./hostileZip";

// `par-index` as a process on hostile and broken inputs, every one generated here: each gets its
// exit status and a one-line answer naming the file, no stack trace, and no file is changed.
// Set PAR_MEASURE=<file.json> to record exit, time, peak memory and message of every case.

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "..", "..", "..");
const cli = path.join(root, "bin", "par-index.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-hostile-"));
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const measured: { case: string; exit: number | null; seconds: number; peakMiB: number | null; message: string }[] = [];

interface Run {
  status: number | null;
  out: string;
  err: string;
}

function par(label: string, ...args: string[]): Run {
  const stats = path.join(dir, ".time");
  const cmd = TIME ? TIME : process.execPath;
  const argv = TIME ? ["-f", "%e %M", "-o", stats, process.execPath, cli, ...args] : [cli, ...args];
  const t0 = Date.now();
  const r = spawnSync(cmd, argv, { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (Date.now() - t0) / 1000;
  let peakMiB: number | null = null;
  if (TIME && fs.existsSync(stats)) {
    const [, kb] = fs.readFileSync(stats, "utf8").trim().split(/\s+/).slice(-2);
    peakMiB = Math.round(Number(kb) / 1024);
    fs.rmSync(stats);
  }
  measured.push({
    case: label,
    exit: r.status,
    seconds,
    peakMiB,
    message: (r.status === 2 ? r.stderr : r.stdout.split("\n")[0]).trim().slice(0, 300),
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** Every file of the folder with its hash (what "no file changed" compares). */
function files(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (name === ".time" || !st.isFile()) continue;
    out.set(name, `${st.size}:${st.mtimeMs}:${crypto.createHash("sha1").update(fs.readFileSync(p)).digest("hex")}`);
  }
  return out;
}

/** A refusal: exit 2, one line on stderr naming `names`, nothing on stdout, no stack trace, no file changed. */
function expectRefusal(label: string, args: string[], names: RegExp[]): string {
  const before = files();
  const r = par(label, ...args);
  expect({ label, status: r.status }).toEqual({ label, status: 2 });
  const lines = r.err.trim().split("\n");
  expect(lines).toHaveLength(1);
  for (const n of names) expect(lines[0]).toMatch(n);
  expectNoStack(r);
  expect(r.out).toBe("");
  expect(files()).toEqual(before);
  return lines[0];
}

function expectNoStack(r: Run): void {
  for (const s of [r.out, r.err]) {
    expect(s).not.toMatch(/\n\s+at .+[(:]\d+/);
    expect(s).not.toMatch(/node:internal|FATAL ERROR|heap out of memory|TypeError|RangeError/);
  }
}

function write(name: string, data: Buffer | string): string {
  fs.writeFileSync(path.join(dir, name), data);
  return name;
}

let sampleParts: Part[];
// Part name of a worksheet by sheet name, through the workbook's relationships.
function partOf(parts: Part[], sheet: string): { rid: string; part: string } {
  const wb = partText(parts, "xl/workbook.xml");
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb)![1];
  const rels = partText(parts, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return { rid, part: `xl/${target}` };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "dist", "cli", "cli", "main.js"))) {
    const b = spawnSync("npm", ["run", "build:cli"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(b.stderr);
  }
  expect(spawnSync(process.execPath, [cli, "sample", "--out", "mau.xlsx", "--units", "3"], { cwd: dir }).status).toBe(
    0,
  );
  sampleParts = unzipParts(path.join(dir, "mau.xlsx"));
});

afterAll(() => {
  if (process.env.PAR_MEASURE) fs.writeFileSync(process.env.PAR_MEASURE, JSON.stringify(measured, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("limits, checked before anything is inflated or allocated", () => {
  it("a zip bomb (one part inflating 1,000 times) is refused from the zip directory", () => {
    const bomb = withPart(sampleParts, "docProps/app.xml", (x) => x + " ".repeat(64 * 1024 * 1024));
    write("bom.xlsx", zipParts(bomb));
    expectRefusal("zip bomb 64 MiB part", ["validate", "bom.xlsx"], [/bom\.xlsx/, /200:1/]);
  });

  it("a directory declaring more than the size limit is refused without inflating", () => {
    const lying = sampleParts.map((p) => (p.name === "xl/sharedStrings.xml" ? { ...p, declaredSize: 0xfffffff0 } : p));
    write("khai-gian.xlsx", zipParts(lying));
    expectRefusal("declared 4 GiB uncompressed", ["validate", "khai-gian.xlsx"], [/khai-gian\.xlsx/, /max-mb/]);
  });

  it("a part that inflates past the size its directory declares is refused", () => {
    const lying = sampleParts.map((p) =>
      p.name === "docProps/core.xml"
        ? { ...p, data: Buffer.concat([p.data, Buffer.alloc(4 * 1024 * 1024, 32)]), declaredSize: p.data.length }
        : p,
    );
    write("noi-doi.xlsx", zipParts(lying));
    expectRefusal("part larger than declared", ["validate", "noi-doi.xlsx"], [/noi-doi\.xlsx/, /docProps\/core\.xml/]);
  });

  it("a row numbered 999,999,999 is refused at once (Excel has 1,048,576 rows)", () => {
    const { part } = partOf(sampleParts, "P. Hồng Hà");
    write(
      "dong-xa.xlsx",
      zipParts(
        withPart(sampleParts, part, (x) =>
          x.replace("</sheetData>", '<row r="999999999"><c r="A999999999"><v>1</v></c></row></sheetData>'),
        ),
      ),
    );
    const t0 = Date.now();
    expectRefusal("row 999,999,999", ["validate", "dong-xa.xlsx"], [/dong-xa\.xlsx/, /1\.048\.576/, /P\. Hồng Hà/]);
    expect(measured.at(-1)!.seconds).toBeLessThan(60); // generous: a crash took over 2 minutes
    expect(Date.now() - t0).toBeGreaterThan(0);
  });

  it("a sheetId of 999,999,999 is refused (ExcelJS would walk every id below it)", () => {
    write(
      "ma-trang.xlsx",
      zipParts(withPart(sampleParts, "xl/workbook.xml", (x) => x.replace(/sheetId="\d+"/, 'sheetId="999999999"'))),
    );
    expectRefusal("sheetId 999,999,999", ["validate", "ma-trang.xlsx"], [/ma-trang\.xlsx/, /sheetId/]);
  });

  it("a column past XFD is refused", () => {
    write("cot-xa.xlsx", zipParts(minimalWorkbook('<row r="1"><c r="XFE1" t="inlineStr"><is><t>x</t></is></c></row>')));
    expectRefusal("column XFE", ["validate", "cot-xa.xlsx"], [/cot-xa\.xlsx/, /16\.384/]);
  });

  it("styled empty cells down to row 1,048,576 are refused by the cells budget", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++)
      rows.push(`<row r="${r}"><c r="A${r}" s="1"/><c r="B${r}" s="1"/><c r="C${r}" s="1"/></row>`);
    write("o-trong.xlsx", zipParts(minimalWorkbook(rows.join(""))));
    expectRefusal(
      "styled empty cells to row 1,048,576",
      ["validate", "o-trong.xlsx"],
      [/o-trong\.xlsx/, /3\.000\.000/, /--max-cells/],
    );
  });

  it("a merged area over a whole sheet is counted cell by cell (ExcelJS makes each one)", () => {
    write(
      "gop.xlsx",
      zipParts(
        minimalWorkbook('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>').map((p) =>
          p.name === "xl/worksheets/sheet1.xml"
            ? {
                ...p,
                data: Buffer.from(
                  p.data
                    .toString()
                    .replace(
                      "</sheetData>",
                      '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
                    ),
                ),
              }
            : p,
        ),
      ),
    );
    expectRefusal("merge A1:XFD1048576", ["validate", "gop.xlsx"], [/gop\.xlsx/, /--max-cells/]);
  });

  it("--max-cells lowers (or raises) the budget, and a bad value is a usage error", () => {
    expectRefusal(
      "--max-cells 1000 on the sample",
      ["validate", "--max-cells", "1000", "mau.xlsx"],
      [/mau\.xlsx/, /1\.000 ô/],
    );
    const bad = par("--max-cells abc", "validate", "--max-cells", "abc", "mau.xlsx");
    expect(bad.status).toBe(2);
    expect(bad.err.split("\n")[0]).toMatch(/--max-cells/);
    const r = par("sample with default limits", "validate", "--json", "mau.xlsx");
    expect(r.status).toBe(0);
  });

  it("--max-mb refuses a file larger on disk", () => {
    const big = withPart(sampleParts, "docProps/app.xml", (x) => x + crypto.randomBytes(768 * 1024).toString("base64"));
    write("lon.xlsx", zipParts(big));
    expectRefusal("--max-mb 1 on a 1 MiB file", ["validate", "--max-mb", "1", "lon.xlsx"], [/lon\.xlsx/, /max-mb/]);
  });

  it("too many parts in the zip", () => {
    const many = [
      ...sampleParts,
      ...Array.from({ length: 50_001 }, (_, i) => ({
        name: `customXml/item${i}.xml`,
        data: Buffer.from("<a/>"),
        method: 0 as const,
      })),
    ];
    write("nhieu-phan.xlsx", zipParts(many));
    expectRefusal("50,001 extra zip entries", ["validate", "nhieu-phan.xlsx"], [/nhieu-phan\.xlsx/, /50\.000/]);
  });
});

describe("only regular files", () => {
  it("a FIFO is refused at once, without waiting for a writer", () => {
    if (process.platform === "win32") return;
    expect(spawnSync("mkfifo", [path.join(dir, "ong.xlsx")]).status).toBe(0);
    try {
      expectRefusal("FIFO", ["validate", "ong.xlsx"], [/ong\.xlsx/, /FIFO/]);
    } finally {
      fs.rmSync(path.join(dir, "ong.xlsx"));
    }
  });

  it("/dev/zero is refused, not read", () => {
    if (!fs.existsSync("/dev/zero")) return;
    expectRefusal("/dev/zero", ["validate", "/dev/zero"], [/\/dev\/zero/]);
  });

  it("a folder, a missing file, an empty file, a truncated zip", () => {
    fs.mkdirSync(path.join(dir, "thu-muc.xlsx"));
    try {
      expectRefusal("folder", ["validate", "thu-muc.xlsx"], [/thu-muc\.xlsx/]);
    } finally {
      fs.rmdirSync(path.join(dir, "thu-muc.xlsx"));
    }
    expectRefusal("missing file", ["validate", "khong-co.xlsx"], [/khong-co\.xlsx/]);
    write("rong.xlsx", "");
    expectRefusal("empty file", ["validate", "rong.xlsx"], [/rong\.xlsx/]);
    const whole = fs.readFileSync(path.join(dir, "mau.xlsx"));
    write("cut.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    expectRefusal("zip cut in half", ["validate", "cut.xlsx"], [/cut\.xlsx/, /hỏng/]);
  });
});

describe("every sheet the workbook lists is accounted for", () => {
  const cases: [string, (p: Part[]) => Part[], RegExp][] = [
    ["part missing", (p) => p.filter((x) => x.name !== partOf(p, "X. Dân Chủ").part), /thiếu phần/],
    [
      "relationship missing",
      (p) =>
        withPart(p, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace(new RegExp(`<Relationship Id="${partOf(p, "X. Dân Chủ").rid}"[^>]*/>`), ""),
        ),
      /liên kết/,
    ],
    [
      "target outside the package",
      (p) =>
        withPart(p, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace(`Target="${partOf(p, "X. Dân Chủ").part.slice(3)}"`, 'Target="../../../etc/passwd"'),
        ),
      /ngoài gói/,
    ],
    [
      "external target",
      (p) =>
        withPart(p, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace(
            `Target="${partOf(p, "X. Dân Chủ").part.slice(3)}"`,
            'Target="https://example.com/s.xml" TargetMode="External"',
          ),
        ),
      /ngoài tệp/,
    ],
    [
      "part not named sheetN.xml",
      (p) => {
        const { part } = partOf(p, "X. Dân Chủ");
        const renamed = renamePart(p, part, "xl/worksheets/dan-chu.xml");
        return withPart(renamed, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace(`Target="${part.slice(3)}"`, 'Target="worksheets/dan-chu.xml"'),
        );
      },
      /sheetN\.xml/,
    ],
  ];
  it.each(cases)("%s: an error finding and a skipped entry naming the sheet, exit 1", (label, mutate, reason) => {
    const name = `mat-trang-${label.replace(/\W+/g, "-")}.xlsx`;
    write(name, zipParts(mutate(sampleParts)));
    const before = files();
    const r = par(`sheet lost: ${label}`, "validate", "--json", name);
    expect(r.status).toBe(1);
    expectNoStack(r);
    const doc = JSON.parse(r.out);
    expect(doc.units.map((u: { sheet: string }) => u.sheet)).not.toContain("X. Dân Chủ");
    const finding = doc.findings.find(
      (f: { sheet: string; rule: string }) => f.sheet === "X. Dân Chủ" && f.rule === "sheet-unreadable",
    );
    expect(finding).toMatchObject({ severity: "error", file: name });
    expect(finding.message).toMatch(reason);
    expect(doc.skipped).toContainEqual(
      expect.objectContaining({ sheet: "X. Dân Chủ", file: name, reason: "sheet-unreadable" }),
    );
    const text = par(`sheet lost (text): ${label}`, "validate", name);
    expect(text.out).toContain('Trang "X. Dân Chủ"');
    expect(files()).toEqual(before);
  });

  it("a chart sheet is listed as skipped (not an error)", () => {
    const parts = withPart(
      withPart(sampleParts, "xl/workbook.xml", (x) =>
        x.replace("</sheets>", '<sheet name="Biểu đồ" sheetId="99" r:id="rId99"/></sheets>'),
      ),
      "xl/_rels/workbook.xml.rels",
      (x) =>
        x.replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
    );
    parts.push({
      name: "xl/chartsheets/sheet1.xml",
      data: Buffer.from(
        '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      ),
    });
    write("bieu-do.xlsx", zipParts(parts));
    const r = par("chart sheet", "validate", "--json", "bieu-do.xlsx");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.skipped).toContainEqual(expect.objectContaining({ sheet: "Biểu đồ", reason: "chartsheet" }));
    expect(doc.findings.filter((f: { sheet: string }) => f.sheet === "Biểu đồ")).toEqual([]);
  });

  it("a workbook without its shared strings is called damaged, not 'no self-assessment'", () => {
    write("khong-chuoi.xlsx", zipParts(sampleParts.filter((p) => p.name !== "xl/sharedStrings.xml")));
    expectRefusal("no sharedStrings.xml", ["validate", "khong-chuoi.xlsx"], [/khong-chuoi\.xlsx/, /sharedStrings/]);
  });

  it("broken XML gets a reason for people, not the library's insides", () => {
    const { part } = partOf(sampleParts, "P. Hồng Hà");
    write(
      "xml-hong.xlsx",
      zipParts(withPart(sampleParts, part, (x) => x.replace("<sheetData>", "<sheetData><row><c><<<"))),
    );
    const line = expectRefusal("broken sheet XML", ["validate", "xml-hong.xlsx"], [/xml-hong\.xlsx/]);
    expect(line).not.toMatch(/Cannot read|undefined|reading '/);
  });
});

describe("--out is never a file the run reads", () => {
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kết quả 2024");
    ws.addRow(["Đơn vị", "Tổng điểm", "Xếp hạng"]);
    ws.addRow(["Phường Hồng Hà", 70, 1]);
    await wb.xlsx.writeFile(path.join(dir, "nam-truoc.xlsx"));
    expect(spawnSync(process.execPath, [cli, "template", "--out", "khung.xlsx"], { cwd: dir }).status).toBe(0);
  });

  it("the --framework file", () => {
    expectRefusal(
      "--out = --framework",
      ["score", "--framework", "khung.xlsx", "--out", "khung.xlsx", "mau.xlsx"],
      [/khung\.xlsx/, /--framework/],
    );
  });

  it("the --previous file, and an input", () => {
    expectRefusal(
      "--out = --previous",
      ["score", "--previous", "nam-truoc.xlsx", "--out", "nam-truoc.xlsx", "mau.xlsx"],
      [/nam-truoc\.xlsx/, /--previous/],
    );
    expectRefusal("--out = input via ./", ["score", "--out", "./mau.xlsx", "mau.xlsx"], [/mau\.xlsx/]);
  });

  it("through a symbolic link and a hard link", () => {
    fs.symlinkSync(path.join(dir, "mau.xlsx"), path.join(dir, "lien-ket.xlsx"));
    fs.linkSync(path.join(dir, "khung.xlsx"), path.join(dir, "lien-cung.xlsx"));
    try {
      expectRefusal(
        "--out symlink to input",
        ["score", "--out", "lien-ket.xlsx", "mau.xlsx"],
        [/lien-ket\.xlsx/, /mau\.xlsx/],
      );
      expectRefusal(
        "--out hard link to --framework",
        ["score", "--framework", "khung.xlsx", "--out", "lien-cung.xlsx", "mau.xlsx"],
        [/lien-cung\.xlsx/, /khung\.xlsx/],
      );
      expectRefusal(
        "template --out = its --framework",
        ["template", "--framework", "khung.xlsx", "--out", "lien-cung.xlsx"],
        [/lien-cung\.xlsx/],
      );
    } finally {
      fs.rmSync(path.join(dir, "lien-ket.xlsx"));
      fs.rmSync(path.join(dir, "lien-cung.xlsx"));
    }
  });
});

describe("usage", () => {
  it("no arguments is a usage error (exit 2), --help is not", () => {
    const r = par("no arguments");
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/Thiếu lệnh.*No command/);
    expect(par("--help", "--help").status).toBe(0);
  });
});

describe("smaller answers", () => {
  it('a unit\'s sheet named "Bộ tiêu chí" in a second file is reported, not dropped silently', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "mau.xlsx"));
    for (const w of [...wb.worksheets]) if (w.name !== "X. Dân Chủ") wb.removeWorksheet(w.id);
    wb.definedNames.model = [];
    wb.worksheets[0].name = "Bộ tiêu chí";
    await wb.xlsx.writeFile(path.join(dir, "thu-hai.xlsx"));
    const r = par("unit sheet named Bộ tiêu chí in a 2nd file", "validate", "--json", "mau.xlsx", "thu-hai.xlsx");
    expectNoStack(r);
    const doc = JSON.parse(r.out);
    expect(doc.framework.source).toContain("mau.xlsx");
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ rule: "unit-named-like-framework", file: "thu-hai.xlsx", severity: "warning" }),
    );
  });

  it('the success line names the sheets actually written ("Tổng hợp (2)" beside a user\'s "Tổng hợp")', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "mau.xlsx"));
    wb.addWorksheet("Tổng hợp").getCell("A1").value = "Ghi chú của tôi";
    await wb.xlsx.writeFile(path.join(dir, "co-tong-hop.xlsx"));
    const r = par("user sheet named Tổng hợp", "score", "--out", "co-tong-hop-kq.xlsx", "co-tong-hop.xlsx");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Đã ghi sổ kết quả: co-tong-hop-kq\.xlsx \(Tổng hợp \(2\),/);
  });
});

describe("what reaches the terminal, and what reaches the workbook", () => {
  it("escape sequences in a sheet's name are stripped from the text report, kept exact in JSON", () => {
    // C1 controls (U+009B is the 8-bit CSI), a tab and a right-to-left override are legal XML
    // characters in a sheet name; the unit's name is built from it.
    const evil = "P. Hồng\u009b2J\u009d0;pwned\u0009 Hà\u202e";
    // eslint-disable-next-line no-control-regex
    const ref = evil.replace(new RegExp("[\t\u009b\u009d\u202e]", "g"), (c) => `&#x${c.charCodeAt(0).toString(16)};`);
    write(
      "ten-doc.xlsx",
      zipParts(withPart(sampleParts, "xl/workbook.xml", (x) => x.replace('name="P. Hồng Hà"', `name="${ref}"`))),
    );
    const json = par("escape sequences in a sheet name (JSON)", "validate", "--json", "ten-doc.xlsx");
    expect([0, 1]).toContain(json.status);
    const doc = JSON.parse(json.out);
    expect(doc.units.map((u: { sheet: string }) => u.sheet)).toContain(evil);
    const text = par("escape sequences in a sheet name (text)", "score", "ten-doc.xlsx");
    expect([0, 1]).toContain(text.status);
    expect(text.out).toContain("P. Hồng2J0;pwned");
    // eslint-disable-next-line no-control-regex
    const controls = new RegExp("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]");
    expect(text.out).not.toMatch(controls);
    expect(text.err).not.toMatch(controls);
  });

  it("a text longer than 32,767 characters is cut in the generated sheets, with a warning", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "mau.xlsx"));
    const ws = wb.getWorksheet("X. Dân Chủ")!;
    // Every explanation cell of the sheet gets a very long text: lost items carry it into the plan.
    const header = ws.getRows(1, 30)!.find((r) => r.values && JSON.stringify(r.values).includes("Giải trình"));
    expect(header).toBeDefined();
    let col = 0;
    header!.eachCell((c, n) => {
      if (typeof c.value === "string" && c.value.includes("Giải trình")) col = n;
    });
    const long = "Giải trình rất dài. ".repeat(2_000);
    for (let r = header!.number + 1; r <= ws.rowCount; r++)
      if (ws.getRow(r).getCell(1).value) ws.getRow(r).getCell(col).value = long;
    await wb.xlsx.writeFile(path.join(dir, "dai.xlsx"));
    const r = par("40,000-character cells", "score", "--json", "--out", "dai-kq.xlsx", "dai.xlsx");
    expect([0, 1]).toContain(r.status);
    const doc = JSON.parse(r.out);
    expect(doc.warnings.length).toBeGreaterThan(0);
    expect(doc.warnings[0].message).toMatch(/32\.767/);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, "dai-kq.xlsx"));
    const input = new Set(wb.worksheets.map((w) => w.name));
    let longest = 0;
    for (const s of out.worksheets.filter((w) => !input.has(w.name)))
      s.eachRow((row) =>
        row.eachCell((c) => (longest = Math.max(longest, typeof c.value === "string" ? c.value.length : 0))),
      );
    expect(longest).toBe(32_767);
  });
});

it("the hand-made zips are read back by ExcelJS", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    zipParts(
      minimalWorkbook('<row r="1"><c r="A1" t="inlineStr"><is><t>xin chào</t></is></c></row>'),
    ) as unknown as ExcelJS.Buffer,
  );
  expect(wb.worksheets[0].getCell("A1").value).toBe("xin chào");
  expect(zlib.crc32(Buffer.from("a"))).toBe(0xe8b7be43);
});
