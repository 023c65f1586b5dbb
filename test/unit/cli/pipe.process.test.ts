import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// All output reaches a pipe, however slowly it is read: several MB of JSON through a slow reader
// are byte-identical to the same output written to a file (process.exit() used to cut it at 64 KiB).

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "..", "..", "..");
const cli = path.join(root, "bin", "par-index.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-pipe-"));

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "dist", "cli", "cli", "main.js"))) {
    const b = spawnSync("npm", ["run", "build:cli"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(b.stderr);
  }
  expect(spawnSync(process.execPath, [cli, "sample", "--out", "lon.xlsx", "--units", "700"], { cwd: dir }).status).toBe(
    0,
  );
  const fd = fs.openSync(path.join(dir, "file.json"), "w");
  const r = spawnSync(process.execPath, [cli, "validate", "--json", "lon.xlsx"], {
    cwd: dir,
    stdio: ["ignore", fd, "pipe"],
  });
  fs.closeSync(fd);
  expect(r.status).toBe(1);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Reads the child's stdout 16 KiB at a time with a pause between reads; resolves to the bytes and the exit status.
function slowRead(args: string[], pauseMs: number): Promise<{ data: Buffer; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    let ended = false;
    let status: number | null | undefined;
    const done = () => {
      if (ended && status !== undefined) resolve({ data: Buffer.concat(chunks), status });
    };
    child.stdout.pause();
    const tick = () => {
      let c: Buffer | null;
      if ((c = child.stdout.read(16 * 1024) ?? child.stdout.read())) chunks.push(c);
      if (!ended) setTimeout(tick, pauseMs);
    };
    child.stdout.on("end", () => {
      ended = true;
      done();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      status = code;
      done();
    });
    setTimeout(tick, 500);
  });
}

it("a slow reader gets every byte, and the JSON parses", async () => {
  const expected = fs.readFileSync(path.join(dir, "file.json"));
  expect(expected.length).toBeGreaterThan(3 * 1024 * 1024);
  const { data, status } = await slowRead(["validate", "--json", "lon.xlsx"], 2);
  expect(status).toBe(1);
  expect(data.length).toBe(expected.length);
  expect(data.equals(expected)).toBe(true);
  expect(JSON.parse(data.toString("utf8")).units).toHaveLength(700);
});

it("a reader that starts late (a shell pipe into `sleep; cat`) gets every byte", () => {
  if (process.platform === "win32") return;
  const r = spawnSync(
    "sh",
    ["-c", `"${process.execPath}" "${cli}" validate --json lon.xlsx | (sleep 2; cat > piped.json)`],
    { cwd: dir, encoding: "utf8" },
  );
  expect(r.status).toBe(0);
  expect(fs.readFileSync(path.join(dir, "piped.json")).equals(fs.readFileSync(path.join(dir, "file.json")))).toBe(true);
});

it("a reader that stops early (`| head`) ends the run quietly, without a stack trace", () => {
  if (process.platform === "win32") return;
  const r = spawnSync(
    "sh",
    ["-c", `"${process.execPath}" "${cli}" validate --json lon.xlsx 2>err.txt | head -c 100 > /dev/null`],
    { cwd: dir, encoding: "utf8" },
  );
  expect(r.status).toBe(0);
  expect(fs.readFileSync(path.join(dir, "err.txt"), "utf8")).toBe("");
});
