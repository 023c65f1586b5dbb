// The command line against its floor: `par-index score --out` on a sample file versus a process
// that only has ExcelJS read that file and write it back, timed in the same run, interleaved.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { FloorTimings } from "./floor.js";
import { CpuBreakdown, profileNode, REPO, BENCH_DIST, runNode } from "./processes.js";
import { median } from "./stats.js";
import { FRAMEWORK_ID } from "./workload.js";

export interface CliFigures {
  units: number;
  runs: number;
  inputBytes: number;
  outputBytes: number;
  /** Median wall time of `par-index score --out`, ms (process start to exit). */
  cliMs: number;
  /** Median wall time of the ExcelJS-only read + write process, ms. */
  floorMs: number;
  /** cliMs / floorMs. */
  ratio: number;
  /**
   * The floor had it written our result instead of its input: floorMs − its write + ExcelJS's time to
   * write the result file (measured once). What ExcelJS alone needs for this input and this output.
   */
  sameOutputFloorMs: number;
  /** cliMs / sameOutputFloorMs: what our code adds on top of ExcelJS. */
  sameOutputRatio: number;
  cliPeakRssMb: number;
  floorPeakRssMb: number;
  /** Where the CPU of one profiled run went (only with --profile). */
  cliCpu?: CpuBreakdown;
  floorCpu?: CpuBreakdown;
}

const BIN = path.join(REPO, "bin", "par-index.js");
const FLOOR = path.join(BENCH_DIST, "floor.js");
// `score` exits 1 when the units' sheets hold errors, which the sample's planted problems do.
const SCORE_CODES = [0, 1];

/** Writes the sample workbook of `units` units with `par-index sample` (not timed); returns its path. */
export async function sampleFile(units: number, dir: string): Promise<string> {
  const file = path.join(dir, `units-${units}.xlsx`);
  await runNode([BIN, "sample", "--framework", FRAMEWORK_ID, "--units", String(units), "--out", file]);
  return file;
}

/** Times the command line and the floor `runs` times each, alternating, on the same input. */
export async function measureCli(units: number, runs: number, dir: string, profile: boolean): Promise<CliFigures> {
  const input = await sampleFile(units, dir);
  const cliOut = path.join(dir, `result-${units}.xlsx`);
  const floorOut = path.join(dir, `floor-${units}.xlsx`);
  const cliArgs = [BIN, "score", "--out", cliOut, input];
  const floorArgs = [FLOOR, input, floorOut];
  const cli = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    cli.push(await runNode(cliArgs, { okCodes: SCORE_CODES }));
    floor.push(await runNode(floorArgs, { keepStdout: true }));
  }
  const cliMs = median(cli.map((r) => r.wallMs));
  const floorMs = median(floor.map((r) => r.wallMs));
  const timings = (stdout: string) => JSON.parse(stdout.trim().split("\n").pop()!) as FloorTimings;
  const withResult = timings((await runNode([...floorArgs, cliOut], { keepStdout: true })).stdout);
  const sameOutputFloorMs = floorMs - median(floor.map((r) => timings(r.stdout).writeMs)) + withResult.resultWriteMs!;
  const out: CliFigures = {
    units,
    runs,
    inputBytes: (await fs.stat(input)).size,
    outputBytes: (await fs.stat(cliOut)).size,
    cliMs,
    floorMs,
    ratio: cliMs / floorMs,
    sameOutputFloorMs,
    sameOutputRatio: cliMs / sameOutputFloorMs,
    cliPeakRssMb: Math.max(...cli.map((r) => r.peakRssMb)),
    floorPeakRssMb: Math.max(...floor.map((r) => r.peakRssMb)),
  };
  if (profile) {
    out.cliCpu = await profileNode(cliArgs, SCORE_CODES);
    out.floorCpu = await profileNode(floorArgs, [0]);
  }
  return out;
}
