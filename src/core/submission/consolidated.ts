// Consolidated result tables (bảng tổng hợp kết quả): one row per unit, columns per area (often
// "Đánh giá qua ĐTXHH · Thẩm định · Tổng · Chỉ số %" under merged header rows), a total, an index,
// a rank. An output of some office, never a unit's submission: recognised and skipped with a reason.
import type { SheetSnapshot } from "../types.js";
import { parseNumber } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";

// The unit column's header: "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Địa phương", "Sở, ban, ngành", "Xã, phường".
const UNIT_COLUMN = /^(ten )?(don vi|co quan( don vi)?|dia phuong|so ban nganh|xa phuong( thi tran)?|ten xa phuong)$/;
// What result columns say: at least two kinds of them around the unit column's header.
const RESULT_WORDS: RegExp[] = [
  /xep hang|thu hang/,
  /xep loai/,
  /chi so/,
  /tong (diem|so diem|cong)/,
  /linh vuc|^[ivx]+$/,
  /tham dinh/,
  /dtxhh|dieu tra|sipas/,
];

/**
 * Where a sheet is a consolidated result table: the unit column's header cell (A1) and how many
 * unit rows follow it; null when it is not one. The header may span several merged rows: the words
 * of the results are looked for from two rows above the unit column's header to three rows below.
 */
export function consolidatedTable(sheet: SheetSnapshot): { cell: string; units: number } | null {
  const g = new Grid(sheet);
  const last = Math.min(g.endRow, g.firstRow + 30);
  for (let r = g.firstRow; r < last; r++) {
    for (let c = g.firstCol; c < Math.min(g.endCol, g.firstCol + 6); c++) {
      if (!UNIT_COLUMN.test(foldLoose(cellText(g.value(r, c))))) continue;
      // A header row ("STT | Đơn vị | …"), not a label above a unit's own table ("Đơn vị:" | "Xã An Sinh"),
      // and no self-score column: a unit's sheet has one.
      const row: string[] = [];
      for (let cc = g.firstCol; cc < g.endCol; cc++) row.push(foldLoose(cellText(g.value(r, cc))));
      if (row.filter(Boolean).length < 4 || row.some((t) => /tu (danh gia|cham)/.test(t))) continue;
      const kinds = new Set<number>();
      for (let rr = Math.max(g.firstRow, r - 2); rr < Math.min(g.endRow, r + 4); rr++)
        for (let cc = g.firstCol; cc < g.endCol; cc++) {
          if (cc === c) continue;
          const t = foldLoose(cellText(g.value(rr, cc)));
          RESULT_WORDS.forEach((w, i) => {
            if (t && w.test(t)) kinds.add(i);
          });
        }
      if (kinds.size < 2) continue;
      // Rows naming a unit (a text with letters) with numbers beside it.
      let units = 0;
      for (let rr = r + 1; rr < g.endRow; rr++) {
        const name = cellText(g.value(rr, c)).trim();
        if (!/\p{L}{2}/u.test(name) || UNIT_COLUMN.test(foldLoose(name))) continue;
        let numbers = 0;
        for (let cc = c + 1; cc < g.endCol; cc++) if (parseNumber(g.value(rr, cc)).kind === "number") numbers++;
        if (numbers >= 2) units++;
      }
      if (units >= 2) return { cell: g.addr(r, c), units };
    }
  }
  return null;
}
