import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../../src/cli/main";
import { prng } from "../../../src/core/index";
import { Part, unzipParts, zipParts } from "./hostileZip";
import { tempDir } from "./tempFiles";

// Mutations of the sample's XML parts (and of the zip's bytes), with a fixed seed: whatever the
// damage, `par-index validate --json` answers 0, 1 or 2, never with a stack trace, and when it
// answers 0 or 1 its output is one JSON document.

const CASES = Number(process.env.PAR_FUZZ_CASES ?? 400);
const SEED = Number(process.env.PAR_FUZZ_SEED ?? 20250618);
jest.setTimeout(240_000);

const dir = tempDir("par-fuzz-");
let parts: Part[];

beforeAll(async () => {
  const io = { out: () => undefined, err: () => undefined };
  expect(await main(["sample", "--out", path.join(dir, "mau.xlsx"), "--units", "2"], io)).toBe(0);
  parts = unzipParts(path.join(dir, "mau.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NOISE = [
  "<",
  ">",
  '"',
  "'",
  "&",
  "/",
  "=",
  " ",
  "0",
  "9",
  "A",
  "Z",
  "\u0000",
  "\u001b",
  "\u202e",
  "ệ",
  "</row>",
  '<c r="A1">',
  '<row r="1048577">',
  'r="XFD1"',
  't="s"',
  "<v>99999</v>",
  "<f>SUM(A1:A3)</f>",
  "&#0;",
  "]]>",
];

function mutate(rand: () => number, text: string): string {
  const pick = (n: number) => Math.floor(rand() * n);
  const at = pick(text.length + 1);
  switch (pick(7)) {
    case 0: // delete a range
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + pick(200)));
    case 1: // duplicate a range
      return text.slice(0, at) + text.slice(at, at + 1 + pick(300)) + text.slice(at);
    case 2: // insert noise
      return text.slice(0, at) + NOISE[pick(NOISE.length)] + text.slice(at);
    case 3: // a number made huge, negative or fractional
      return text.replace(/\d+/g, (m) =>
        rand() < 0.05 ? ["999999999", "-1", "0", "1.5", "1e400", "4294967296"][pick(6)] : m,
      );
    case 4: // truncate
      return text.slice(0, at);
    case 5: // an attribute value emptied
      return text.replace(/="[^"]*"/g, (m) => (rand() < 0.03 ? '=""' : m));
    default: // one character replaced
      return text.slice(0, at) + String.fromCharCode(32 + pick(95)) + text.slice(at + 1);
  }
}

function cases(): { label: string; bytes: Buffer }[] {
  const rand = prng(SEED);
  const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const out: { label: string; bytes: Buffer }[] = [];
  for (let i = 0; i < CASES; i++) {
    const kind = rand();
    if (kind < 0.1) {
      // Bytes of the zip itself flipped.
      const zip = Buffer.from(zipParts(parts));
      for (let k = 0; k < 1 + Math.floor(rand() * 4); k++)
        zip[Math.floor(rand() * zip.length)] ^= 1 + Math.floor(rand() * 255);
      out.push({ label: `#${i} zip bytes`, bytes: zip });
    } else if (kind < 0.15) {
      const drop = xml[Math.floor(rand() * xml.length)].name;
      out.push({ label: `#${i} without ${drop}`, bytes: zipParts(parts.filter((p) => p.name !== drop)) });
    } else {
      const target = xml[Math.floor(rand() * xml.length)];
      let text = target.data.toString("utf8");
      const times = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < times; k++) text = mutate(rand, text);
      out.push({
        label: `#${i} ${target.name}`,
        bytes: zipParts(parts.map((p) => (p === target ? { ...p, data: Buffer.from(text, "utf8") } : p))),
      });
    }
  }
  return out;
}

it(`${CASES} mutated workbooks: exit 0, 1 or 2, one JSON document or a one-line reason, no stack trace`, async () => {
  const seen = new Map<number, number>();
  const failures: string[] = [];
  const all = cases();
  // PAR_FUZZ_DUMP=<n>:<file> saves case n to a file to look at, and stops.
  const dump = /^(\d+):(.+)$/.exec(process.env.PAR_FUZZ_DUMP ?? "");
  if (dump) return fs.writeFileSync(dump[2], all[Number(dump[1])].bytes);
  for (const c of all) {
    const file = path.join(dir, "case.xlsx");
    fs.writeFileSync(file, c.bytes);
    if (process.env.PAR_FUZZ_LOG) fs.appendFileSync(process.env.PAR_FUZZ_LOG, `${c.label}\n`);
    let out = "";
    let err = "";
    const code = await main(["validate", "--json", file], { out: (s) => void (out += s), err: (s) => void (err += s) });
    seen.set(code, (seen.get(code) ?? 0) + 1);
    const problem = ![0, 1, 2].includes(code)
      ? `exit ${code}: ${err.slice(0, 200)}`
      : /\n\s+at |node:internal|TypeError|RangeError|lỗi không mong đợi/.test(out + err)
        ? `stack or internal error: ${err.slice(0, 200)}`
        : code === 2 && (out !== "" || err.trim().split("\n").length !== 1)
          ? `exit 2 without a one-line reason: ${err.slice(0, 200)}`
          : code !== 2 && !parses(out)
            ? "output is not one JSON document"
            : null;
    if (problem) failures.push(`${c.label}: ${problem}`);
  }
  expect(failures).toEqual([]);
  // The mutations reach every answer: not all refused, not all accepted.
  expect(seen.get(2) ?? 0).toBeGreaterThan(10);
  expect((seen.get(0) ?? 0) + (seen.get(1) ?? 0)).toBeGreaterThan(10);
  expect(fs.readdirSync(dir).sort()).toEqual(["case.xlsx", "mau.xlsx"]);
  if (process.env.PAR_FUZZ_REPORT)
    fs.writeFileSync(process.env.PAR_FUZZ_REPORT, JSON.stringify(Object.fromEntries(seen)));
});

function parses(s: string): boolean {
  try {
    const doc = JSON.parse(s);
    return Array.isArray(doc.units) && Array.isArray(doc.findings);
  } catch {
    return false;
  }
}
