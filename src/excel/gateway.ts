// The only door from the task pane to Excel. The task pane calls these operations and never
// Office.js itself, so it can run against the in-memory fake (tests, browser preview).

import type { Finding, GeneratedKind, SheetPlan, WorkbookSnapshot } from "../core/index.js";

/** Progress of a long operation, for a progress bar: `done` of `total` steps, with a Vietnamese label. */
export interface Progress {
  done: number;
  total: number;
  label: string;
}

export type OnProgress = (p: Progress) => void;

/** A sheet the add-in wrote: its kind and the name it actually got (may differ from the plan's name). */
export interface WrittenSheet {
  kind: GeneratedKind;
  name: string;
  /** The name the plan asked for; differs from `name` when a user's sheet already had it. */
  requestedName: string;
  /** Office's code when Excel refused the print setup or freeze panes (the results are written all the same). */
  layoutError?: string;
}

/** A sheet inserted from a picked .xlsx file. */
export interface ImportedSheet {
  fileName: string;
  /** Sheet name inside the source file. */
  sourceSheet: string;
  /** Name it got in the open workbook. */
  name: string;
}

/** A picked .xlsx file, content in base64 (FileReader.readAsDataURL without the prefix). */
export interface ImportFile {
  fileName: string;
  base64: string;
  /** The unit the file comes from, when the task pane knows it; default: taken from the file name. */
  unitName?: string;
}

/** Everything the task pane needs from Excel. Every method uses a bounded number of syncs. */
export interface ExcelGateway {
  /** Reads every sheet's used range (values, formulas, hidden rows) into a snapshot. */
  readWorkbook(onProgress?: OnProgress): Promise<WorkbookSnapshot>;
  /** Writes the plans as the add-in's own sheets, replacing earlier generated ones; all or nothing. */
  writePlans(plans: SheetPlan[], onProgress?: OnProgress): Promise<WrittenSheet[]>;
  /** Activates the sheet and selects the cell (A1 address without sheet). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Fills the cells of the findings (by severity); returns how many cells were newly highlighted. */
  highlightFindings(findings: Finding[]): Promise<number>;
  /** Restores the exact original fill of every highlighted cell; returns how many cells were restored. */
  clearHighlights(): Promise<number>;
  /** Whether Excel here can insert sheets from .xlsx files (ExcelApi 1.13). */
  canImport(): boolean;
  /** Inserts the sheets of the files, each named after its unit, never replacing an existing sheet. */
  importWorkbooks(files: ImportFile[], onProgress?: OnProgress): Promise<ImportedSheet[]>;
  /**
   * Users' cells whose formulas point at generated sheets these plans would replace (they become
   * #REF!): from the last read, no sync; empty before a read. The pane shows them before writing.
   */
  formulasAtRisk?(plans: SheetPlan[]): { sheet: string; cell: string; formula: string; target: string }[];
  /** Office display language, e.g. "vi-VN" or "en-US". */
  displayLanguage(): string;
}

/** A failure of an Excel operation, with a Vietnamese message saying what to do and the English code for support. */
export class GatewayError extends Error {
  /** Vietnamese message for the user. */
  readonly messageVi: string;
  /** English message. */
  readonly messageEn: string;
  /** Office error code (e.g. "AccessDenied"), or "Unknown". */
  readonly code: string;

  constructor(messageVi: string, messageEn: string, code: string, options?: { cause?: unknown }) {
    super(`${messageVi} (${code})`, options);
    this.name = "GatewayError";
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.code = code;
  }
}
