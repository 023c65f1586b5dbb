// --groups <file.xlsx|file.csv>: the units' groups as a table "Đơn vị | Nhóm", for the engine to use
// after the group tables in the inputs and before the units' names.
import * as path from "node:path";
import { csvSheet, GroupEntry, readGroupTable } from "../core/index.js";
import { UsageError } from "./args.js";
import { readJsonText } from "./inputs.js";
import { readXlsx, type ReadOptions } from "./xlsx/index.js";

/** The group table(s) of a --groups file; refused (exit 2) when the file holds none. */
export async function readGroupsFile(file: string, read: ReadOptions = {}): Promise<GroupEntry[]> {
  let entries: GroupEntry[];
  const name = path.basename(file);
  if (/\.csv$/i.test(file)) {
    // A regular file within the size limit, read as UTF-8 text (as a framework .json is).
    const text = await readJsonText(file, read);
    entries = readGroupTable({ ...csvSheet(text, name), file: name });
  } else {
    const { snapshot } = await readXlsx(file, read);
    entries = snapshot.sheets.flatMap((s) => readGroupTable({ ...s, file: s.file ?? name }));
  }
  if (entries.length === 0)
    throw new UsageError(
      `Không thấy bảng nhóm đơn vị (cột “Đơn vị” và “Nhóm”) trong ${file} (--groups).`,
      `No unit group table (columns “Đơn vị” and “Nhóm”) in ${file} (--groups).`,
    );
  return entries;
}
