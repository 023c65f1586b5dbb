// Printing a workbook the way a user does: LibreOffice renders each sheet to an A4 PDF (the other
// sheets hidden, so each PDF is one sheet), and poppler (pdftotext -bbox-layout, pdftoppm) reads it
// back. From the word boxes we measure what a reader sees: the smallest text, the pages, words
// printed over each other, and whether the national motto stands whole on one line of page 1.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { xlsxPart } from "./files";
import { run } from "./libreoffice";

const SOFFICE = process.env.SOFFICE ?? "soffice";

/** A word box of Times New Roman is about 1,3 × its point size tall (12 pt ≈ 15,6 pt). */
export const BOX_PER_POINT = 1.3;
export const MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

export interface Word {
  page: number;
  line: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PrintMeasure {
  sheet: string;
  pages: number;
  /** Smallest word box height, in points of font size (box height / 1,3), over words with a letter or digit. */
  minTextPt: number;
  /** The same, as the 5th percentile (one odd tiny word does not hide the sheet's usual size). */
  p5TextPt: number;
  /** Pairs of words on different lines whose boxes overlap by more than a quarter of the smaller. */
  overlaps: { a: string; b: string; page: number }[];
  /** The motto whole on one line of page 1 (null when the sheet has no motto). */
  mottoWhole: boolean | null;
  /** Lines of page 1, for the report. */
  firstPageLines: string[];
  /** The text of each page (words joined by spaces). */
  pageTexts: string[];
}

/**
 * Writes one copy of the workbook per sheet, with every other sheet hidden, converts them all to
 * PDF in one LibreOffice run and returns the PDF of each sheet (same order as `sheets`).
 */
export async function printSheets(xlsx: string, sheets: string[], outDir: string, prefix = "sheet"): Promise<string[]> {
  const copies: string[] = [];
  // Read once (a 150-unit workbook takes seconds to read), then write one copy per sheet.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const areas = new Map(wb.worksheets.map((ws) => [ws.name, ws.pageSetup.printArea]));
  // ExcelJS does not read manual page breaks back: copy them from the file (sheet parts are named
  // by the sheet's id in a file ExcelJS wrote, as the CLI's are).
  for (const ws of wb.worksheets) {
    const xml = (() => {
      try {
        return xlsxPart(xlsx, `xl/worksheets/sheet${ws.id}.xml`);
      } catch {
        return "";
      }
    })();
    const breaks = /<rowBreaks\b.*?<\/rowBreaks>/s.exec(xml)?.[0] ?? "";
    const holder = ws as unknown as { rowBreaks?: unknown[] };
    holder.rowBreaks ??= [];
    for (const m of breaks.matchAll(/<brk [^>]*id="(\d+)"/g)) ws.getRow(Number(m[1])).addPageBreak();
  }
  for (const [i, name] of sheets.entries()) {
    let active = -1;
    wb.worksheets.forEach((ws, k) => {
      // ExcelJS reads "$A$1:$N$22" back as "A1:N22" and would write "$A1:$N22", which LibreOffice
      // ignores: give the rows their $ again (as src/cli/xlsx/writePlans.ts does).
      // LibreOffice prints the print areas of hidden sheets too: keep only the printed sheet's.
      const area = areas.get(ws.name);
      if (ws.name !== name) ws.pageSetup.printArea = undefined;
      else ws.pageSetup.printArea = area && !area.includes("$") ? area.replace(/([A-Z]+)(\d+)/gi, "$1$$$2") : area;
      if (ws.name === name) {
        ws.state = "visible";
        active = k;
      } else ws.state = "hidden";
    });
    if (active < 0) throw new Error(`No sheet "${name}" in ${xlsx}`);
    wb.views = [{ activeTab: active, firstSheet: active, visibility: "visible" } as ExcelJS.WorkbookView];
    const file = path.join(outDir, `${prefix}-${String(i + 1).padStart(2, "0")}.xlsx`);
    await wb.xlsx.writeFile(file);
    copies.push(file);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "par-index-lo-print-"));
  try {
    const { code, output } = await run(SOFFICE, [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...copies,
    ]);
    const pdfs = copies.map((c) => c.replace(/\.xlsx$/, ".pdf"));
    const missing = pdfs.filter((p) => !fs.existsSync(p));
    if (code !== 0 || missing.length) throw new Error(`LibreOffice could not print (exit ${code}): ${output.trim()}`);
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The word boxes of a PDF (pdftotext -bbox-layout), page and line numbered from 1. */
export async function pdfWords(pdf: string): Promise<{ pages: number; words: Word[] }> {
  const html = path.join(path.dirname(pdf), `${path.parse(pdf).name}.bbox.html`);
  const { code, output } = await run("pdftotext", ["-bbox-layout", pdf, html]);
  if (code !== 0) throw new Error(`pdftotext failed (${code}): ${output}. Install poppler-utils.`);
  const text = fs.readFileSync(html, "utf8");
  const words: Word[] = [];
  let page = 0;
  let line = 0;
  const re = /<page |<line |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "<page ") page++;
    else if (m[0] === "<line ") line++;
    else words.push({ page, line, text: unescape(m[5]), x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4] });
  }
  return { pages: page, words };
}

/** Measures one sheet's PDF. */
export async function measure(sheet: string, pdf: string): Promise<PrintMeasure> {
  const { pages, words } = await pdfWords(pdf);
  const sized = words
    .filter((w) => /[\p{L}\p{N}]/u.test(w.text))
    .map((w) => (w.y1 - w.y0) / BOX_PER_POINT)
    .sort((a, b) => a - b);
  const overlaps: PrintMeasure["overlaps"] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j];
      if (b.page !== a.page) break;
      if (b.line === a.line) continue;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (w * h > smaller / 4) overlaps.push({ a: a.text, b: b.text, page: a.page });
    }
  }
  const lines = new Map<number, string[]>();
  for (const w of words.filter((x) => x.page === 1)) lines.set(w.line, [...(lines.get(w.line) ?? []), w.text]);
  const firstPageLines = [...lines.values()].map((l) => l.join(" "));
  // A sheet has the motto when its words appear in order anywhere (split or not).
  const all = words.map((w) => w.text).join(" ");
  const anyMotto = /CỘNG HÒA|CHỦ NGHĨ/.test(all);
  return {
    sheet,
    pages,
    minTextPt: round1(sized[0] ?? 0),
    p5TextPt: round1(sized[Math.floor(sized.length * 0.05)] ?? 0),
    overlaps,
    mottoWhole: anyMotto ? firstPageLines.some((l) => l.includes(MOTTO)) : null,
    firstPageLines,
    pageTexts: Array.from({ length: pages }, (_, p) =>
      words
        .filter((w) => w.page === p + 1)
        .map((w) => w.text)
        .join(" "),
    ),
  };
}

/** A PNG of the first page, kept as a test artifact. */
export async function firstPagePng(pdf: string, pngBase: string): Promise<string> {
  const { code, output } = await run("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    pngBase,
  ]);
  if (code !== 0) throw new Error(`pdftoppm failed (${code}): ${output}`);
  return `${pngBase}.png`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
