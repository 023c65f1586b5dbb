import { foldLoose } from "../../util/text.js";
import { defineUnitsRule, type UnitPlace } from "./input.js";

/** "tệp a.xlsx › trang Sheet1" (or "trang Sheet1" without a file); several sheets joined as "trang A + B". */
function placeText(p: UnitPlace, vi: boolean): string {
  const sheets = p.sheets.map((s) => `"${s}"`).join(" + ");
  const sheet = vi ? `trang ${sheets}` : `sheet ${sheets}`;
  return p.file ? `${vi ? "tệp" : "file"} ${p.file} › ${sheet}` : sheet;
}

/**
 * The same unit read in two places (two files, two versions of a file, two tabs of a workbook with
 * overlapping criteria, or a unit sheet kept inside a result workbook of ours given as an input): an
 * error at each place that must not be ranked, naming the others. When some places are copies
 * inside our result workbooks and others are not, only the copies are in error (the originals rank);
 * otherwise every place is, and staff keep the right one.
 */
export const unitDuplicate = defineUnitsRule({
  meta: {
    id: "unit-duplicate",
    severity: "error",
    title: { vi: "Đơn vị có ở hai nơi", en: "Unit given twice" },
    description: {
      vi: "Cùng một đơn vị được đọc ở hai nơi (hai tệp, hai phiên bản, hoặc trang đơn vị trong sổ kết quả của chính phần mềm); không đơn vị nào được xếp hạng hai lần.",
      en: "The same unit is read in two places (two files, two versions, or a unit sheet inside one of our result workbooks); no unit is ranked twice.",
    },
  },
  check({ places, report }) {
    const byName = new Map<string, UnitPlace[]>();
    for (const p of places) {
      const key = foldLoose(p.unit);
      if (!key) continue;
      byName.set(key, [...(byName.get(key) ?? []), p]);
    }
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      const copies = group.filter((p) => p.inResultWorkbook);
      const targets = copies.length && copies.length < group.length ? copies : group;
      for (const p of targets) {
        const others = group.filter((o) => o !== p);
        const copy = p.inResultWorkbook && targets === copies;
        const why = copy
          ? {
              vi: " (trang này nằm trong sổ kết quả do phần mềm tạo, nên không được tính lại)",
              en: " (this sheet is inside a result workbook this software wrote, so it is not counted again)",
            }
          : { vi: "; hãy giữ lại một bản", en: "; keep one of them" };
        report(
          p.cell,
          {
            vi: `Đơn vị "${p.unit}" có ở ${group.length} nơi: ${placeText(p, true)} và ${others.map((o) => placeText(o, true)).join(", ")}${why.vi}.`,
            en: `Unit "${p.unit}" is given in ${group.length} places: ${placeText(p, false)} and ${others.map((o) => placeText(o, false)).join(", ")}${why.en}.`,
          },
          { at: { sheet: p.sheet, ...(p.file !== undefined ? { file: p.file } : {}) }, actual: others.length + 1 },
        );
      }
    }
  },
});
