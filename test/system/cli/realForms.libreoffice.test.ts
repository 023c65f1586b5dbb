import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { writeUnitSheet } from "../../../src/cli/sample";
import { writePlans } from "../../../src/cli/xlsx/index";
import { runPipeline } from "../../../src/core/pipeline";
import type { CellValue, CriterionNode } from "../../../src/core/types";
import { tempDir } from "../../helpers/files";
import { miniFramework } from "../../helpers/fixtures";
import { EVIDENCE, FormColumn, formRow, formSheet, fullPoints, MAX, SELF, STT, TITLE } from "../../helpers/forms";
import { readValues, recalculate } from "../../helpers/libreoffice";
import { LIBREOFFICE_TIMEOUT_MS } from "../../helpers/processes";

// Real forms (issue 14) in the result workbook, recalculated by a real spreadsheet engine: a scoring
// app's report with a second appraisal round written only where it changed something and its own
// "Điểm thưởng" / "Điểm phạt" rows (one as text with a decimal comma), and a unit split over two tabs.
// The live formulas must count what the engine counts: round 2 where it has a value, else round 1,
// else the self score; the bonus added, the penalty taken off, capped by the framework.

const fw = { ...miniFramework(), bonusMax: 2, penaltyMax: 1 };
const isSurvey = (n: CriterionNode) => n.children.length === 0 && n.source !== "self";
const all = (n: CriterionNode): CriterionNode[] => [n, ...n.children.flatMap(all)];
const nodes = fw.areas.flatMap(all);

function report(unit: string, sheet: string, round1: Record<string, CellValue>, round2: Record<string, CellValue>) {
  const r1: FormColumn = {
    header: ["Điểm thẩm định", "Lần 1"],
    cell: (n) => (n.code in round1 ? round1[n.code] : isSurvey(n) ? "" : fullPoints(n)),
  };
  const r2: FormColumn = { header: ["Điểm thẩm định", "Lần 2"], cell: (n) => round2[n.code] ?? "" };
  return formSheet(fw, {
    name: sheet,
    title: [`Đơn vị: ${unit} - Năm 2024`],
    columns: [STT, TITLE, MAX, SELF, EVIDENCE, r1, r2],
    tail: [
      ["IX", "Điểm thưởng", 2, 1.5, "", 1.5, 1],
      ["X", "Điểm phạt", "", "0,5", "", "0,5", ""],
      ["", "Điểm trừ (vi phạm kỷ luật)", "", 1, "", "", ""],
    ],
  });
}

it(
  "a second appraisal round and in-sheet bonus and penalty rows give the engine's totals after LibreOffice recalculates",
  async () => {
    const hongHa = report(
      "Phường Hồng Hà",
      "P. Hồng Hà",
      { "2.3": 0, "2": 9, "1.2": 0.5, "1": 5.5 },
      { "2.3": 0.5, "2": 9.5 },
    );
    const anSinh = report(
      "Xã An Sinh",
      "X. An Sinh",
      { "1.1.2": 1, "1.1": 2, "1": 5 },
      { "1.1.2": "1,75", "1.1": 2.75, "1": 5.75 },
    );
    // A unit split over two tabs: areas 1 on one, 2 and 3 on the other.
    const columns = [STT, TITLE, MAX, SELF, EVIDENCE];
    const part1 = formSheet(fw, { name: "Dân Chủ I", title: ["Đơn vị: Xã Dân Chủ"], columns, areas: ["1"] });
    const part2 = formSheet(fw, { name: "Dân Chủ II", title: [], columns, areas: ["2", "3"] });
    part2.values[formRow(part2, nodes.find((n) => n.code === "2.4")!.title)][3] = 0.5;
    part2.values[formRow(part2, "Cải cách thể chế")][3] = 9.5;
    const snapshot = { sheets: [hongHa, anSinh, part1, part2] };
    const { analysis, plans } = runPipeline(snapshot, { framework: fw }, {});
    expect(analysis.validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    const engine = analysis.scores.map((s) => [s.unit, s.appraisedPoints, s.bonus, s.penalty, s.total]);
    // Hồng Hà: 16 − 0,5 (1.2, round 1) − 0,5 (2.3: 0 in round 1, 0,5 in round 2) = 15; bonus 1 (round 2)
    // and penalties 0,5 + 1 = 1,5 capped at 1. An Sinh: 16 − 0,25 (1.1.2: 1,75 in round 2); bonus 1, penalty 1.
    expect(engine).toEqual([
      ["Phường Hồng Hà", 15, 1, 1.5, 15],
      ["Xã An Sinh", 15.75, 1, 1.5, 15.75],
      ["Xã Dân Chủ", 15.5, null, null, 15.5],
    ]);
    expect(analysis.validation.sheets[2].submission.joined).toEqual(["Dân Chủ I", "Dân Chủ II"]);

    const wb = new ExcelJS.Workbook();
    for (const s of snapshot.sheets) writeUnitSheet(wb, s);
    writePlans(wb, plans);
    const dir = tempDir("par-forms-");
    const file = path.join(dir, "forms.xlsx");
    await wb.xlsx.writeFile(file);
    const values = await readValues(await recalculate(file));
    const summary = values.get("Tổng hợp")!;
    const h = summary.findIndex((r) => r?.includes("Trang tính"));
    const col = (start: string) => summary[h].findIndex((c) => typeof c === "string" && c.startsWith(start));
    for (const s of analysis.scores) {
      const row = summary.find((r) => r?.[col("Trang tính")] === s.sheet)!;
      expect(row[col("Điểm thẩm định")]).toBeCloseTo(s.appraisedPoints, 9);
      expect(row[col("Điểm thưởng")] ?? 0).toBeCloseTo(s.bonus ?? 0, 9);
      expect(row[col("Điểm trừ")] ?? 0).toBeCloseTo(s.penalty ?? 0, 9);
      expect(row[col("Tổng điểm")]).toBeCloseTo(s.total, 9);
      expect(row[col("Chỉ số")]).toBeCloseTo(s.index, 9);
    }
    // The summary says which round counted.
    const counted = summary.find((r) => r?.[col("Trang tính")] === "P. Hồng Hà")![col("Điểm được tính theo")];
    expect(counted).toBe("Điểm thẩm định Lần 2: 1 tiêu chí; Điểm thẩm định Lần 1: 14 tiêu chí");
    fs.rmSync(dir, { recursive: true, force: true });
  },
  LIBREOFFICE_TIMEOUT_MS,
); // LibreOffice recalculates the file (see test/helpers/processes.ts)
