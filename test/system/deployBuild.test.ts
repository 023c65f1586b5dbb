// The production build for an office's own HTTPS address: `ADDIN_URL=https://host/sub/folder
// webpack --mode production` (what `npm run build` runs) writes a manifest whose every URL is under
// that address and which validates against Microsoft's schema (xmllint), bundles with content-hashed
// names that the pages load, no preview or fake, and the user guide in both languages with every rule
// of the catalogue and the screenshots it was given (PAR_HELP_SCREENSHOTS stands in for the browser
// test's folder). Built once into a temporary folder (dist/web stays untouched).
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { RULE_CATALOGUE } from "../../src/core/index";
import { tempDir } from "../helpers/files";
import { BUILD_TIMEOUT_MS, PROCESS_KILL_MS, ROOT as root } from "../helpers/processes";

// webpack in production mode: a minute or more on a busy 2-core machine.
jest.setTimeout(BUILD_TIMEOUT_MS);

const ADDIN_URL = "https://cchc.soNoiVu.example.gov.vn:8443/ung-dung/par-index/";
const BASE = "https://cchc.sonoivu.example.gov.vn:8443/ung-dung/par-index"; // as normalised: lower-case host, no trailing slash
const ORIGIN = "https://cchc.sonoivu.example.gov.vn:8443";

let out: string;
let manifest: string;
let shots: string;
/** Two of the browser test's screenshots (any PNG will do: the build copies, it does not look). */
const SHOTS = ["03-kiem-tra", "06-xep-hang"];

beforeAll(() => {
  out = tempDir("par-index-deploy-");
  shots = tempDir("par-index-shots-");
  for (const s of SHOTS) fs.copyFileSync(path.join(root, "assets", "icon-80.png"), path.join(shots, `${s}.png`));
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      stdio: "pipe",
      env: { ...process.env, ADDIN_URL, PAR_HELP_SCREENSHOTS: shots },
      timeout: PROCESS_KILL_MS,
      killSignal: "SIGKILL",
    },
  );
  manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
  if (shots) fs.rmSync(shots, { recursive: true, force: true });
});

/** Every http(s) address in the manifest except the XML namespaces (xmlns…="…"). */
const urlsOf = (xml: string) =>
  [...xml.matchAll(/(xmlns(?::\w+)?=")?(https?:\/\/[^"<\s]+)/g)].filter((m) => !m[1]).map((m) => m[2]);

describe("a production build for ADDIN_URL with a sub-folder", () => {
  it("puts every URL of the manifest under that address (the app domain is its origin)", () => {
    const urls = urlsOf(manifest);
    // 2 icons, support, app domain, source location, 3 ribbon images, 3 bt:Url.
    expect(urls).toHaveLength(11);
    expect(urls.filter((u) => !u.startsWith(BASE + "/"))).toEqual([ORIGIN]);
    expect(manifest).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
    expect(manifest).not.toMatch(/localhost/);
    for (const [tag, page] of [
      ["SourceLocation", "taskpane.html"],
      ["SupportUrl", "help.html"],
      ["IconUrl", "assets/icon-32.png"],
      ["HighResolutionIconUrl", "assets/icon-64.png"],
    ])
      expect(manifest).toContain(`<${tag} DefaultValue="${BASE}/${page}"/>`);
    for (const id of ["GetStarted.LearnMoreUrl", "Commands.Url", "Taskpane.Url"])
      expect(manifest).toMatch(new RegExp(`<bt:Url id="${id.replace(".", "\\.")}" DefaultValue="${BASE}/`));
  });

  it("points only at files the build wrote", () => {
    const files = urlsOf(manifest)
      .filter((u) => u !== ORIGIN)
      .map((u) => u.slice(BASE.length + 1));
    for (const f of files) expect(fs.existsSync(path.join(out, f))).toBe(true);
  });

  it("takes its <Version> from package.json", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    expect(manifest).toContain(`<Version>${version.split("-")[0]}.0</Version>`);
  });

  it("validates against the Office add-in schema", () => {
    const file = path.join(out, "manifest.xml");
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), file], {
      encoding: "utf8",
      timeout: PROCESS_KILL_MS,
      killSignal: "SIGKILL",
    });
    expect(r.stderr + r.stdout).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("names bundles by content hash and loads them from the pages by relative paths", () => {
    const names = fs.readdirSync(out);
    const bundles = names.filter((n) => n.endsWith(".js"));
    expect(bundles.sort()).toEqual([
      expect.stringMatching(/^commands\.[0-9a-f]{10}\.js$/),
      // The engine's Web Worker, loaded by the task pane relative to its own script.
      expect.stringMatching(/^par-index-engine\.[0-9a-f]{10}\.js$/),
      expect.stringMatching(/^taskpane\.[0-9a-f]{10}\.js$/),
    ]);
    for (const page of ["taskpane", "commands"]) {
      const html = fs.readFileSync(path.join(out, `${page}.html`), "utf8");
      const bundle = bundles.find((b) => b.startsWith(`${page}.`))!;
      // Relative to the page, so the sub-folder needs no setting of its own.
      expect(html).toMatch(new RegExp(`src="?${bundle.replace(/\./g, "\\.")}[\\s">]`));
    }
  });

  it("holds no preview page, no fake and no source maps", () => {
    const all = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.relative(out, path.join(dir, e.name))]));
    const files = all(out);
    expect(files.filter((f) => /preview|\.map$/.test(f))).toEqual([]);
    for (const f of files.filter((n) => n.endsWith(".js")))
      expect(fs.readFileSync(path.join(out, f), "utf8")).not.toMatch(/__parPreview|FakeExcel/);
  });

  it("serves the user guide at the support URL, in Vietnamese and English, with every rule and its screenshots", () => {
    expect(manifest).toContain(`<SupportUrl DefaultValue="${BASE}/help.html"/>`);
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    for (const [page, lang, other] of [
      ["help.html", "vi", "help-en.html"],
      ["help-en.html", "en", "help.html"],
    ]) {
      const html = fs.readFileSync(path.join(out, page), "utf8");
      expect(html).toMatch(new RegExp(`<html lang="?${lang}"?>`));
      expect(html).toMatch(new RegExp(`href="?${other.replace(".", "\\.")}"?`));
      for (const rule of RULE_CATALOGUE) expect(html).toMatch(new RegExp(`id="?rule-${rule.id}[\\s">]`));
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain(version);
      // Relative to the page, so the sub-folder needs nothing of its own.
      const imgs = [...html.matchAll(/<img[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
      // Only the screenshots the build was given (03-kiem-tra is the Vietnamese page's; the English page
      // shows the English pane, 08-english, which the build was not given).
      expect(imgs).toEqual(lang === "vi" ? SHOTS.map((s) => `help/${s}.png`) : ["help/06-xep-hang.png"]);
    }
    for (const s of SHOTS) expect(fs.existsSync(path.join(out, "help", `${s}.png`))).toBe(true);
  });
});
