#!/usr/bin/env node
// The par-index command (built from src/cli by `npm run build:cli`, which `npm install` runs).
// The exit status is set, never forced with process.exit(): stdout may still be draining into a
// pipe, and process.exit() would cut it (at 64 KiB on Linux). The process ends when all is written.
"use strict";
let main;
try {
  ({ main } = require("../dist/cli/cli/main.js"));
} catch {
  process.stderr.write(
    "par-index chưa được biên dịch: chạy `npm run build:cli`. (Not built yet: run `npm run build:cli`.)\n",
  );
  process.exitCode = 2;
}
// A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go,
// which is no error of ours (as with any Unix tool); anything else on the way out is reported once.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") return;
    try {
      process.stderr.write(
        `par-index: không ghi được kết quả ra (${e && e.code}) / cannot write the output (${e && e.code})\n`,
      );
    } catch {
      // stderr itself is gone: nothing left to tell.
    }
    process.exitCode = 2;
  });
}
if (main)
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      // main() answers every expected failure itself; this is the last net: one line, no stack.
      process.stderr.write(
        `par-index: lỗi không mong đợi: ${e && e.message} (unexpected error; PAR_DEBUG=1 shows details)\n`,
      );
      if (process.env.PAR_DEBUG) process.stderr.write(`${e && e.stack}\n`);
      process.exitCode = 3;
    },
  );
