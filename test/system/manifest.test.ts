import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// The manifest is checked offline against Microsoft's XSD (needs xmllint and ../shared/schemas).
const root = path.resolve(__dirname, "..", "..");
const validate = (file: string) =>
  spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), file], { encoding: "utf8" });

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
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, broken);
    const r = validate(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Permissions/);
  });

  it("points at bundles the production build produces", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const pages = [...xml.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/g)].map((m) => m[1]);
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "assets/icon-80.png"]));
    const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const page of ["taskpane.html", "commands.html"]) expect(config).toContain(`filename: "${page}"`);
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(root, "assets", `icon-${size}.png`))).toBe(true);
  });
});
