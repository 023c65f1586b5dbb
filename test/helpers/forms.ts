// Submission sheets in the column layouts real systems and offices produce (issue 14), built by code:
// a title block, one or two header rows, one row per framework node, then rows a test adds. Each
// column says what it holds for a node, so one builder makes the Ministry's export, a scoring app's
// report with two appraisal rounds, one tab per part and a district department's table.
import { allNodes } from "../../src/core/framework/model";
import type { CellValue, CriterionNode, Framework, SheetSnapshot } from "../../src/core/types";
import { a1 } from "../../src/core/util/a1";
import { displayCode } from "../../src/core/util/codes";

/** One column of a form: its header (one text, or [upper, lower] for a merged two-row header) and its cells. */
export interface FormColumn {
  header: string | [string, string];
  cell: (n: CriterionNode, leaf: boolean) => CellValue;
}

export interface FormOptions {
  name?: string;
  title?: string[];
  columns: FormColumn[];
  /** Only the areas listed (one tab per part); default every area. */
  areas?: string[];
  /** Rows after the node rows (the total, bonus and penalty rows…), cells in the form's columns. */
  tail?: CellValue[][];
  /** Replaces a node's cell in a column: code → column index → value. */
  set?: Record<string, Record<number, CellValue>>;
}

/** Points of a node at full marks of the unit-scored leaves (survey leaves 0). */
export function fullPoints(n: CriterionNode): number {
  if (n.children.length) return n.children.reduce((t, c) => t + fullPoints(c), 0);
  return n.source === "self" ? n.max : 0;
}

/** A form sheet; every unit-scored leaf at full marks unless a column says otherwise. */
export function formSheet(fw: Framework, o: FormOptions): SheetSnapshot {
  const values: CellValue[][] = (o.title ?? []).map((t) => [t]);
  values.push([]);
  const two = o.columns.some((c) => Array.isArray(c.header));
  if (two) {
    values.push(o.columns.map((c) => (Array.isArray(c.header) ? c.header[0] : c.header)));
    values.push(o.columns.map((c) => (Array.isArray(c.header) ? c.header[1] : "")));
  } else values.push(o.columns.map((c) => c.header as string));
  // A merged upper header cell keeps its text in its first column only.
  if (two) {
    const upper = values[values.length - 2];
    for (let i = upper.length - 1; i > 0; i--) if (upper[i] === upper[i - 1]) upper[i] = "";
  }
  const nodes = allNodes(fw).filter((n) => !o.areas || o.areas.includes(n.code.split(".")[0]));
  for (const n of nodes) {
    const leaf = n.children.length === 0;
    values.push(o.columns.map((c, i) => (o.set?.[n.code] && i in o.set[n.code] ? o.set[n.code][i] : c.cell(n, leaf))));
  }
  for (const t of o.tail ?? []) values.push(t);
  return { name: o.name ?? "Sheet1", originRow: 0, originCol: 0, values };
}

// Columns real forms use.
export const STT: FormColumn = { header: "STT", cell: (n) => displayCode(n.code) };
export const TITLE: FormColumn = { header: "Nội dung tiêu chí", cell: (n) => n.title };
/** The Ministry's system: the number inside the title ("1.1. …"), areas numbered 1, 2, 3. */
export const NUMBERED_TITLE: FormColumn = {
  header: "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
  cell: (n) => `${n.code}. ${n.title}`,
};
export const MAX: FormColumn = { header: "Điểm tối đa", cell: (n) => n.max };
export const SELF: FormColumn = {
  header: "Điểm tự đánh giá",
  cell: (n, leaf) => (leaf && n.source !== "self" ? "" : fullPoints(n)),
};
export const EVIDENCE: FormColumn = {
  header: "Tài liệu kiểm chứng",
  cell: (n, leaf) => (leaf && n.source === "self" ? "Báo cáo số 12/BC-UBND" : ""),
};

/** Row (0-based) of the first row whose first cells hold a text. */
export function formRow(sheet: SheetSnapshot, text: string): number {
  const i = sheet.values.findIndex((r) => r.some((v) => v === text));
  if (i < 0) throw new Error(`no row with ${text}`);
  return i + sheet.originRow;
}

/** A1 of a column's cell on the row of a node (by its title in the sheet) or of a text. */
export function formCell(sheet: SheetSnapshot, rowText: string, col: number): string {
  return a1(formRow(sheet, rowText), col);
}
