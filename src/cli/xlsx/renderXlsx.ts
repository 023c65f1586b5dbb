// ExcelJS's own .xlsx writer (XLSX.write in exceljs 4.4, lib/xlsx/xlsx.js) with the zip step replaced:
// ExcelJS renders every part as it always does, and the parts are zipped with Node's native zlib
// (zipWriter.ts) instead of JSZip's pure-JavaScript deflate, which took 14–18% of a run's CPU.
import type * as ExcelJS from "exceljs";
import { ZipPart, zipParts } from "./zipWriter.js";

/** What XLSX.write hands its zip: a part by name, as a string, a buffer, or base64 text (media). */
interface PartSink {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

/** The XLSX methods write() calls, in exceljs 4.4 (checked by a test: an upgrade that renames them fails it). */
interface XlsxInternals {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PartSink, model: unknown): Promise<void>;
  addOfficeRels(zip: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartSink, model: unknown): Promise<void>;
  addWorksheets(zip: PartSink, model: unknown): Promise<void>;
  addSharedStrings(zip: PartSink, model: unknown): Promise<void>;
  addDrawings(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): Promise<void>;
  addThemes(zip: PartSink, model: unknown): Promise<void>;
  addStyles(zip: PartSink, model: unknown): Promise<void>;
  addMedia(zip: PartSink, model: unknown): Promise<void>;
  addApp(zip: PartSink, model: unknown): Promise<void>;
  addCore(zip: PartSink, model: unknown): Promise<void>;
  addWorkbook(zip: PartSink, model: unknown): Promise<void>;
}

/** Every part ExcelJS would write for `workbook` (or for `model`, a workbook model built by the caller), by name. */
export async function renderParts(
  workbook: ExcelJS.Workbook,
  model: unknown = workbookModel(workbook),
): Promise<Map<string, Buffer>> {
  const x = workbook.xlsx as unknown as XlsxInternals;
  const parts = new Map<string, Buffer>();
  const zip: PartSink = {
    append(data, options) {
      parts.set(
        options.name,
        typeof data === "string" ? Buffer.from(data, options.base64 ? "base64" : "utf8") : Buffer.from(data),
      );
    },
  };
  // The same steps, in the same order, as XLSX.write.
  x.prepareModel(model, {});
  await x.addContentTypes(zip, model);
  await x.addOfficeRels(zip, model);
  await x.addWorkbookRels(zip, model);
  await x.addWorksheets(zip, model);
  await x.addSharedStrings(zip, model); // always after worksheets
  await x.addDrawings(zip, model);
  await x.addTables(zip, model);
  await Promise.all([x.addThemes(zip, model), x.addStyles(zip, model)]);
  await x.addMedia(zip, model);
  await Promise.all([x.addApp(zip, model), x.addCore(zip, model)]);
  await x.addWorkbook(zip, model);
  return parts;
}

/**
 * `workbook.model` (exceljs 4.4, lib/doc/workbook.js) with each worksheet's model built once: the
 * getter builds every sheet's model twice (for `worksheets` and again for `sheets`), cell by cell.
 */
export function workbookModel(workbook: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[] = workbook.worksheets): object {
  const models = sheets.map((ws) => ws.model);
  const wb = workbook as unknown as Record<string, unknown> & { _definedNames: { model: unknown } };
  return {
    creator: workbook.creator || "Unknown",
    lastModifiedBy: workbook.lastModifiedBy || "Unknown",
    lastPrinted: workbook.lastPrinted,
    created: workbook.created,
    modified: workbook.modified,
    properties: workbook.properties,
    worksheets: models,
    sheets: models.filter(Boolean),
    definedNames: wb._definedNames.model,
    views: workbook.views,
    company: workbook.company,
    manager: workbook.manager,
    title: workbook.title,
    subject: workbook.subject,
    keywords: workbook.keywords,
    category: workbook.category,
    description: workbook.description,
    language: wb.language,
    revision: wb.revision,
    contentStatus: wb.contentStatus,
    themes: wb._themes,
    media: wb.media,
    calcProperties: workbook.calcProperties,
  };
}

/** The workbook as .xlsx bytes: what `workbook.xlsx.writeBuffer()` gives, zipped natively. */
export async function renderXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const parts = await renderParts(workbook);
  return zipParts([...parts].map(([name, data]): ZipPart => ({ name, data })));
}
