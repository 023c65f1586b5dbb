// The fake cannot unzip a real .xlsx in the browser without a library, so for
// `insertWorksheetsFromBase64` it reads its own stand-in: base64 of a small JSON document listing
// the sheets. Tests and the preview build such "files" with encodeFakeWorkbook; a different decoder
// can be passed to FakeExcel (options.decodeWorkbook).
import type { FakeSheetInit } from "./state.js";
import { officeError } from "./state.js";

const MAGIC = "par-index-fake-xlsx";

/** A base64 "workbook file" the fake can insert, holding these sheets. */
export function encodeFakeWorkbook(sheets: FakeSheetInit[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ format: MAGIC, sheets }));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The sheets of a fake workbook file; anything else is refused as Excel refuses a file that is not a workbook. */
export function decodeFakeWorkbook(base64: string): FakeSheetInit[] {
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { format?: string; sheets?: FakeSheetInit[] };
    if (doc.format === MAGIC && Array.isArray(doc.sheets)) return doc.sheets;
  } catch {
    // fall through: not one of ours
  }
  throw officeError("InvalidArgument", "The file is not a valid workbook.");
}
