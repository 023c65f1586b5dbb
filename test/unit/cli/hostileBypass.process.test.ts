import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CLI, CLI_TIMEOUT_MS, ensureCliBuilt } from "../../helpers/processes";
import { minimalWorkbook, zipParts } from "./hostileZip";

// Hostile files that tried to get past the limits another way than the plain cases of
// hostile.process.test.ts (found by review): character references in row numbers, a tag too long to
// be scanned whole, a malformed zip64 field, a worksheet part ExcelJS parses under another name.
// Each must be refused at once with one line, exit 2 and no stack trace; a hang fails the test
// (the process is killed well before the test's own timeout).

jest.setTimeout(CLI_TIMEOUT_MS);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-bypass-"));
const KILL_MS = 60_000;

function refused(name: string, data: Buffer): string {
  fs.writeFileSync(path.join(dir, name), data);
  const r = spawnSync(process.execPath, [CLI, "validate", name], {
    cwd: dir,
    encoding: "utf8",
    timeout: KILL_MS,
    killSignal: "SIGKILL",
  });
  expect({ name, signal: r.signal, status: r.status }).toEqual({ name, signal: null, status: 2 });
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(r.stderr).not.toMatch(/\n\s+at .+[(:]\d+|RangeError|TypeError|node:internal/);
  return lines[0];
}

beforeAll(() => ensureCliBuilt(), CLI_TIMEOUT_MS);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("limits that cannot be talked around", () => {
  it("reads a row number written with character references as the XML parser does (&#57;99999999 is 999999999)", () => {
    const xml = '<row r="&#57;99999999"><c r="A&#57;99999999"><v>1</v></c></row>';
    expect(refused("tham-chieu.xlsx", zipParts(minimalWorkbook(xml)))).toMatch(/999999999.*1\.048\.576/);
  });

  it("refuses a row number that is not a number rather than guessing the next row", () => {
    const xml = '<row r="1e9"><c r="A1"><v>1</v></c></row>';
    expect(refused("so-dong.xlsx", zipParts(minimalWorkbook(xml)))).toMatch(/không hợp lệ.*invalid/);
  });

  it("refuses a tag longer than a MiB instead of cutting its start off", () => {
    // Random base64 barely compresses, so neither the size nor the ratio limit sees it.
    const noise = crypto.randomBytes(2 * 1024 * 1024).toString("base64");
    const xml = `<row r="999999999" x="${noise}"><c r="A1"><v>1</v></c></row>`;
    expect(refused("the-dai.xlsx", zipParts(minimalWorkbook(xml)))).toMatch(/thẻ XML/);
  });

  it("counts a worksheet part that ExcelJS parses under another name (sheet2.xml.bak)", () => {
    const bak = {
      name: "xl/worksheets/sheet2.xml.bak",
      data: Buffer.from(
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="999999999"><c r="A999999999"><v>1</v></c></row></sheetData></worksheet>',
      ),
    };
    expect(
      refused("bak.xlsx", zipParts(minimalWorkbook('<row r="1"><c r="A1"><v>1</v></c></row>', { parts: [bak] }))),
    ).toMatch(/999999999/);
  });

  it("calls a zip64 field that claims more than the directory holds damaged (exit 2, not an internal error)", () => {
    const name = Buffer.from("xl/workbook.xml");
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(4, 30);
    central.writeUInt32LE(0xffffffff, 42);
    const extra = Buffer.from([0x01, 0x00, 0xff, 0xff]);
    const dirBytes = Buffer.concat([central, name, extra]);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(dirBytes.length, 12);
    end.writeUInt32LE(0, 16);
    expect(refused("zip64.xlsx", Buffer.concat([dirBytes, end]))).toMatch(/hỏng|damaged|corrupt/i);
  });
});
