// CellStyle (the engine's declarative style) → ExcelJS style.
import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../../core/index.js";

/** "#1F4E79" or "#fff" → ExcelJS ARGB "FF1F4E79"; undefined for anything else. */
export function argb(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `FF${hex.toUpperCase()}`;
}

/** The later style's properties win over the earlier one's, property by property (as overlapping ranges are applied in order). */
export function mergeStyles(base: CellStyle | undefined, over: CellStyle): CellStyle {
  return base ? { ...base, ...over } : { ...over };
}

const thin: Partial<ExcelJS.Border> = { style: "thin" };

/** The ExcelJS style of a cell: its own font properties, else the sheet's default font name and size. */
export function toExcelStyle(
  style: CellStyle,
  defaults: { fontName?: string; fontSize?: number } = {},
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  const name = style.fontName ?? defaults.fontName;
  const size = style.fontSize ?? defaults.fontSize;
  if (name) font.name = name;
  if (size) font.size = size;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  const color = argb(style.fontColor);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length) out.font = font;
  const fill = argb(style.fill);
  if (fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) out.alignment = alignment;
  if (style.border === "thin") out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.input) out.protection = { locked: false };
  return out;
}
