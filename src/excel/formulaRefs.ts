// Sheet names inside formulas and addresses. The adapter writes generated sheets under temporary
// names and renames them at the end, so a plan's references to its sibling sheets are pointed at the
// temporary names first (Excel then carries them through the rename, as it does for any rename).

const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/** Rewrites the sheet names of a formula's references (`'Old'!A1`, `Old!A1`); text in "…" is left alone. */
export function renameSheetRefs(formula: string, rename: (sheet: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = endOfQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuoted(formula, i, "'");
      const raw = formula.slice(i, end);
      if (formula[end] === "!") {
        const sheet = raw.slice(1, -1).replace(/''/g, "'");
        const to = rename(sheet);
        out += to === undefined ? raw : quoteSheetName(to);
      } else out += raw;
      i = end;
    } else if (NAME_CHAR.test(ch) && (i === 0 || !/[\p{L}\p{N}_.\]$]/u.test(formula[i - 1]))) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      const word = formula.slice(i, end);
      const to = formula[end] === "!" ? rename(word) : undefined;
      out += to === undefined ? word : quoteSheetName(to);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Rewrites table names in structured references (`tblXepHang[Chỉ số]`); text in "…" is left alone. */
export function renameTableRefs(formula: string, rename: (table: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = endOfQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (/[A-Za-z_\\]/.test(ch) && (i === 0 || !/[\p{L}\p{N}_.\]$!]/u.test(formula[i - 1]))) {
      let end = i;
      while (end < formula.length && /[A-Za-z0-9_.\\]/.test(formula[end])) end++;
      const word = formula.slice(i, end);
      const to = formula[end] === "[" ? rename(word) : undefined;
      out += to ?? word;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A sheet name as written before "!" in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'P. Hồng Hà'!A1:B2" → { sheet: "P. Hồng Hà", local: "A1:B2" }; an address without a sheet has only `local`. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang < 0) return { local: a };
  let sheet = a.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: a.slice(bang + 1) };
}

/** The local parts of a multi-area address: "Sheet1!A1:B4, Sheet1!D1:D4" → ["A1:B4", "D1:D4"]. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let i = 0;
  let start = 0;
  while (i < address.length) {
    if (address[i] === "'") i = endOfQuoted(address, i, "'");
    else if (address[i] === ",") {
      parts.push(address.slice(start, i));
      start = ++i;
    } else i++;
  }
  parts.push(address.slice(start));
  return parts.map((p) => splitAddress(p).local).filter((p) => p !== "");
}

// Index just past a quoted run starting at `start` (doubled quotes stay inside).
function endOfQuoted(s: string, start: number, q: string): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === q) {
      if (s[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return s.length;
}
