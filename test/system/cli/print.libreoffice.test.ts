import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir, xlsxPart } from "../../helpers/files";
import { firstPagePng, measure, MOTTO, PrintMeasure, printSheets } from "../../helpers/print";
import { ensureCliBuilt, LIBREOFFICE_TIMEOUT_MS, ROOT, runCli } from "../../helpers/processes";

// Every generated sheet of `par-index score` (and the blank template of `par-index template`),
// printed on A4 by LibreOffice one sheet at a time and read back from the PDF, for the 14-unit
// sample and a 150-unit one (the sheets that grow with the units): the text a reader sees must be 9 pt or more after fitting to the page,
// no word printed over another, the header block (issuing body, national motto whole on one line,
// place and date) on page 1, the signature block printed, and a bounded number of pages (issue 17).
// A PNG of each sheet's first page and the measures are kept under test-artifacts/print/ (not
// committed).

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const dir = tempDir("par-print-");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "print");

const OFFICE_SHEETS = ["Tổng hợp", "Xếp hạng", "Kế hoạch khắc phục", "Phân tích"] as const;
/** The office's documents that are numbered and signed (Phân tích is their working appendix). */
const SIGNED = ["Tổng hợp", "Xếp hạng", "Kế hoạch khắc phục"] as const;
const HEADER = ["--issuer", "Sở Nội vụ", "--parent", "Ủy ban nhân dân tỉnh Quảng Ninh", "--place", "Hạ Long"];
const SIGN = ["--date", "2025-12-15", "--sign", "KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC", "--signer", "Nguyễn Văn An"];
/** The ward whose own plan is printed (sheet "P. Hồng Hà" of the sample). */
const WARD = "Phường Hồng Hà";

interface Size {
  units: number;
  /** Every sheet printed, in order; the unit's plan and the template are named after the run. */
  sheets: string[];
  measures: Map<string, PrintMeasure>;
}

const sizes: Size[] = [14, 150].map((units) => ({ units, sheets: [], measures: new Map() }));

/** Pages each sheet may take, for n units (what it took when measured, with room to spare). */
function maxPages(sheet: string, n: number): number {
  if (sheet === "Tổng hợp") return Math.ceil(n / 18) + 1;
  if (sheet === "Xếp hạng") return Math.ceil(n / 20) + 2;
  if (sheet === "Điểm chi tiết") return 8 * (Math.ceil(n / 25) + 1);
  if (sheet === "Kế hoạch khắc phục") return 4 * n;
  if (sheet === "Phân tích") return 12 * (Math.ceil(n / 8) + 1);
  if (sheet.startsWith("KH ")) return 6;
  return 8; // Bộ tiêu chí, the template, the document header sheet
}

const report: unknown[] = [];

