// The floor the command line is measured against: ExcelJS alone reading a workbook file and
// writing a workbook of the same sheets, nothing else. Prints its own timings as JSON.
//   node floor.js <in.xlsx> <out.xlsx> [<result.xlsx>]
// With a result file (the command line's output), it then also loads that (not timed) and times
// ExcelJS writing it: the cost of saving a workbook as big as ours, which no code of ours adds.
import { performance } from "node:perf_hooks";
import * as ExcelJS from "exceljs";

export interface FloorTimings {
  readMs: number;
  writeMs: number;
  resultWriteMs?: number;
}

async function floor(input: string, output: string, result?: string): Promise<FloorTimings> {
  const t0 = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const t1 = performance.now();
  await workbook.xlsx.writeFile(output);
  const t2 = performance.now();
  const out: FloorTimings = { readMs: t1 - t0, writeMs: t2 - t1 };
  if (result) {
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.readFile(result);
    const t3 = performance.now();
    await ours.xlsx.writeFile(output.replace(/\.xlsx$/i, "") + "-result.xlsx");
    out.resultWriteMs = performance.now() - t3;
  }
  return out;
}

const [input, output, result] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write("usage: node floor.js <in.xlsx> <out.xlsx> [<result.xlsx>]\n");
  process.exit(2);
}
floor(input, output, result).then(
  (t) => process.stdout.write(`${JSON.stringify(t)}\n`),
  (e: unknown) => {
    process.stderr.write(`floor: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
