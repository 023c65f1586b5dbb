// The shape of the code (docs/ARCHITECTURE.md): no import cycle in src (type-only imports included),
// the shells reach the engine only through src/core/index.ts, no source file over 600 lines.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");
const SRC = path.join(root, "src");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Relative imports and re-exports of a file (type-only ones included), resolved to files. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  const out: string[] = [];
  for (const i of info.importedFiles) {
    if (!i.fileName.startsWith(".")) continue;
    const base = path.resolve(path.dirname(file), i.fileName.replace(/\.js$/, ""));
    const hit = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((c) => fs.existsSync(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** Every import cycle found by a depth-first walk, as "a → b → a". */
export function findCycles(files: string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === "open")
        cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => path.relative(root, x)).join(" → "));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe("architecture", () => {
  const files = sourceFiles(SRC);

  it("has no import cycle in src, type-only imports included", () => {
    expect(findCycles(files)).toEqual([]);
  });

  it("finds a cycle when there is one (the check can fail)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycle-"));
    fs.writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./b.js";\nexport type A = B;\n');
    fs.writeFileSync(path.join(dir, "b.ts"), 'import type { A } from "./a.js";\nexport type B = A | 1;\n');
    expect(findCycles([path.join(dir, "a.ts"), path.join(dir, "b.ts")])).toHaveLength(1);
    fs.rmSync(dir, { recursive: true });
  });

  it("lets the shells and the bench import the engine only from src/core/index.ts", () => {
    const shells = [
      ...files.filter((f) => !f.startsWith(path.join(SRC, "core") + path.sep)),
      ...sourceFiles(path.join(root, "bench")),
    ];
    const deep = shells.flatMap((f) =>
      importsOf(f)
        .filter((d) => d.startsWith(path.join(SRC, "core") + path.sep) && d !== path.join(SRC, "core", "index.ts"))
        .map((d) => `${path.relative(root, f)} → ${path.relative(root, d)}`),
    );
    expect(deep).toEqual([]);
  });

  it("keeps every source file at 600 lines or fewer", () => {
    const long = [...files, ...sourceFiles(path.join(root, "bench"))]
      .map((f) => ({ file: path.relative(root, f), lines: fs.readFileSync(f, "utf8").split("\n").length }))
      .filter((x) => x.lines > 600);
    expect(long).toEqual([]);
  });
});
