// LibreOffice as the test suite's stand-in for Excel: open a generated .xlsx, recalculate every
// formula, save it again, so a test can read the values our live formulas really produce.
//
// LibreOffice normally trusts the cached results in an .xlsx (or asks the user); the private profile
// of each call sets Calc's OOXMLRecalcMode/ODFRecalcMode to 0 ("always recalculate on load"), so a
// missing or wrong cached result is replaced by the computed one. A private profile per call also
// lets calls run in parallel (one profile cannot be shared by two running instances).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsx } from "../../src/cli/xlsx/index.js";
import type { CellValue } from "../../src/core/types.js";
import { parseA1 } from "../../src/core/util/a1.js";
import { PROCESS_KILL_MS } from "./processes.js";

const SOFFICE = process.env.SOFFICE ?? "soffice";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens the file in headless LibreOffice, recalculates every formula, saves a copy as .xlsx and returns its path (in a new temporary folder). */
export async function recalculate(xlsxFile: string): Promise<string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "par-index-lo-profile-"));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "par-index-lo-out-"));
  fs.mkdirSync(path.join(profile, "user"));
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    path.resolve(xlsxFile),
  ];
  try {
    const { code, output } = await run(SOFFICE, args);
    const out = path.join(outDir, `${path.parse(xlsxFile).name}.xlsx`);
    if (code !== 0 || !fs.existsSync(out)) {
      throw new Error(`LibreOffice could not convert ${xlsxFile} (exit ${code}): ${output.trim()}`);
    }
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Cached cell values of every sheet, as grids from A1 (row 0 = row 1), read with ExcelJS. */
export async function readValues(file: string): Promise<Map<string, CellValue[][]>> {
  const { snapshot } = await readXlsx(file);
  const out = new Map<string, CellValue[][]>();
  for (const s of snapshot.sheets) {
    const grid: CellValue[][] = Array.from({ length: s.originRow + s.values.length }, () => []);
    s.values.forEach((row, r) => {
      grid[s.originRow + r] = [...Array<CellValue>(s.originCol).fill(null), ...row];
    });
    out.set(s.name, grid);
  }
  return out;
}

/** The value at an A1 address of a grid from readValues (null when empty or outside). */
export function valueAt(grid: CellValue[][] | undefined, address: string): CellValue {
  const p = parseA1(address);
  if (!grid || !p) return null;
  return grid[p.row]?.[p.col] ?? null;
}

/** Runs a tool (LibreOffice, pdftotext, pdftoppm) to its end: exit code and output; killed if it hangs. */
export function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    // A hung tool must not hang the suite: stop this child (and only it), but never before the
    // test calling it would time out (LIBREOFFICE_TIMEOUT_MS), however busy the machine.
    const timer = setTimeout(() => child.kill("SIGKILL"), PROCESS_KILL_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start ${cmd}: ${e.message}. Install libreoffice-calc-nogui and poppler-utils.`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
