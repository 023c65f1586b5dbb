// Inserting the sheets of ward submissions (.xlsx files) into the open workbook, each named after
// its unit, never replacing an existing sheet. Needs ExcelApi 1.13 (insertWorksheetsFromBase64).
// Syncs: one to list the sheets, one per ~4 MB of files (one for a typical batch), one to rename.
// If anything fails, the sheets inserted so far are deleted again.
import type { XRequestContext } from "./api.js";
import { toGatewayError } from "./errors.js";
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
  try {
    for (let g = 0; g < groups.length; g++) {
      progress({ done: 1 + g, total, label: `Đang chèn tệp (${g + 1}/${groups.length})…` });
      const results = groups[g].map((i) => ({
        i,
        ids: ctx.workbook.insertWorksheetsFromBase64(files[i].base64, { positionType: "End" }),
      }));
      try {
        await ctx.sync();
      } catch (e) {
        const names = groups[g].map((i) => `"${files[i].fileName}"`).join(", ");
        throw toGatewayError(e, {
          vi: `Không chèn được tệp ${names} (tệp có phải sổ tính Excel .xlsx hợp lệ không?)`,
          en: `Could not insert ${names} (is it a valid .xlsx workbook?)`,
        });
      }
      for (const r of results) inserted[r.i] = r.ids.value;
    }
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

async function removeInserted(ctx: XRequestContext, before: Set<string>): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/id");
  await ctx.sync();
  for (const s of sheets.items) if (!before.has(s.id)) s.delete();
  await ctx.sync();
}
