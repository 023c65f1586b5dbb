#!/usr/bin/env node
// `npm start` / `npm stop`: sideload via office-addin-debugging where it is installed
// (an optional dependency: its native keytar does not build on a bare Linux machine).
"use strict";
const { spawnSync } = require("node:child_process");
let bin;
try {
  bin = require.resolve("office-addin-debugging/cli.js");
} catch {
  console.error(
    "Không có office-addin-debugging (chỉ cài được trên Windows/macOS). Trên Linux hãy dùng Excel trên web: " +
      "chạy `npm run dev-server` rồi tải manifest.xml lên (Chèn → Bổ trợ → Tải bổ trợ của tôi lên).\n" +
      "office-addin-debugging is not installed (sideloading works on Windows/macOS). On Linux use Excel on the web: " +
      "run `npm run dev-server` and upload manifest.xml (Insert → Add-ins → Upload My Add-in).",
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
