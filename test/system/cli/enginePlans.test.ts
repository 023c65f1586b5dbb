import * as path from "node:path";
import * as ExcelJS from "exceljs";
import {
  readXlsx,
  toFileFormula,
  writePlans,
  writeXlsxAtomic,
  type WrittenSheet,
} from "../../../src/cli/xlsx/index.js";
import { runPipeline } from "../../../src/core/pipeline.js";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/types.js";
import { tempDir } from "../../helpers/files.js";
import { communeFramework, sampleUnitSheets } from "../../helpers/fixtures.js";
import { recalculate } from "../../helpers/libreoffice.js";
import { LIBREOFFICE_TIMEOUT_MS } from "../../helpers/processes.js";

// The engine's real plans, written by the .xlsx layer and recalculated by LibreOffice: the live
// formulas in the file must give the totals, indices and bands the engine computed.

function addSheet(wb: ExcelJS.Workbook, s: SheetSnapshot): void {
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = s.formulas?.[r]?.[c];
      const cell = ws.getCell(s.originRow + r + 1, s.originCol + c + 1);
      if (f) cell.value = { formula: toFileFormula(f.slice(1)) };
      else if (v !== null && typeof v !== "object") cell.value = v;
    }),
  );
}

describe("engine plans through the .xlsx layer and LibreOffice", () => {
  const framework = communeFramework();
  let snapshot: WorkbookSnapshot;
  let analysis: ReturnType<typeof runPipeline>["analysis"];
  let written: WrittenSheet[];
  let recalculated: WorkbookSnapshot;

  beforeAll(async () => {
    const dir = tempDir("par-index-e2e-");
    const input = new ExcelJS.Workbook();
    for (const sheet of sampleUnitSheets(8, framework)) addSheet(input, sheet);
    await writeXlsxAtomic(input, path.join(dir, "don-vi.xlsx"));
    const read = await readXlsx(path.join(dir, "don-vi.xlsx"));
    snapshot = read.snapshot;
    const run = runPipeline(snapshot, { framework });
    analysis = run.analysis;
    written = writePlans(read.workbook, run.plans);
    await writeXlsxAtomic(read.workbook, path.join(dir, "ket-qua.xlsx"));
    recalculated = (await readXlsx(await recalculate(path.join(dir, "ket-qua.xlsx")))).snapshot;
  }, LIBREOFFICE_TIMEOUT_MS); // LibreOffice recalculates the file (see test/helpers/processes.ts)

  it("writes every plan as a marked sheet after the units' sheets", () => {
    const kinds = recalculated.sheets.map((s) => s.generated);
    expect(kinds.slice(0, snapshot.sheets.length).every((k) => k === undefined)).toBe(true);
    expect(recalculated.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(written.map((w) => w.name));
  });

  it("the summary sheet's formulas give each unit the engine's total, index and band, with no error cell", () => {
    const summary = recalculated.sheets.find((s) => s.generated === "summary")!;
    expect(summary.values.flat().filter((v) => v !== null && typeof v === "object")).toEqual([]);
    const header = summary.values.find((r) => r.includes("Tổng điểm"))!;
    const col = (name: string) => header.indexOf(name);
    for (const score of analysis.scores) {
      const row = summary.values.find((r) => r[col("Trang tính")] === score.sheet);
      expect(row).toBeDefined();
      expect(row![col("Tổng điểm")]).toBeCloseTo(score.total, 9);
      expect(row![col("Chỉ số (%)")]).toBeCloseTo(score.index, 9);
      expect(row![col("Xếp loại")] ?? "").toBe(score.band ?? "");
    }
  });
});
