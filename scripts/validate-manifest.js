#!/usr/bin/env node
// Offline check of an Office add-in XML manifest against Microsoft's XSD schemas with xmllint.
// The schemas ship with the repository (scripts/schemas/office-manifest, see its README for their
// source and terms); PAR_MANIFEST_SCHEMAS points at another copy. The check never passes silently:
// no schema or no xmllint is a failure (exit 2) with what to do, an invalid manifest exit 1.
//   node scripts/validate-manifest.js [manifest.xml …]
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const manifests = (process.argv.length > 2 ? process.argv.slice(2) : ["manifest.xml"]).map((f) => path.resolve(f));
const schemaDir = path.resolve(process.env.PAR_MANIFEST_SCHEMAS || path.join(__dirname, "schemas", "office-manifest"));
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

for (const manifest of manifests) {
  if (!fs.existsSync(manifest)) {
    console.error(`Không tìm thấy tệp manifest: ${manifest} (manifest file not found)`);
    process.exit(2);
  }
}
if (!fs.existsSync(schema)) {
  console.error(
    `Không kiểm tra được manifest: thiếu lược đồ ${schema}.\n` +
      `Cannot check the manifest: the schema ${schema} is missing.\n` +
      "Lược đồ đi kèm kho mã trong scripts/schemas/office-manifest; nếu đặt PAR_MANIFEST_SCHEMAS, thư mục đó phải có OfficeAppManifestV1_1.xsd và các tệp nó nhập. " +
      "The schemas ship in scripts/schemas/office-manifest; if PAR_MANIFEST_SCHEMAS is set, that folder must hold OfficeAppManifestV1_1.xsd and the files it imports " +
      "(Microsoft publishes them in [MS-OWEMXML], https://learn.microsoft.com/openspecs/office_file_formats/ms-owemxml/).",
  );
  process.exit(2);
}
const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  console.error(
    "Cần xmllint để kiểm tra manifest (Debian/Ubuntu: apt-get install libxml2-utils). " +
      "xmllint is required to check the manifest (libxml2-utils).",
  );
  process.exit(2);
}
let failed = false;
for (const manifest of manifests) {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  process.stdout.write(run.stdout || "");
  process.stderr.write(run.stderr || "");
  const name = path.relative(process.cwd(), manifest) || manifest;
  if (run.status === 0) console.log(`Manifest hợp lệ / manifest is valid: ${name}`);
  else {
    console.error(`Manifest KHÔNG hợp lệ / manifest is NOT valid: ${name}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
