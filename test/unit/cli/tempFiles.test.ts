import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { removeStaleTemps, tempName, writeXlsxAtomic } from "../../../src/cli/xlsx/index";
import { OutputFileError } from "../../../src/cli/xlsx/errors";
import { tempDir } from "./tempFiles";

// Our hidden temporary files (".name.<pid>.<time>.tmp" beside the output): a dead process's are
// removed by the next write; a running one's are left; a failed write leaves none.

function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = 1;
  return wb;
}

const ours = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"));

it("removes the temporary files of processes that no longer run, and keeps those of a running one", async () => {
  const dir = tempDir();
  const out = path.join(dir, "kq.xlsx");
  const stale = tempName(out, deadPid(), Date.now() - 60_000);
  const live = tempName(out, process.ppid, Date.now());
  const other = path.join(dir, ".khac.xlsx.1.abc.tmp"); // another output's: not touched
  const notOurs = path.join(dir, ".kq.xlsx.ghi-chu.tmp");
  for (const f of [stale, live, other, notOurs]) fs.writeFileSync(f, "x");
  await writeXlsxAtomic(workbook(), out);
  expect(fs.existsSync(out)).toBe(true);
  expect(fs.existsSync(stale)).toBe(false);
  expect(fs.existsSync(live)).toBe(true);
  expect(fs.existsSync(other)).toBe(true);
  expect(fs.existsSync(notOurs)).toBe(true);
  expect(await removeStaleTemps(out)).toEqual([]);
});

it("leaves no temporary file when the write fails", async () => {
  const dir = tempDir();
  const asFolder = path.join(dir, "la-thu-muc.xlsx");
  fs.mkdirSync(asFolder);
  fs.writeFileSync(path.join(asFolder, "x"), "x"); // a folder that is not empty cannot be renamed over
  await expect(writeXlsxAtomic(workbook(), asFolder)).rejects.toBeInstanceOf(OutputFileError);
  expect(ours(dir)).toEqual([]);
  const bad = () => Promise.reject(new Error("disk full"));
  await expect(writeXlsxAtomic(bad, path.join(dir, "b.xlsx"))).rejects.toBeInstanceOf(OutputFileError);
  expect(ours(dir)).toEqual([]);
  expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
});

it("removes its temporary file when killed during the write (SIGTERM)", () => {
  // A child writes a workbook whose writeBuffer never ends, and is sent SIGTERM once its temp file
  // would exist: the file must be gone and the child dead of the signal.
  const dir = tempDir();
  const script = `
    const { writeXlsxAtomic } = require(${JSON.stringify(path.resolve(__dirname, "../../../dist/cli/cli/xlsx/writeXlsx.js"))});
    const fs = require("node:fs");
    const wb = async () => Buffer.from("x");
    const real = fs.promises.rename;
    fs.promises.rename = async () => { process.kill(process.pid, "SIGTERM"); await new Promise((r) => setTimeout(r, 5000)); return real; };
    writeXlsxAtomic(wb, ${JSON.stringify(path.join(dir, "kq.xlsx"))});
  `;
  if (!fs.existsSync(path.resolve(__dirname, "../../../dist/cli/cli/xlsx/writeXlsx.js"))) return;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(r.signal).toBe("SIGTERM");
  expect(ours(dir)).toEqual([]);
  expect(fs.existsSync(path.join(dir, "kq.xlsx"))).toBe(false);
}, 60_000);
