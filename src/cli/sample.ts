// The sample consolidation workbook: a dozen or more phường and xã under the built-in commune
// sample, as their sheets would arrive (some with the typical problems of DOMAIN.md).
import * as ExcelJS from "exceljs";
import {
  buildUnitSheet,
  Framework,
  frameworkSheetPlan,
  isCellError,
  prng,
  SampleOptions,
  sampleUnitSpecs,
  SheetSnapshot,
  surveyMax,
} from "../core/index.js";
import { setOrderNo } from "./xlsx/exceljsExtras.js";
import { toFileFormula, writePlans } from "./xlsx/index.js";

const WIDTHS = [7, 60, 9, 10, 30, 24, 10, 28];

/** Writes a unit's sheet snapshot (values, formulas with their results, hidden rows) as a worksheet. */
export function writeUnitSheet(workbook: ExcelJS.Workbook, sheet: SheetSnapshot): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const f = sheet.formulas?.[r]?.[c];
      const cell = ws.getCell(sheet.originRow + r + 1, sheet.originCol + c + 1);
      if (f) {
        const result = isCellError(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : (v ?? undefined);
        cell.value = { formula: toFileFormula(f.slice(1)), result };
      } else if (isCellError(v)) cell.value = { error: v.error as ExcelJS.CellErrorValue["error"] };
      else if (v !== null && v !== undefined) cell.value = v;
    });
  });
  for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: "Times New Roman", size: 12 })));
  return ws;
}

/** The sample workbook: the framework sheet ("Bộ tiêu chí") then `count` unit sheets. */
export function sampleWorkbook(fw: Framework, count: number, opts: SampleOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "par-index";
  const specs = sampleUnitSpecs(fw, count, opts);
  for (const spec of specs) writeUnitSheet(wb, buildUnitSheet(fw, spec));
  writePlans(wb, [frameworkSheetPlan(fw)]);
  // Survey results arrive separately: a table the office types in (unit, survey points).
  const max = surveyMax(fw);
  if (max > 0) {
    const ws = wb.addWorksheet("Điều tra XHH");
    ws.addRow(["Đơn vị", `Điểm điều tra XHH (tối đa ${max})`]).font = { name: "Times New Roman", size: 12, bold: true };
    const rand = prng((opts.seed ?? 2025) + 1);
    for (const spec of specs)
      ws.addRow([spec.unitName, Math.round(max * (0.7 + 0.28 * rand()) * 4) / 4]).font = {
        name: "Times New Roman",
        size: 12,
      };
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 26;
  }
  // The framework sheet first, as offices keep it.
  setOrderNo(wb.worksheets[wb.worksheets.length - 1], -1);
  return wb;
}
