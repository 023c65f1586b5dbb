#!/usr/bin/env node
// Until the command line lands, the main job is the engine's own test suite.
"use strict";
const { spawnSync } = require("node:child_process");
console.log("par-index chưa có; chạy bộ kiểm thử của lõi. (The CLI is not built yet: running the engine tests.)");
const r = spawnSync("npx", ["jest", "--selectProjects", "unit"], { stdio: "inherit" });
process.exit(r.status ?? 1);
