#!/usr/bin/env node
// Offline check of an Office add-in XML manifest against Microsoft's XSD schemas.
// Office's online validator is unreachable here, so we use xmllint with the schemas in ../shared.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const manifest = path.resolve(process.argv[2] || "manifest.xml");
const schemaDir =
  process.env.PAR_MANIFEST_SCHEMAS || path.resolve(__dirname, "..", "..", "shared", "schemas", "office-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

if (!fs.existsSync(manifest)) {
  console.error(`Không tìm thấy tệp manifest: ${manifest} (manifest file not found)`);
  process.exit(2);
}
if (!fs.existsSync(schema)) {
  console.error(
    `Bỏ qua kiểm tra XSD: không có thư mục lược đồ ${schemaDir}.\n` +
      `Skipped the XSD check: the schema folder ${schemaDir} is absent. ` +
      "Set PAR_MANIFEST_SCHEMAS to a folder holding OfficeAppManifestV1_1.xsd, or run `npx office-addin-manifest validate manifest.xml` where the Internet is reachable.",
  );
  process.exit(process.env.CI ? 1 : 0);
}
const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  console.error(
    "Cần xmllint để kiểm tra manifest (apt-get install libxml2-utils). xmllint is required (libxml2-utils).",
  );
  process.exit(2);
}
const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
process.stdout.write(run.stdout || "");
process.stderr.write(run.stderr || "");
if (run.status === 0) console.log(`Manifest hợp lệ / manifest is valid: ${path.relative(process.cwd(), manifest)}`);
process.exit(run.status === 0 ? 0 : 1);
