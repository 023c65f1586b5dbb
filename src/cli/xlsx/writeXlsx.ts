// Saving the output workbook so that a failure (disk full, file open in Excel, crash) never leaves
// a half-written file behind: write a temporary file next to the target, then rename it over.
// The temporary file is removed on any failure and on Ctrl-C or kill (SIGINT, SIGTERM, SIGHUP);
// one left by a process that died harder (SIGKILL, power cut) is removed by the next run.
import { promises as fs, rmSync } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { OutputFileError } from "./errors.js";
import { renderXlsx } from "./renderXlsx.js";

/** What to save: an ExcelJS workbook (rendered by renderXlsx), or a function giving the file's bytes. */
export type XlsxSource = ExcelJS.Workbook | (() => Promise<Buffer>);

/** Name of our temporary file for `outFile`: hidden, beside it, with our process id. */
export function tempName(outFile: string, pid = process.pid, time = Date.now()): string {
  return path.join(path.dirname(path.resolve(outFile)), `.${path.basename(outFile)}.${pid}.${time.toString(36)}.tmp`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false; // not this run's: it has not made one yet
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes our temporary files for `outFile` whose process no longer runs; returns the paths removed. */
export async function removeStaleTemps(outFile: string): Promise<string[]> {
  const dir = path.dirname(path.resolve(outFile));
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(outFile))}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const file = path.join(dir, name);
    try {
      const st = await fs.lstat(file);
      if (!st.isFile()) continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Writes the workbook to `outFile` all or nothing; throws OutputFileError (naming the file) and leaves any previous file intact on failure. */
export async function writeXlsxAtomic(workbook: XlsxSource, outFile: string): Promise<void> {
  await removeStaleTemps(outFile);
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = tempName(outFile);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal); // die of it, as without us
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    const data = typeof workbook === "function" ? await workbook() : await renderXlsx(workbook);
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, outFile);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new OutputFileError(outFile, err.code ?? err.message ?? String(e), { cause: e });
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}
