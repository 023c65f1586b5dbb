// The fake Excel and the preview page stay out of production: webpack's configuration has no
// preview entry or page unless asked (--env preview) and guards every other build; the production
// entries' imports never reach src/excel/fake or src/preview; `npm run build` does not ask for the
// preview. Each check is shown to fail on what it must refuse.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../../..");
const FAKE = path.join(root, "src", "excel", "fake");
const PREVIEW = path.join(root, "src", "preview");

interface WebpackConfig {
  entry: Record<string, string>;
  output: { path: string };
  plugins: object[];
}
type ConfigFactory = ((env: Record<string, unknown>, argv: { mode?: string }) => WebpackConfig) & {
  previewLeaks(moduleResources: string[], assetNames: string[]): string[];
};

const configFactory = createRequire(__filename)(path.join(root, "webpack.config.js")) as ConfigFactory;

/** The configuration webpack builds for this mode and --env (the dev-certificate warning silenced). */
function configFor(mode: "production" | "development", env: Record<string, unknown> = {}): WebpackConfig {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    return configFactory(env, { mode });
  } finally {
    warn.mockRestore();
  }
}

const pagesOf = (c: WebpackConfig) =>
  c.plugins
    .map((p) => (p as { userOptions?: { filename?: string } }).userOptions?.filename)
    .filter((f): f is string => typeof f === "string")
    .sort();
const guarded = (c: WebpackConfig) => c.plugins.some((p) => p.constructor.name === "NoPreviewPlugin");
const underPreviewOrFake = (file: string) => [FAKE, PREVIEW].some((dir) => file.startsWith(dir + path.sep));

/** Relative imports of a file (type-only ones included), resolved to files. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .filter((i) => i.fileName.startsWith("."))
    .map((i) => path.resolve(path.dirname(file), i.fileName.replace(/\.js$/, "")))
    .map((base) => [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((c) => fs.existsSync(c)))
    .filter((f): f is string => f !== undefined);
}

/** Every source file reachable from the entries through relative imports. */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => path.resolve(root, e));
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return seen;
}

describe("the production build leaves out the preview and the fake", () => {
  it("builds only the task pane, the commands and the guide in production, into dist/web, guarded", () => {
    const c = configFor("production");
    expect(Object.keys(c.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(Object.values(c.entry).filter((e) => underPreviewOrFake(path.resolve(root, e)))).toEqual([]);
    // The guide's pages are written at build time by a template, with no script of their own.
    expect(pagesOf(c)).toEqual(["commands.html", "help-en.html", "help.html", "taskpane.html"]);
    expect(c.output.path).toBe(path.join(root, "dist", "web"));
    expect(guarded(c)).toBe(true);
  });

  it("leaves the preview out of a development build too unless asked", () => {
    const c = configFor("development");
    expect(Object.keys(c.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(pagesOf(c)).toEqual(["commands.html", "help-en.html", "help.html", "taskpane.html"]);
    expect(guarded(c)).toBe(true);
  });

  it("builds the preview when asked, into dist/preview (so the checks above can fail)", () => {
    for (const mode of ["production", "development"] as const) {
      const c = configFor(mode, { preview: true });
      expect(c.entry.preview).toBe("./src/preview/index.tsx");
      expect(pagesOf(c)).toContain("preview.html");
      expect(c.output.path).toBe(path.join(root, "dist", "preview"));
      expect(guarded(c)).toBe(false);
    }
  });

  it("has a build guard that refuses fake or preview modules and preview pages", () => {
    const clean = [path.join(root, "src", "taskpane", "index.tsx"), path.join(root, "src", "excel", "gateway.ts")];
    expect(
      configFactory.previewLeaks(clean, ["taskpane.js", "taskpane.html", "commands.js", "assets/icon-32.png"]),
    ).toEqual([]);
    expect(
      configFactory.previewLeaks(
        [...clean, path.join(FAKE, "state.ts"), path.join(PREVIEW, "sample.ts")],
        ["preview.html", "preview.js", "taskpane.js"],
      ),
    ).toEqual([
      path.join("src", "excel", "fake", "state.ts"),
      path.join("src", "preview", "sample.ts"),
      "preview.html",
      "preview.js",
    ]);
  });

  it("never reaches src/excel/fake or src/preview from a production entry", () => {
    // The entries and the guide's template (src/help/index.ts, run by the build).
    const files = reachable([...Object.values(configFor("production").entry), "./src/help/index.ts"]);
    expect(files.size).toBeGreaterThan(20);
    expect([...files].filter(underPreviewOrFake).map((f) => path.relative(root, f))).toEqual([]);
    // The walk does see the fake where it is imported.
    expect([...reachable(["./src/preview/index.tsx"])].some((f) => f.startsWith(FAKE + path.sep))).toBe(true);
  });

  it("does not ask for the preview in npm run build", () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.build).toMatch(/webpack --mode production/);
    expect(scripts.build).not.toMatch(/preview/);
    expect(scripts.preview).toMatch(/--env preview/);
    expect(scripts["build:preview"]).toMatch(/--env preview/);
  });
});
