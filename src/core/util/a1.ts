// A1 addresses. Rows and columns here are 0-based; A1 text is 1-based as Excel shows it.

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, col 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (A1:XFD1048576). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;

/** "$B$12" or "B12" → { row: 11, col: 1 }; null when it is not a cell address of Excel's grid ("A0", "XFE1"). */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = colIndex(m[1]);
  if (row < 0 || row >= EXCEL_ROWS || col >= EXCEL_COLS) return null;
  return { row, col };
}

/** "A1:C3" → bounds (0-based, inclusive); a single cell is a 1×1 range. */
export function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const parts = ref.split(":");
  if (parts.length > 2) return null;
  const [a, b] = parts;
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Range text from 0-based bounds. */
export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  return `${a1(r0, c0)}:${a1(r1, c1)}`;
}

/** A sheet name quoted for use in a formula: 'Phường Hồng Hà'!F12. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Absolute cell reference ($F$12). */
export function absA1(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}