/** Scores a sample of this size and prints its sheets (each size in its own hook, with its own timeout). */
async function printSize(size: Size): Promise<void> {
  ensureCliBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  {
    const sub = path.join(dir, String(size.units));
    fs.mkdirSync(sub, { recursive: true });
    const par = (args: string[]) => runCli(args, sub);
    expect(par(["sample", "--out", "ho-so.xlsx", "--units", String(size.units)]).status).toBe(0);
    expect(par(["template", "--out", "mau.xlsx"]).status).toBe(0);
    const scored = par([
      "score",
      "--out",
      "ket-qua.xlsx",
      ...HEADER,
      ...SIGN,
      "--unit-plans",
      "P. Hồng Hà",
      "ho-so.xlsx",
    ]);
    expect([0, 1]).toContain(scored.status);
    const result = path.join(sub, "ket-qua.xlsx");
    expect(fs.existsSync(result)).toBe(true);
    // The ward's own plan (every unit's has the same layout).
    const book = xlsxPart(result, "xl/workbook.xml");
    const unitPlan = /name="(KH P\. Hồng Hà)"/.exec(book)?.[1] ?? "";
    expect(unitPlan).not.toBe("");
    // The sheets whose length grows with the units are printed at both sizes; the others (criteria,
    // a unit's own plan, the header sheet, the blank template) do not change with the number of
    // units and are printed once, with the sample, to keep the test's time reasonable.
    const resultSheets: string[] = [...OFFICE_SHEETS.slice(0, 2), "Điểm chi tiết", ...OFFICE_SHEETS.slice(2)];
    if (size.units === 14) resultSheets.push("Bộ tiêu chí", unitPlan, "Thông tin văn bản");
    const pdfs = await printSheets(result, resultSheets, sub, "ket-qua");
    size.sheets = [...resultSheets];
    let templatePdf = "";
    if (size.units === 14) {
      [templatePdf] = await printSheets(path.join(sub, "mau.xlsx"), ["Mẫu tự đánh giá"], sub, "mau");
      size.sheets.push("Mẫu tự đánh giá");
    }
    for (const [i, sheet] of size.sheets.entries()) {
      const pdf = i < pdfs.length ? pdfs[i] : templatePdf;
      const m = await measure(sheet, pdf);
      size.measures.set(sheet, m);
      await firstPagePng(pdf, path.join(ARTIFACTS, `${size.units}-${String(i + 1).padStart(2, "0")}-${slug(sheet)}`));
      report.push({
        units: size.units,
        sheet,
        pages: m.pages,
        minTextPt: m.minTextPt,
        p5TextPt: m.p5TextPt,
        overlaps: m.overlaps.length,
        firstOverlaps: m.overlaps.slice(0, 3),
        mottoWhole: m.mottoWhole,
        firstPage: m.firstPageLines.slice(0, 10),
        lastPage: m.pageTexts[m.pages - 1]?.slice(-300),
      });
    }
  }
  fs.writeFileSync(path.join(ARTIFACTS, "measures.json"), JSON.stringify(report, null, 2));
}

