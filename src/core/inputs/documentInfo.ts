// The document header kept in the workbook: a small sheet "Thông tin văn bản" with one label and
// its value per row (Cơ quan cấp trên | Ủy ban nhân dân tỉnh Quảng Ninh). The engine reads it from
// any workbook (the pane's, or an input file of the command line), so a colleague who opens the
// workbook, or runs the command on it, prints the same header; it writes it back with the header
// in force (documentInfoPlan), so what the pane typed is kept in the workbook.
import type { DocumentHeader } from "../plans/builder.js";
import { fitRowHeights, HEADER_FILL, PlanBuilder } from "../plans/builder.js";
import { Grid } from "../submission/grid.js";
import type { SheetPlan, SheetSnapshot } from "../types.js";
import { cellText, foldLoose } from "../util/text.js";

/** The sheet's name (a user's sheet of that name is read too, and never overwritten). */
export const DOCUMENT_INFO_SHEET = "Thông tin văn bản";

type Key = "parentBody" | "issuingBody" | "number" | "place" | "date" | "sign" | "signer";

/** The labels as written, and what else staff may call them (matched without diacritics). */
const FIELDS: { key: Key; label: string; match: RegExp; hint: string }[] = [
  {
    key: "parentBody",
    label: "Cơ quan cấp trên",
    match: /^co quan (cap tren|chu quan)/,
    hint: "Ủy ban nhân dân tỉnh Quảng Ninh",
  },
  {
    key: "issuingBody",
    label: "Cơ quan ban hành (thẩm định)",
    match: /^(co quan (ban hanh|tham dinh)|ten co quan)/,
    hint: "Sở Nội vụ",
  },
  { key: "number", label: "Số, ký hiệu văn bản", match: /^so( va| ky hieu|,)|^so van ban/, hint: "…/BC-SNV" },
  { key: "place", label: "Địa danh", match: /^dia danh|^noi ban hanh/, hint: "Hạ Long" },
  { key: "date", label: "Ngày ban hành", match: /^ngay/, hint: "15/12/2025, hoặc để trống ngày: … /12/2025" },
  {
    key: "sign",
    label: "Thẩm quyền ký",
    match: /^(tham quyen|quyen han|chuc vu)/,
    hint: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
  },
  { key: "signer", label: "Người ký", match: /^(nguoi ky|ho (va )?ten nguoi ky)/, hint: "Nguyễn Văn A" },
];

/** The header a document-info sheet holds (only the fields filled), or null when the sheet is not one. */
export function readDocumentInfo(sheet: SheetSnapshot): Partial<DocumentHeader> | null {
  if (foldLoose(sheet.name) !== foldLoose(DOCUMENT_INFO_SHEET) && sheet.generated !== "document") return null;
  const g = new Grid(sheet);
  const out: Partial<DocumentHeader> = {};
  for (let r = g.firstRow; r < g.endRow; r++)
    for (let c = g.firstCol; c + 1 < g.endCol; c++) {
      const label = foldLoose(cellText(g.value(r, c)));
      const field = label ? FIELDS.find((f) => f.match.test(label)) : undefined;
      if (!field) continue;
      const raw = g.value(r, c + 1);
      const text = cellText(raw).normalize("NFC").trim();
      if (!text) break;
      if (field.key === "date") {
        const date = typeof raw === "number" ? serialDate(raw) : textDate(text);
        if (date) out.date = date;
        // A date staff left open for the signing day ("… /12/2025") prints as typed.
        else out.dateText = /^ngày\b/iu.test(text) ? text : `ngày ${text}`;
      } else if (field.key === "sign")
        out.sign = text
          .split(/\s*[/\n]\s*/)
          .map((t) => t.trim().toLocaleUpperCase("vi"))
          .filter(Boolean);
      else out[field.key] = text;
      break;
    }
  return out;
}

/** The header kept in the workbook: the first document-info sheet's, a generated one before a user's. */
export function documentInfoOf(sheets: readonly SheetSnapshot[]): Partial<DocumentHeader> {
  const found = [...sheets].sort((a, b) => Number(!!b.generated) - Number(!!a.generated));
  for (const s of found) {
    const h = readDocumentInfo(s);
    if (h) return h;
  }
  return {};
}

/** The document-info sheet with the header in force, for the next run and for a colleague. */
export function documentInfoPlan(h: DocumentHeader): SheetPlan {
  const b = new PlanBuilder(DOCUMENT_INFO_SHEET, "document", 12);
  b.line(0, 0, 2, "THÔNG TIN VĂN BẢN (ĐẦU VĂN BẢN VÀ CHỮ KÝ CỦA CÁC TRANG TỔNG HỢP, XẾP HẠNG, KẾ HOẠCH)", {
    bold: true,
    wrap: true,
    hAlign: "left",
  });
  b.value(1, 0, "Sửa giá trị ở cột B; lần tính điểm sau sẽ dùng các giá trị này.").style(1, 0, 1, 0, {
    italic: true,
  });
  b.value(2, 0, "Mục").value(2, 1, "Giá trị").value(2, 2, "Ví dụ");
  b.style(2, 0, 2, 2, { bold: true, fill: HEADER_FILL, border: "thin", hAlign: "center" });
  const value: Record<Key, string> = {
    parentBody: h.parentBody ?? "",
    issuingBody: h.issuingBody,
    number: h.number ?? "",
    place: h.place,
    date:
      h.dateText ?? `${String(h.date.day).padStart(2, "0")}/${String(h.date.month).padStart(2, "0")}/${h.date.year}`,
    sign: (h.sign ?? []).join(" / "),
    signer: h.signer ?? "",
  };
  FIELDS.forEach((f, i) => {
    b.value(3 + i, 0, f.label)
      .value(3 + i, 1, value[f.key] || null)
      .value(3 + i, 2, f.hint);
  });
  const last = 2 + FIELDS.length;
  b.style(3, 0, last, 2, { border: "thin", vAlign: "top", wrap: true });
  b.style(3, 1, last, 1, { input: true, numberFormat: "@" });
  b.style(3, 2, last, 2, { italic: true });
  // About 95 characters: A4 portrait fitted to the width keeps 12 pt at 9 pt or more.
  b.widths([26, 38, 30]);
  b.plan.rowHeights = [{ row: 0, height: 36 }];
  // Wrapped values and examples get the height of their lines (Excel never grows a row on opening).
  fitRowHeights(b, 3, last, [0, 1, 2]);
  b.plan.print = { orientation: "portrait", paper: "A4", fitToWidth: true };
  return b.build();
}

// Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 29 February 1900.
function serialDate(n: number): DocumentHeader["date"] | undefined {
  if (!Number.isFinite(n) || n < 1 || n > 2958465) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "15/12/2025", "2025-12-15", "ngày 15 tháng 12 năm 2025": a real day, else undefined. */
export function textDate(text: string): DocumentHeader["date"] | undefined {
  const t = text.normalize("NFC").trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const words = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(t);
  const [year, month, day] = iso
    ? [+iso[1], +iso[2], +iso[3]]
    : vi
      ? [+vi[3], +vi[2], +vi[1]]
      : words
        ? [+words[3], +words[2], +words[1]]
        : [NaN, NaN, NaN];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isFinite(year) || year < 1900) return undefined;
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
