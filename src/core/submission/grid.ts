import { CellValue, SheetSnapshot } from "../types.js";
import { a1 } from "../util/a1.js";

/** Absolute-coordinate access to a sheet snapshot (rows and columns 0-based, as in Excel). */
export class Grid {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  /** One past the last row / column of the used range. */
  readonly endRow: number;
  readonly endCol: number;
  private readonly hidden: Set<number>;

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.originRow;
    this.firstCol = sheet.originCol;
    this.endRow = sheet.originRow + sheet.values.length;
    let width = 0;
    for (const r of sheet.values) if (r && r.length > width) width = r.length;
    this.endCol = sheet.originCol + width;
    this.hidden = new Set(sheet.hiddenRows ?? []);
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
