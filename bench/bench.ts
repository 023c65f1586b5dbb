// `npm run bench [-- --json] [-- --sizes 10,150] [-- --profile]`: the cost of the engine, of the
// Excel adapter on its fake and of the command line against ExcelJS alone, on generated workbooks
// of 10, 150 and 1,000 units. Each size's engine and adapter run in a child process of their own,
// so that the peak memory is that size's. Progress goes to stderr; the table (or JSON) to stdout.
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { allNodes, leaves } from "../src/core/index.js";
import { measureAdapter } from "./adapter.js";
import { measureCli } from "./cli.js";
import { measureCore } from "./core.js";
import { REPO, runNode } from "./processes.js";
import { BenchRun, checkTargets, jsonReport, SizeFigures, tableReport } from "./report.js";
import { benchFramework } from "./workload.js";

const DEFAULT_SIZES = [10, 150, 1000];
const BIG = 1000;

interface Options {
  json: boolean;
  profile: boolean;
  sizes: number[];
  child?: { part: "core" | "adapter"; size: number; runs: number };
}

function parseOptions(argv: string[]): Options {
  const o: Options = { json: false, profile: false, sizes: DEFAULT_SIZES };
  const value = (i: number) => {
    if (argv[i + 1] === undefined) throw new Error(`bench: ${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") o.json = true;
    else if (a === "--profile") o.profile = true;
    else if (a === "--sizes") {
      o.sizes = value(i++).split(",").map(Number);
      if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5000))
        throw new Error("bench: --sizes takes whole numbers from 1 to 5000, e.g. --sizes 10,150");
    } else if (a === "--child") {
      const [part, size, runs] = value(i++).split(":");
      if (part !== "core" && part !== "adapter") throw new Error(`bench: unknown child part ${part}`);
      o.child = { part, size: Number(size), runs: Number(runs) };
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(
        "npm run bench [-- --json] [--sizes 10,150,1000] [--profile]\n  --json     one JSON document on stdout instead of the table\n  --sizes    unit counts to measure (default 10,150,1000)\n  --profile  also profile one command-line and one floor run per size (CPU by ExcelJS / core / shell / GC)\n",
      );
      process.exit(0);
    } else throw new Error(`bench: unknown argument ${a} (try --help)`);
  }
  return o;
}

const say = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function child(part: "core" | "adapter", size: number, runs: number): Promise<void> {
  const figures = part === "core" ? measureCore(size, runs) : await measureAdapter(size, runs);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Runs one part in a fresh process; its last stdout line is the figures. */
async function inChild<T>(part: "core" | "adapter", size: number, runs: number): Promise<T & { peakRssMb: number }> {
  const r = await runNode([path.join(__dirname, "bench.js"), "--child", `${part}:${size}:${runs}`], {
    nodeFlags: ["--expose-gc"],
    keepStdout: true,
  });
  const lines = r.stdout.trim().split("\n");
  return { ...(JSON.parse(lines[lines.length - 1]) as T), peakRssMb: r.peakRssMb };
}

async function measure<T>(failures: Record<string, string>, part: string, f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    failures[part] = (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 3).join(" ");
    say(`${part} failed: ${failures[part]}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (o.child) return child(o.child.part, o.child.size, o.child.runs);
  const dir = path.join(REPO, "bench-out");
  await fs.mkdir(dir, { recursive: true });
  const fw = benchFramework();
  const run: BenchRun = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "?",
      loadAverageAtStart: os.loadavg(),
    },
    framework: { id: fw.id, name: fw.name, leaves: leaves(fw).length, criteria: allNodes(fw).length },
    sizes: [],
    targets: [],
  };
  const started = Date.now();
  for (const units of o.sizes) {
    const big = units >= BIG;
    const s: SizeFigures = { units };
    const failures: Record<string, string> = {};
    say(`${units} units: engine…`);
    s.core = await measure(failures, "core", () => inChild("core", units, big ? 5 : 11));
    say(`${units} units: Excel adapter on the fake…`);
    s.adapter = await measure(failures, "adapter", () => inChild("adapter", units, big ? 1 : 3));
    say(`${units} units: command line and ExcelJS floor…`);
    s.cli = await measure(failures, "cli", () => measureCli(units, big ? 2 : 3, dir, o.profile));
    if (Object.keys(failures).length) s.failures = failures;
    run.sizes.push(s);
  }
  run.targets = checkTargets(run.sizes);
  say(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const doc = jsonReport(run);
  await fs.writeFile(path.join(dir, "bench.json"), `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(o.json ? `${JSON.stringify(doc, null, 2)}\n` : tableReport(run));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
