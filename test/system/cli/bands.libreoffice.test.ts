import * as fs from "node:fs";
import * as path from "node:path";
import { frameworkToJson } from "../../../src/core/framework/frameworkJson";
import { CellValue } from "../../../src/core/types";
import { cellText } from "../../../src/core/util/text";
import { tempDir } from "../../helpers/files";
import { communeFramework } from "../../helpers/fixtures";
import { readValues, recalculate } from "../../helpers/libreoffice";
import { ensureCliBuilt, LIBREOFFICE_TIMEOUT_MS, runCli } from "../../helpers/processes";

// Bands as provinces publish them, "Nhóm A: 90; Nhóm B: 80" (issue 15, item 7): a unit below the
// lowest band is "Không xếp loại" in the engine's report and in the summary's live formula.

const dir = tempDir("par-bands-");
interface JsonUnit {
  sheet: string;
  index: number;
  band: string | null;
  ready: boolean;
}
let units: JsonUnit[];
let summary: CellValue[][];

beforeAll(async () => {
  ensureCliBuilt();
  const fw = communeFramework();
  fw.bands = [
    { label: "Nhóm A", min: 90 },
    { label: "Nhóm B", min: 80 },
  ];
  fs.writeFileSync(path.join(dir, "nhom-ab.json"), frameworkToJson(fw));
  expect(runCli(["sample", "--out", "ho-so.xlsx", "--units", "8"], dir).status).toBe(0);
  const r = runCli(["score", "--json", "--framework", "nhom-ab.json", "--out", "kq.xlsx", "ho-so.xlsx"], dir);
  units = JSON.parse(r.stdout).units;
  summary = (await readValues(await recalculate(path.join(dir, "kq.xlsx")))).get("Tổng hợp")!;
}, LIBREOFFICE_TIMEOUT_MS);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("classifies below the lowest band as “Không xếp loại”, in the report and the recalculated summary", () => {
  const ready = units.filter((u) => u.ready);
  expect(ready.some((u) => u.index < 80)).toBe(true);
  for (const u of ready) expect(u.band).toBe(u.index >= 90 ? "Nhóm A" : u.index >= 80 ? "Nhóm B" : "Không xếp loại");
  const h = summary.findIndex((r) => r?.some((c) => c === "Trang tính"));
  const heads = summary[h].map((c) => cellText(c));
  for (const u of ready) {
    const row = summary.slice(h + 1).find((r) => cellText(r?.[heads.indexOf("Trang tính")] ?? null) === u.sheet)!;
    expect(cellText(row[heads.indexOf("Xếp loại")])).toBe(u.band);
  }
});
