import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { writeUnitSheet } from "../../../src/cli/sample";
import { writePlans } from "../../../src/cli/xlsx/index";
import { runPipeline } from "../../../src/core/pipeline";
import { tempDir } from "../../helpers/files";
import { communeFramework, sampleUnitSpecs, unitSheetsOf } from "../../helpers/fixtures";
import { readValues, recalculate } from "../../helpers/libreoffice";
import { LIBREOFFICE_TIMEOUT_MS } from "../../helpers/processes";

// Scores typed as text, with either decimal mark and thousands separators, must give in the live
// formulas exactly what the engine reads ("0.5" is half a point, not five).

const fw = communeFramework();

it(
  "text scores with a decimal comma or point give the engine's totals after LibreOffice recalculates",
  async () => {
    const specs = sampleUnitSpecs(fw, 3, { seed: 11, problems: false });
    const texts = ["0.5", "0,5", " 1,5 ", "1.5", "0.25", "0,75"];
    const edited: { sheet: string; code: string; text: string }[] = [];
    specs.forEach((spec, u) => {
      let k = 0;
      for (const [code, e] of spec.entries) {
        const max = fw.areas
          .flatMap(function all(n): typeof fw.areas {
            return [n, ...n.children.flatMap(all)];
          })
          .find((n) => n.code === code)!.max;
        const text = texts[(u + k) % texts.length];
        const value = Number(text.trim().replace(",", "."));
        if (value > max || k >= 4) continue;
        e.self = text;
        e.appraised = undefined;
        edited.push({ sheet: spec.sheetName, code, text });
        k++;
      }
    });
    const snapshot = { sheets: unitSheetsOf(fw, specs) };
    const { analysis, plans } = runPipeline(snapshot, { framework: fw }, {});
    expect(analysis.validation.findings.filter((f) => f.rule === "score-not-number")).toEqual([]);
    const wb = new ExcelJS.Workbook();
    for (const s of snapshot.sheets) writeUnitSheet(wb, s);
    writePlans(wb, plans);
    const dir = tempDir("par-text-");
    const file = path.join(dir, "text.xlsx");
    await wb.xlsx.writeFile(file);
    const values = await readValues(await recalculate(file));
    const summary = values.get("Tổng hợp")!;
    const h = summary.findIndex((r) => r?.includes("Trang tính"));
    const col = (name: string) => summary[h].indexOf(name);
    for (const s of analysis.scores) {
      const row = summary.find((r) => r?.[col("Trang tính")] === s.sheet)!;
      expect(row[col("Điểm thẩm định")]).toBeCloseTo(s.appraisedPoints, 9);
      expect(row[col("Điểm tự đánh giá")]).toBeCloseTo(s.selfPoints, 9);
      expect(row[col("Tổng điểm")]).toBeCloseTo(s.total, 9);
    }
    expect(edited.length).toBeGreaterThanOrEqual(9);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  LIBREOFFICE_TIMEOUT_MS,
); // LibreOffice recalculates the file (see test/helpers/processes.ts)
