// Group tables: "Đơn vị | Nhóm" in any input, the workbook, or a file given to the CLI (--groups),
// read like the survey tables (src/core/inputs/readers.ts): the header row among the first 40, then a
// row per unit until the data runs out.
import { Grid } from "../submission/grid.js";
import type { SheetSnapshot } from "../types.js";
import { cellText } from "../util/text.js";
import { findColumns } from "./readers.js";

/** One unit's group as a table gives it, and where. */
export interface GroupEntry {
  unit: string;
  group: string;
  sheet?: string;
  /** The group's cell (A1). */
  cell?: string;
  file?: string;
}

/** The header of a group table: a unit column and a group column ("Nhóm", "Nhóm đơn vị", "Nhóm xếp hạng"). */
const COLUMNS = {
  unit: /^(ten )?(don vi|co quan, don vi|co quan)$|^unit$/,
  group: /^nhom( don vi| xep hang| xep loai)?$|^group$/,
};

/** The entries of a group table; empty when the sheet is not one (our own generated sheets never are). */
export function readGroupTable(sheet: SheetSnapshot): GroupEntry[] {
  if (sheet.generated) return [];
  const found = findColumns(sheet, COLUMNS, ["unit", "group"]);
  if (!found) return [];
  const g = new Grid(sheet);
  const out: GroupEntry[] = [];
  for (let r = found.row + 1; r < g.endRow; r++) {
    const unit = cellText(g.value(r, found.cols.unit!)).normalize("NFC").replace(/\s+/g, " ").trim();
    const group = cellText(g.value(r, found.cols.group!)).normalize("NFC").replace(/\s+/g, " ").trim();
    if (!unit || !group) continue;
    out.push({
      unit,
      group,
      sheet: sheet.name,
      cell: g.addr(r, found.cols.group!),
      ...(sheet.file ? { file: sheet.file } : {}),
    });
  }
  return out;
}

/**
 * A CSV file as one sheet (for --groups file.csv): comma- or semicolon-separated (the one the first
 * line uses most), double quotes around fields that hold either, "" for a quote inside.
 */
export function csvSheet(text: string, name: string): SheetSnapshot {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { name, originRow: 0, originCol: 0, values: rows };
}
