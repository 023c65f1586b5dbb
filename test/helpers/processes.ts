// Tests that start a process: the CLI in a fresh node, LibreOffice, xmllint (through the manifest
// script), webpack and Chromium. They run on a 2-core machine shared with other suites and other
// work, where a process takes several times as long as on an idle machine (the CLI on a 50,000-row
// file: 26 s at load 11, against jest's default of 5 s per test). Every such test sets one of these
// timeouts explicitly, and no process call is killed sooner than any test would time out
// (PROCESS_KILL_MS): on a slow machine jest reports the slow test, never a process cut off halfway.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** A test or hook that runs the CLI a few times (1–3 s a run when idle; the 50,000-row file 8 s). */
export const CLI_TIMEOUT_MS = 180_000;
/** Building the CLI (tsc) or the web bundles (webpack): 20–60 s when idle. */
export const BUILD_TIMEOUT_MS = 600_000;
/** A test or hook in which LibreOffice recalculates workbooks (5–20 s a file when idle, the first start longest). */
export const LIBREOFFICE_TIMEOUT_MS = 600_000;
/** The browser workflow: builds the bundles, starts Chromium, and waits on the page at every step. */
export const BROWSER_TIMEOUT_MS = 600_000;
/**
 * When a process call gives up: never sooner than the longest test timeout above, so it only stops
 * a process that hangs (a synchronous call blocks jest's own timer until the process ends).
 */
export const PROCESS_KILL_MS = Math.max(CLI_TIMEOUT_MS, BUILD_TIMEOUT_MS, LIBREOFFICE_TIMEOUT_MS, BROWSER_TIMEOUT_MS);

/** The repository's root folder. */
export const ROOT = path.resolve(__dirname, "..", "..");
/** The `par-index` command as installed (bin/par-index.js, which loads dist/cli). */
export const CLI = path.join(ROOT, "bin", "par-index.js");

/** Builds the CLI into dist/ (`npm run build:cli`) unless it is there already. */
export function ensureCliBuilt(): void {
  if (fs.existsSync(path.join(ROOT, "dist", "cli", "cli", "main.js"))) return;
  const b = spawnSync("npm", ["run", "build:cli"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: PROCESS_KILL_MS,
    killSignal: "SIGKILL",
  });
  if (b.error) throw new Error(`npm run build:cli: ${b.error.message}`);
  if (b.status !== 0) throw new Error(b.stderr);
}

/** Runs `par-index args…` in `cwd` in a fresh node process, as a user would; throws only when it cannot run or hangs. */
export function runCli(
  args: readonly string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: PROCESS_KILL_MS,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`par-index ${args.join(" ")}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
