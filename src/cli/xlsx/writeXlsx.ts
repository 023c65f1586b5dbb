// Saving the output workbook so that a failure (disk full, file open in Excel, crash) never leaves
// a half-written file behind: write a temporary file next to the target, then rename it over.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { OutputFileError } from "./errors.js";

/** Writes the workbook to `outFile` all or nothing; throws OutputFileError (naming the file) and leaves any previous file intact on failure. */
export async function writeXlsxAtomic(workbook: ExcelJS.Workbook, outFile: string): Promise<void> {
  const dir = path.dirname(path.resolve(outFile));
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = path.join(dir, `.${path.basename(outFile)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const data = await workbook.xlsx.writeBuffer();
    await fs.writeFile(temp, data as unknown as Uint8Array, { flag: "wx" }); // a Node Buffer, whatever ExcelJS types say
    await fs.rename(temp, outFile);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new OutputFileError(outFile, err.code ?? err.message ?? String(e), { cause: e });
  }
}
