// Running node processes from the bench: wall time measured from outside, peak memory and CPU
// time reported from inside by probe.js, and an optional CPU profile.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";

export const REPO = path.resolve(__dirname, "..", "..", "..");
export const BENCH_DIST = __dirname;

export interface ProcessRun {
  wallMs: number;
  peakRssMb: number;
  cpuMs: number;
  exitCode: number;
  stdout: string;
}

/** Runs `node <args>` from the repository root; rejects when the exit code is not among `okCodes`. */
export async function runNode(
  args: string[],
  options: { okCodes?: number[]; nodeFlags?: string[]; keepStdout?: boolean } = {},
): Promise<ProcessRun> {
  const probeFile = path.join(REPO, "bench-out", `.probe-${process.pid}-${Date.now().toString(36)}.json`);
  const flags = [...(options.nodeFlags ?? []), "-r", path.join(BENCH_DIST, "probe.js")];
  const started = performance.now();
  const child = spawn(process.execPath, [...flags, ...args], {
    cwd: REPO,
    env: { ...process.env, BENCH_PROBE_FILE: probeFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    if (options.keepStdout) stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? -1));
  });
  const wallMs = performance.now() - started;
  const okCodes = options.okCodes ?? [0];
  if (!okCodes.includes(exitCode))
    throw new Error(`bench: \`node ${args.join(" ")}\` exited with ${exitCode}\n${stderr.slice(-2000)}`);
  let probe = { peakRssMb: Number.NaN, cpuMs: Number.NaN };
  try {
    probe = JSON.parse(await fs.readFile(probeFile, "utf8")) as typeof probe;
  } finally {
    await fs.rm(probeFile, { force: true });
  }
  return { wallMs, exitCode, stdout, ...probe };
}

/** Where the CPU went in a profile, by who runs the code (self time, ms). */
export interface CpuBreakdown {
  /** ExcelJS and the zip / XML libraries under it. */
  exceljs: number;
  /** Our engine (src/core). */
  core: number;
  /** Our command-line shell (src/cli) and the bench's own scripts. */
  shell: number;
  gc: number;
  /** Node itself (module loading, streams, fs, the compiler). */
  node: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of a V8 .cpuprofile summed by CpuBreakdown category (idle time left out). */
export function cpuBreakdown(profile: CpuProfile): CpuBreakdown {
  const out: CpuBreakdown = { exceljs: 0, core: 0, shell: 0, gc: 0, node: 0 };
  const category = new Map<number, keyof CpuBreakdown | null>();
  for (const n of profile.nodes) {
    const { functionName, url } = n.callFrame;
    let c: keyof CpuBreakdown | null;
    if (functionName === "(idle)") c = null;
    else if (functionName === "(garbage collector)") c = "gc";
    else if (url.includes("/node_modules/")) c = "exceljs";
    else if (/\/core\/[^/]+/.test(url) && url.includes("/dist/")) c = "core";
    else if (url.includes("/dist/")) c = "shell";
    else c = "node";
    category.set(n.id, c);
  }
  profile.samples.forEach((id, i) => {
    const c = category.get(id);
    if (c) out[c] += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

/** Runs `node --cpu-prof <args>` and returns where its CPU time went. */
export async function profileNode(args: string[], okCodes: number[]): Promise<CpuBreakdown> {
  const dir = path.join(REPO, "bench-out", `.prof-${process.pid}-${Date.now().toString(36)}`);
  await fs.mkdir(dir, { recursive: true });
  try {
    await runNode(args, { okCodes, nodeFlags: ["--cpu-prof", "--cpu-prof-dir", dir] });
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".cpuprofile"));
    if (files.length !== 1) throw new Error(`bench: expected one CPU profile in ${dir}, found ${files.length}`);
    return cpuBreakdown(JSON.parse(await fs.readFile(path.join(dir, files[0]), "utf8")) as CpuProfile);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
