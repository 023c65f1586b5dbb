import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/files";
import { CLI_TIMEOUT_MS, PROCESS_KILL_MS, ROOT as root } from "../helpers/processes";

// The manifest is checked offline against Microsoft's XSD (needs xmllint; the schemas ship in
// scripts/schemas/office-manifest). The build for another address: test/system/deployBuild.test.ts.

// Each check starts node and xmllint on the whole add-in schema: seconds on a busy 2-core machine.
jest.setTimeout(CLI_TIMEOUT_MS);

const validate = (file: string, env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), file], {
    encoding: "utf8",
    env,
    timeout: PROCESS_KILL_MS,
    killSignal: "SIGKILL",
  });
  if (r.error) throw new Error(`validate-manifest ${file}: ${r.error.message}`);
  return r;
};

describe("manifest.xml", () => {
  it("validates against the Office add-in schema", () => {
    const r = validate(path.join(root, "manifest.xml"));
    expect(r.stderr + r.stdout).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("a deliberately broken copy fails validation", () => {
    const broken = fs
      .readFileSync(path.join(root, "manifest.xml"), "utf8")
      .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>");
    const file = path.join(tempDir("manifest-"), "manifest.xml");
    fs.writeFileSync(file, broken);
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Permissions/);
  });

  it("validates with the schemas of the repository alone (not ../shared)", () => {
    const env = { ...process.env };
    delete env.PAR_MANIFEST_SCHEMAS;
    const r = validate(path.join(root, "manifest.xml"), env);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(root, "scripts", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd"))).toBe(
      true,
    );
  });

  it("never passes silently without the schemas: it fails and says how to get them", () => {
    for (const CI of [undefined, "true"]) {
      const env: NodeJS.ProcessEnv = { ...process.env, PAR_MANIFEST_SCHEMAS: path.join(tempDir("no-schemas-"), "x") };
      if (CI === undefined) delete env.CI;
      else env.CI = CI;
      const r = validate(path.join(root, "manifest.xml"), env);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/thiếu lược đồ/);
      expect(r.stderr).toMatch(/MS-OWEMXML/);
    }
  });

  it("has the version of package.json", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    expect(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")).toContain(
      `<Version>${version.split("-")[0]}.0</Version>`,
    );
  });

  it("points at bundles the production build produces", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const pages = [...xml.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/g)].map((m) => m[1]);
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "assets/icon-80.png"]));
    const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const page of ["taskpane.html", "commands.html"]) expect(config).toContain(`filename: "${page}"`);
    for (const size of [16, 32, 64, 80])
      expect(fs.existsSync(path.join(root, "assets", `icon-${size}.png`))).toBe(true);
  });
});
