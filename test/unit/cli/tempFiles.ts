// Temporary folders and workbook files for the CLI tests; fixtures are built in code, never checked in.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";

/** A fresh temporary folder for one test file. */
export function tempDir(prefix = "par-index-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Saves the workbook as `name` in `dir` and returns the path. */
export async function saveWorkbook(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Loads a file with plain ExcelJS (no project code), to check what was really written. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
