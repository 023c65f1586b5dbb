// Preloaded (`node -r`) into a process the bench times from outside: on exit, writes the process's
// peak memory and CPU time to the file named by BENCH_PROBE_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ peakRssMb: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  });
}
