// The preview's workbook: realistic unit self-assessments of the built-in commune sample, last
// year's results to compare with, and a few more units as "files" to import.
import { buildUnitSheet, getBuiltinFramework, sampleUnitSpecs } from "../core/index.js";
import type { SheetSnapshot } from "../core/index.js";
import { encodeFakeWorkbook, type FakeSheetInit } from "../excel/fake/index.js";

export const PREVIEW_FRAMEWORK = "mau-cap-xa";
/** Units in the workbook at the start, and units offered as files to import. */
export const LOADED_UNITS = 12;
export const FILE_UNITS = 2;

function units(): SheetSnapshot[] {
  const fw = getBuiltinFramework(PREVIEW_FRAMEWORK)!;
  return sampleUnitSpecs(fw, LOADED_UNITS + FILE_UNITS).map((spec) => buildUnitSheet(fw, spec));
}

/** Last year's published results ("Đơn vị | Tổng điểm | Xếp hạng"), made up for the loaded units. */
function previousYear(sheets: SheetSnapshot[]): FakeSheetInit {
  const rows = sheets.map((s, i) => {
    const name = String(s.name).replace(/^P\. /, "Phường ").replace(/^X\. /, "Xã ");
    return { name, group: name.startsWith("Phường") ? "P" : "X", points: 70 + ((i * 37) % 25) + 0.25 * (i % 4) };
  });
  const rank = (r: (typeof rows)[number]) => 1 + rows.filter((o) => o.group === r.group && o.points > r.points).length;
  return {
    name: "Kết quả 2024",
    values: [
      ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2024"],
      [null],
      ["Đơn vị", "Tổng điểm", "Xếp hạng"],
      ...rows.map((r) => [r.name, r.points, rank(r)]),
    ],
  };
}

/** The sheets the preview's workbook starts with. */
export function initialSheets(): FakeSheetInit[] {
  const all = units().slice(0, LOADED_UNITS);
  return [...all, previousYear(all)];
}

/** Unit files to import, in the fake's own stand-in for .xlsx (see src/excel/fake/workbookFile.ts). */
export function sampleFiles(): { fileName: string; base64: string }[] {
  return units()
    .slice(LOADED_UNITS)
    .map((s) => ({ fileName: `${s.name}.xlsx`, base64: encodeFakeWorkbook([{ ...s, name: "Tự đánh giá" }]) }));
}
