// A range as the fake's proxies see it at command time (a sheet and a rectangle), with the grid
// helpers that ranges and formats share. Every proxy family may import this module; it imports none
// of them, so a family that takes a range argument (names, tables, charts, freeze panes) reaches its
// target through `rangeTargetOf` instead of importing the range proxy.
import type { XRange } from "../api.js";
import { cellAt, getCell } from "./cells.js";
import {
  assertEditable,
  type Bounds,
  cellCount,
  type FakeCell,
  type FakeSheet,
  isWholeSheet,
  officeError,
} from "./state.js";

/** Excel refuses to read more than five million cells at once. */
const READ_CELL_LIMIT = 5_000_000;

/** One rectangle of one sheet: what a range proxy is bound to. */
export interface RangeTarget {
  sheet: FakeSheet;
  b: Bounds;
}

/** Rows and columns of bounds. */
export function dims(b: Bounds): { rows: number; cols: number } {
  return { rows: b.r1 - b.r0 + 1, cols: b.c1 - b.c0 + 1 };
}

/** The grid given to a range write, refused as Excel refuses it when its shape is not the range's. */
export function checkGrid(b: Bounds, grid: unknown): unknown[][] {
  const { rows, cols } = dims(b);
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw officeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return grid as unknown[][];
}

/** A grid with one value per cell of a range, refused above Excel's read limit. */
export function gridOf<V>(t: RangeTarget, f: (cell: FakeCell | undefined, r: number, c: number) => V): V[][] {
  if (cellCount(t.b) > READ_CELL_LIMIT)
    throw officeError("RangeExceedsLimit", "The range has more than five million cells.");
  const out: V[][] = [];
  for (let r = t.b.r0; r <= t.b.r1; r++) {
    const row: V[] = [];
    for (let c = t.b.c0; c <= t.b.c1; c++) row.push(f(getCell(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

/** Applies a format change to every cell of a range; the whole sheet only for fonts (Excel's sheet default). */
export function formatCells(
  t: RangeTarget,
  apply: (cell: FakeCell) => void,
  sheetWide?: (sheet: FakeSheet) => void,
): void {
  assertEditable(t.sheet);
  if (isWholeSheet(t.b) && sheetWide) {
    sheetWide(t.sheet);
    return;
  }
  if (cellCount(t.b) > 2_000_000) throw new Error("fake: formatting whole rows or columns is not modelled");
  for (let r = t.b.r0; r <= t.b.r1; r++) for (let c = t.b.c0; c <= t.b.c1; c++) apply(cellAt(t.sheet, r, c));
}

/** The target of a range proxy handed back to the fake (every XRange here is the fake's own). */
export function rangeTargetOf(range: XRange): RangeTarget {
  return (range as unknown as { target(): RangeTarget }).target();
}
