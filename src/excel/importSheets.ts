// Inserting the sheets of ward submissions (.xlsx files) into the open workbook, each named after
// its unit, never replacing an existing sheet. Needs ExcelApi 1.13 (insertWorksheetsFromBase64).
// Syncs: one to list the sheets, one per ~4 MB of files (one for a typical batch), one to rename.
// When Excel refuses a group, its files are inserted one by one to name every file at fault (with
// what to remove for Excel on the web); then, or if anything else fails, the sheets inserted so far
// are deleted again: an import is all or nothing.
import type { XRequestContext } from "./api.js";
import { officeCode, toGatewayError } from "./errors.js";
import { GatewayError, type ImportedSheet, type ImportFile, type OnProgress } from "./gateway.js";
import { estimateBytes, packBySize, SYNC_BUDGET } from "./payload.js";
import { cleanSheetName, freeName, nameKey } from "../core/index.js";

/** The unit a file is named after: its file name without extension and separators ("Phuong_Hong_Ha.xlsx" → "Phuong Hong Ha"). */
export function unitNameOf(file: ImportFile): string {
  if (file.unitName && file.unitName.trim() !== "") return cleanSheetName(file.unitName);
  const base = file.fileName.replace(/^.*[\\/]/, "").replace(/\.(xlsx|xlsm|xls)$/i, "");
  return cleanSheetName(base.replace(/[_]+/g, " "));
}

/** Inserts every sheet of the files; the first sheet of a file takes the unit's name, others "unit - sheet". */
export async function importIn(
  ctx: XRequestContext,
  files: readonly ImportFile[],
  onProgress?: OnProgress,
  budget = SYNC_BUDGET,
): Promise<ImportedSheet[]> {
  const progress = onProgress ?? (() => undefined);
  for (const f of files) {
    if (estimateBytes(f.base64) > budget) {
      throw new GatewayError(
        `Tệp "${f.fileName}" quá lớn để chèn vào sổ tính (giới hạn khoảng ${Math.floor(budget / 2 / 1024 / 1024)} MB mỗi lần gửi). Hãy mở tệp và sao chép trang tính bằng tay.`,
        `The file "${f.fileName}" is too large to insert (about ${Math.floor(budget / 2 / 1024 / 1024)} MB per request). Open it and copy the sheet by hand.`,
        "FileTooLarge",
      );
    }
  }
  if (files.length === 0) return [];
  const groups = packBySize([...files.keys()], (i) => estimateBytes(files[i].base64), budget);
  const total = groups.length + 2;

  const sheets = ctx.workbook.worksheets;
  sheets.load("items/id,items/name");
  progress({ done: 0, total, label: "Đang chuẩn bị chèn tệp…" });
  await ctx.sync();
  const before = new Set(sheets.items.map((s) => s.id));

  const inserted: string[][] = new Array<string[]>(files.length).fill([]);
  const failures: { file: ImportFile; error: unknown }[] = [];
  const insert = async (group: number[]): Promise<void> => {
    const results = group.map((i) => ({
      i,
      ids: ctx.workbook.insertWorksheetsFromBase64(files[i].base64, { positionType: "End" }),
    }));
    await ctx.sync();
    for (const r of results) inserted[r.i] = r.ids.value;
  };
  try {
    for (let g = 0; g < groups.length; g++) {
      progress({ done: 1 + g, total, label: `Đang chèn tệp (${g + 1}/${groups.length})…` });
      try {
        await insert(groups[g]);
      } catch (e) {
        if (groups[g].length === 1) {
          failures.push({ file: files[groups[g][0]], error: e });
          continue;
        }
        // Excel refused one of the files of the group, and those before it in the sync may be in:
        // they are taken out again, and the group is inserted file by file to find every bad file.
        await removeInserted(ctx, new Set([...before, ...inserted.flat()]));
        for (const i of groups[g]) {
          try {
            await insert([i]);
          } catch (one) {
            failures.push({ file: files[i], error: one });
          }
        }
      }
    }
    if (failures.length > 0) throw importFailure(failures);
    const now = ctx.workbook.worksheets;
    now.load("items/id,items/name");
    await ctx.sync();

    progress({ done: total - 1, total, label: "Đang đặt tên trang tính theo đơn vị…" });
    const nameOf = new Map(now.items.map((s) => [s.id, s.name]));
    const taken = new Set(now.items.map((s) => nameKey(s.name)));
    const out: ImportedSheet[] = [];
    files.forEach((f, i) => {
      const unit = unitNameOf(f);
      inserted[i].forEach((id, k) => {
        const current = nameOf.get(id) ?? "";
        const name = freeName(k === 0 ? unit : `${unit} - ${current}`, taken);
        taken.add(nameKey(name));
        if (name !== current) now.getItem(id).name = name;
        out.push({ fileName: f.fileName, sourceSheet: current, name });
      });
    });
    await ctx.sync();
    progress({ done: total, total, label: "Đã chèn xong." });
    return out;
  } catch (e) {
    await removeInserted(ctx, before).catch(() => undefined);
    throw toGatewayError(e, {
      vi: "Chèn tệp không thành công; các trang đã chèn dở được gỡ bỏ",
      en: "Import failed; the sheets inserted so far were removed",
    });
  }
}

/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): "In Excel on the web, this API doesn't
 * support inserting charts, comments, PivotTables, or slicers." Excel on the web then refuses the
 * file with UnsupportedFeature; the message says what to take out of it.
 */
const UNSUPPORTED = {
  vi: "Excel trên web không chèn được tệp có chú thích (comment/ghi chú), biểu đồ, PivotTable hoặc slicer. Hãy mở tệp, xoá các thành phần đó (hoặc sao chép riêng bảng chấm điểm sang một sổ mới), lưu lại rồi chèn lại; hoặc làm việc này trong Excel trên máy tính",
  en: "Excel on the web cannot insert a file that has comments/notes, charts, PivotTables or slicers. Open the file, remove them (or copy just the scoring table into a new workbook), save it and insert it again; or do this in Excel desktop",
};

/** One error naming every file Excel refused, each with what to do about it. */
function importFailure(failures: { file: ImportFile; error: unknown }[]): GatewayError {
  const lines = failures.map(({ file, error }) => {
    const code = officeCode(error);
    if (code === "UnsupportedFeature")
      return { code, vi: `Tệp "${file.fileName}": ${UNSUPPORTED.vi}.`, en: `"${file.fileName}": ${UNSUPPORTED.en}.` };
    const m = toGatewayError(error, {
      vi: `Tệp "${file.fileName}" không chèn được (tệp có phải sổ tính Excel .xlsx hợp lệ không?)`,
      en: `"${file.fileName}" could not be inserted (is it a valid .xlsx workbook?)`,
    });
    return { code, vi: m.messageVi, en: m.messageEn };
  });
  return new GatewayError(
    `${lines.map((l) => l.vi).join(" ")} Chưa chèn tệp nào; sổ tính được giữ nguyên.`,
    `${lines.map((l) => l.en).join(" ")} No file was inserted; the workbook is unchanged.`,
    lines[0].code,
    { cause: failures[0].error },
  );
}

/** Deletes every sheet not in `keep` (very hidden ones are made Hidden first: Excel refuses to delete them). */
async function removeInserted(ctx: XRequestContext, keep: Set<string>): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/id,items/visibility");
  await ctx.sync();
  for (const s of sheets.items) {
    if (keep.has(s.id)) continue;
    if (s.visibility === "VeryHidden") s.visibility = "Hidden";
    s.delete();
  }
  await ctx.sync();
}
