// A small hand-written ExcelGateway for the task pane's tests: sheets held as snapshots, plans
// written as generated sheets (values only), and every call recorded. Failures can be queued.
import type { SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/types.js";
import type { Finding } from "../../../src/core/findings.js";
import type { ExcelGateway, ImportFile, ImportedSheet, OnProgress, WrittenSheet } from "../../../src/excel/gateway.js";

export interface Call {
  method: keyof ExcelGateway;
  args: unknown[];
}

export class GatewayDouble implements ExcelGateway {
  sheets: SheetSnapshot[];
  calls: Call[] = [];
  language: string;
  importable = true;
  highlighted = new Set<string>();
  selected: { sheet: string; cell: string } | null = null;
  /** Thrown by the next call of that method, once. */
  failures: Partial<Record<keyof ExcelGateway, Error>> = {};
  /** Sheets that importWorkbooks inserts, by file name. */
  files: Record<string, SheetSnapshot[]> = {};

  constructor(sheets: SheetSnapshot[] = [], language = "vi-VN") {
    this.sheets = sheets;
    this.language = language;
  }

  private enter(method: keyof ExcelGateway, args: unknown[]): void {
    this.calls.push({ method, args });
    const f = this.failures[method];
    if (f) {
      delete this.failures[method];
      throw f;
    }
  }

  count(method: keyof ExcelGateway): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  async readWorkbook(onProgress?: OnProgress): Promise<WorkbookSnapshot> {
    this.enter("readWorkbook", []);
    onProgress?.({ done: 1, total: 1, label: "Đọc" });
    return { source: "Sổ tổng hợp.xlsx", sheets: this.sheets.map((s) => clone(s)) };
  }

  async writePlans(plans: SheetPlan[], onProgress?: OnProgress): Promise<WrittenSheet[]> {
    this.enter("writePlans", [plans]);
    const out: WrittenSheet[] = [];
    plans.forEach((p, i) => {
      onProgress?.({ done: i + 1, total: plans.length, label: p.name });
      const user = this.sheets.find((s) => s.name === p.name && !s.generated);
      const name = user ? `${p.name} (2)` : p.name;
      this.sheets = this.sheets.filter((s) => !(s.generated === p.kind && s.name === name));
      const values = p.cells.map((row) => row.map((c) => c?.value ?? null));
      this.sheets.push({ name, originRow: 0, originCol: 0, values, generated: p.kind });
      out.push({ kind: p.kind, name, requestedName: p.name });
    });
    return out;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.enter("selectCell", [sheet, cell]);
    this.selected = { sheet, cell };
  }

  async highlightFindings(findings: Finding[]): Promise<number> {
    this.enter("highlightFindings", [findings]);
    let n = 0;
    for (const f of findings) {
      const k = `${f.sheet}!${f.cell}`;
      if (!this.highlighted.has(k)) n++;
      this.highlighted.add(k);
    }
    return n;
  }

  async clearHighlights(): Promise<number> {
    this.enter("clearHighlights", []);
    const n = this.highlighted.size;
    this.highlighted.clear();
    return n;
  }

  canImport(): boolean {
    return this.importable;
  }

  async importWorkbooks(files: ImportFile[], onProgress?: OnProgress): Promise<ImportedSheet[]> {
    this.enter("importWorkbooks", [files]);
    const out: ImportedSheet[] = [];
    files.forEach((f, i) => {
      onProgress?.({ done: i + 1, total: files.length, label: f.fileName });
      for (const s of this.files[f.fileName] ?? []) {
        this.sheets.push(clone(s));
        out.push({ fileName: f.fileName, sourceSheet: s.name, name: s.name });
      }
    });
    return out;
  }

  displayLanguage(): string {
    return this.language;
  }
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
