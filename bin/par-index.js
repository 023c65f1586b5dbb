#!/usr/bin/env node
// The par-index command (built from src/cli by `npm run build:cli`, which `npm install` runs).
"use strict";
let main;
try {
  ({ main } = require("../dist/cli/cli/main.js"));
} catch {
  console.error("par-index chưa được biên dịch: chạy `npm run build:cli`. (Not built yet: run `npm run build:cli`.)");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
