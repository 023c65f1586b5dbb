import { CellValue, isCellError, SheetSnapshot } from "../../src/core/types";
import { parseA1, parseRange } from "../../src/core/util/a1";
import { parseNumber } from "../../src/core/util/numbers";

/**
 * Recalculates the simple subtotal formulas a submission holds (=SUM(D8:D10), =D8+D12), as Excel
 * would after a test edits a score: errors propagate, SUM skips text, "+" needs numbers.
 */
export function recalcSubtotals(sheet: SheetSnapshot): void {
  const get = (r: number, c: number): CellValue => sheet.values[r - sheet.originRow]?.[c - sheet.originCol] ?? null;
  for (let pass = 0; pass < 6; pass++) {
    sheet.formulas?.forEach((row, ri) =>
      row.forEach((f, ci) => {
        if (!f || !f.startsWith("=")) return;
        const body = f.slice(1);
        let v: CellValue;
        const sum = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(body);
        if (sum) {
          const b = parseRange(sum[1])!;
          let t = 0;
          let err: CellValue = null;
          for (let r = b.r0; r <= b.r1; r++) {
            const x = get(r, b.c0);
            if (isCellError(x)) err = x;
            else if (typeof x === "number") t += x;
          }
          v = err ?? Math.round(t * 1e6) / 1e6;
        } else if (/^[A-Z]+\d+(\+[A-Z]+\d+)*$/.test(body)) {
          let t = 0;
          let err: CellValue = null;
          for (const ref of body.split("+")) {
            const p = parseA1(ref)!;
            const x = get(p.row, p.col);
            const n = parseNumber(x);
            if (n.kind === "error") err = { error: n.error };
            else if (n.kind === "number") t += n.value;
            else if (n.kind === "text") err = { error: "#VALUE!" };
          }
          v = err ?? Math.round(t * 1e6) / 1e6;
        } else return;
        sheet.values[ri][ci] = v;
      }),
    );
  }
}
