// The output file must never be one of the files the run reads: compared by real path and by
// device + inode, so a symbolic link or a hard link to an input is caught as well as the same name.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UsageError } from "./args.js";

/** A file the run reads, and what it is for (in the message). */
export interface ReadFile {
  file: string;
  roleVi: string;
  roleEn: string;
}

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
}

async function identity(file: string): Promise<Identity> {
  const abs = path.resolve(file);
  try {
    const st = await fs.stat(abs);
    return { real: await fs.realpath(abs), dev: st.dev, ino: st.ino };
  } catch {
    // Not there (yet): the real path of its folder, and its own name.
    let dir = path.dirname(abs);
    try {
      dir = await fs.realpath(dir);
    } catch {
      // The folder is missing too: writing will say so.
    }
    return { real: path.join(dir, path.basename(abs)) };
  }
}

/** Throws UsageError (one line naming both) when `out` is, or links to, one of `inputs`. */
export async function refuseOutputOverInput(out: string, inputs: ReadFile[]): Promise<void> {
  const o = await identity(out);
  for (const input of inputs) {
    const i = await identity(input.file);
    const sameInode = o.ino !== undefined && i.ino !== undefined && o.dev === i.dev && o.ino === i.ino;
    const viaLink = path.resolve(out) !== path.resolve(input.file);
    if (sameInode || o.real === i.real)
      throw new UsageError(
        `Tệp kết quả "${out}" trùng với một ${input.roleVi} "${input.file}"${viaLink ? " (qua liên kết hoặc đường dẫn khác)" : ""}; hãy chọn tên khác để không ghi đè.`,
        `The output "${out}" is the ${input.roleEn} "${input.file}"${viaLink ? " (through a link or another path)" : ""}; choose another name so it is not overwritten.`,
      );
  }
}
