#!/usr/bin/env node
// `npm run demo`: the main job on the bundled sample data. Builds a sample consolidation workbook
// (14 phường and xã, a few with the typical problems), validates it, scores it into a result
// workbook with live formulas, and prints the ranking.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "bin", "par-index.js");
const input = path.join("sample", "ho-so-mau.xlsx");
const output = path.join("sample", "ket-qua.xlsx");
fs.mkdirSync(path.join(root, "sample"), { recursive: true });

function run(args, opts = {}) {
  console.log(`\n$ par-index ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: opts.capture ? "pipe" : "inherit",
  });
  if (r.status === 2 || r.status === 3 || r.status === null) {
    if (opts.capture) process.stderr.write(r.stderr || "");
    console.error(`par-index ${args[0]} thất bại (exit ${r.status}).`);
    process.exit(1);
  }
  return r;
}

if (!fs.existsSync(path.join(root, "dist", "cli", "cli", "main.js"))) {
  const b = spawnSync("npm", ["run", "build:cli"], { cwd: root, stdio: "inherit" });
  if (b.status !== 0) process.exit(1);
}
run(["sample", "--out", input]);
const v = run(["validate", "--json", input], { capture: true });
const doc = JSON.parse(v.stdout);
const count = (s) => doc.findings.filter((f) => f.severity === s).length;
console.log(
  `Kiểm tra: ${doc.units.length} đơn vị; ${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin ` +
    `(exit ${v.status}: bộ mẫu cố ý chứa lỗi thường gặp / the sample has planted problems).`,
);
run(["score", "--out", output, input]);
console.log(
  `\nMở ${output} trong Excel để xem Tổng hợp, Xếp hạng, Kế hoạch khắc phục (công thức sống). / Open it in Excel.`,
);
