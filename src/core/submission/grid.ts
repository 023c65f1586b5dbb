import { CellValue, SheetSnapshot } from "../types.js";
import { a1, parseRange } from "../util/a1.js";

/** Absolute-coordinate access to a sheet snapshot (rows and columns 0-based, as in Excel). */
export class Grid {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  /** One past the last row / column of the used range. */
  readonly endRow: number;
  readonly endCol: number;
  private readonly hidden: Set<number>;
  /** Top-left cell of the merged area covering a cell ("row,col" → [row, col]), for cells other than the top-left. */
  private readonly mergedInto = new Map<string, [number, number]>();

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.originRow;
    this.firstCol = sheet.originCol;
    this.endRow = sheet.originRow + sheet.values.length;
    let width = 0;
    for (const r of sheet.values) if (r && r.length > width) width = r.length;
    this.endCol = sheet.originCol + width;
    this.hidden = new Set(sheet.hiddenRows ?? []);
    for (const m of sheet.merges ?? []) {
      const b = parseRange(m);
      if (!b || (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1) > 10000) continue;
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) if (r !== b.r0 || c !== b.c0) this.mergedInto.set(`${r},${c}`, [b.r0, b.c0]);
    }
  }

  /** The value a person sees in a cell: a cell inside a merged area shows the area's top-left value. */
  shown(row: number, col: number): CellValue {
    const top = this.mergedInto.get(`${row},${col}`);
    return top ? this.value(top[0], top[1]) : this.value(row, col);
  }

  /** The value at an absolute cell, null outside the used range. */
  value(row: number, col: number): CellValue {
    const r = this.sheet.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The formula at an absolute cell ("=SUM(…)"), or null. */
  formula(row: number, col: number): string | null {
    const r = this.sheet.formulas?.[row - this.firstRow];
    const f = r?.[col - this.firstCol];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  /** True when every cell of the row is empty. */
  isBlankRow(row: number): boolean {
    const r = this.sheet.values[row - this.firstRow];
    if (!r) return true;
    return r.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
  }

  /** A1 address of an absolute cell. */
  addr(row: number, col: number): string {
    return a1(row, col);
  }
}