describe.each(sizes.map((s) => [s.units, s] as const))("%i units: every sheet printed on A4", (_n, size) => {
  beforeAll(() => printSize(size), LIBREOFFICE_TIMEOUT_MS);

  const each = (check: (m: PrintMeasure, sheet: string) => void) => () => {
    expect(size.sheets.length).toBe(size.units === 14 ? 9 : 5);
    for (const sheet of size.sheets) check(size.measures.get(sheet)!, sheet);
  };

  it(
    "has text of 9 pt or more after fitting",
    each((m, sheet) =>
      expect({ sheet, minTextPt: m.minTextPt >= 9 ? "≥ 9" : m.minTextPt }).toEqual({ sheet, minTextPt: "≥ 9" }),
    ),
  );

  it(
    "prints no word over another",
    each((m, sheet) => expect({ sheet, overlaps: m.overlaps.slice(0, 3) }).toEqual({ sheet, overlaps: [] })),
  );

  it(
    "takes a bounded number of pages",
    each((m, sheet) => {
      expect(m.pages).toBeGreaterThanOrEqual(1);
      expect({ sheet, pages: m.pages <= maxPages(sheet, size.units) }).toEqual({ sheet, pages: true });
    }),
  );

  it("keeps the header block whole on page 1: issuing body, motto on one line, place and date", () => {
    const official = size.sheets.filter((s) => !["Điểm chi tiết", "Bộ tiêu chí", "Thông tin văn bản"].includes(s));
    for (const sheet of official) {
      const m = size.measures.get(sheet)!;
      expect({ sheet, motto: m.mottoWhole }).toEqual({ sheet, motto: true });
      const page1 = m.pageTexts[0];
      expect(page1).toContain("Độc lập - Tự do - Hạnh phúc");
      if (sheet === "Mẫu tự đánh giá") continue;
      expect(page1).toContain("Hạ Long, ngày 15 tháng 12 năm 2025");
      expect(page1).toContain(sheet.startsWith("KH ") ? "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ" : "SỞ NỘI VỤ");
    }
  });

  it("signs the office's documents as configured, and the ward's plan as its People's Committee", () => {
    for (const sheet of SIGNED) {
      const text = size.measures.get(sheet)!.pageTexts.join(" ");
      for (const words of ["Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"])
        expect({ sheet, words, printed: text.includes(words) }).toEqual({ sheet, words, printed: true });
      expect(size.measures.get(sheet)!.pageTexts[0]).toMatch(/Số: …\/(BC|KH)-SNV/);
    }
    const unit = [...size.measures.values()].find((m) => m.sheet.startsWith("KH "));
    if (size.units !== 14) return;
    const text = unit!.pageTexts.join(" ");
    expect(unit!.pageTexts[0]).toContain("Số: …/KH-UBND");
    expect(text).toContain("KẾ HOẠCH Khắc phục tồn tại, hạn chế");
    for (const words of [
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nơi nhận:",
      "- Sở Nội vụ (để báo cáo);",
      `Đơn vị: ${WARD}`,
    ])
      expect({ words, printed: text.includes(words) }).toEqual({ words, printed: true });
  });

  it("repeats the unit names at the left of every page of Điểm chi tiết", () => {
    const m = size.measures.get("Điểm chi tiết")!;
    expect(m.pages).toBeGreaterThan(1);
    for (const [p, text] of m.pageTexts.entries())
      expect({ page: p + 1, names: /(Phường|Xã) \p{L}/u.test(text) && text.includes("Đơn vị") }).toEqual({
        page: p + 1,
        names: true,
      });
  });

  it("repeats the matrix's column titles (units) and row titles (criteria) on every page of Phân tích", () => {
    const m = size.measures.get("Phân tích")!;
    const first = m.pageTexts.findIndex((t) => t.includes("3. Ma trận điểm bị mất"));
    expect(first).toBeGreaterThanOrEqual(0);
    for (let p = first + 1; p < m.pages; p++) {
      const text = m.pageTexts[p];
      // Row titles: the criterion's code and title column; column titles: the header row (units).
      expect({ page: p + 1, rowTitles: text.includes("Điểm tối đa") && /\d\.\d/.test(text) }).toEqual({
        page: p + 1,
        rowTitles: true,
      });
      expect({ page: p + 1, columnTitles: /(Phường|Xã|Tổng điểm bị mất|Số đơn vị)/u.test(text) }).toEqual({
        page: p + 1,
        columnTitles: true,
      });
    }
  });

  it("starts each group's table of Xếp hạng at the top of a new page", () => {
    const m = size.measures.get("Xếp hạng")!;
    const at = (k: number) => {
      const page = m.pageTexts.findIndex((t) => t.includes(`${k}. NHÓM `));
      return { page, offset: page < 0 ? -1 : m.pageTexts[page].indexOf(`${k}. NHÓM `) };
    };
    expect(at(1).page).toBe(0);
    expect(at(2).page).toBeGreaterThan(0);
    for (let k = 2, prev = at(1).page; at(k).page >= 0; prev = at(k).page, k++) {
      // Nothing above the group's title but, at most, the table header repeated from the first group.
      expect({ group: k, newPage: at(k).page > prev, nearTop: at(k).offset <= 80 }).toEqual({
        group: k,
        newPage: true,
        nearTop: true,
      });
    }
  });

  it("keeps a PNG of each sheet's first page", () => {
    for (const [i, s] of size.sheets.entries())
      expect(
        fs.existsSync(path.join(ARTIFACTS, `${size.units}-${String(i + 1).padStart(2, "0")}-${slug(s)}.png`)),
      ).toBe(true);
  });
});

it("writes the print areas and title rows and columns as Excel reads them", () => {
  const names = xlsxPart(path.join(dir, "14", "ket-qua.xlsx"), "xl/workbook.xml");
  expect(names).toMatch(/_xlnm\.Print_Area"[^>]*>&apos;Tổng hợp&apos;!\$A\$1:\$[A-Z]+\$\d+</);
  expect(names).toMatch(/_xlnm\.Print_Area"[^>]*>&apos;Xếp hạng&apos;!\$A\$1:\$[A-Z]+\$\d+</);
  expect(names).toMatch(/_xlnm\.Print_Titles"[^>]*>&apos;Điểm chi tiết&apos;!\$A:\$B,/);
  expect(names).toMatch(/_xlnm\.Print_Titles"[^>]*>&apos;Phân tích&apos;!\$A:\$C,&apos;Phân tích&apos;!\$\d+:\$\d+</);
  expect(MOTTO).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
});

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .replace(/\W+/g, "-")
    .toLowerCase();
}
