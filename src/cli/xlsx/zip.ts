// A small reader of a zip's central directory (an .xlsx is a zip), with Node's zlib only: what the
// package holds and how big each part says it is, read before anything is inflated, and each part
// inflated with a bound (a part that inflates past its declared size is refused, never followed).
import * as zlib from "node:zlib";

/** One file of the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only methods an .xlsx uses). */
  method: number;
  flags: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The zip's structure is broken or uses something an .xlsx never does; `message` is English, `vi` Vietnamese. */
export class ZipError extends Error {
  constructor(
    readonly vi: string,
    en: string,
  ) {
    super(en);
    this.name = "ZipError";
  }
}

export const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/** Number of entries the end record declares (read before the directory itself, to refuse huge counts early). */
export function declaredEntryCount(buf: Buffer): number {
  return endRecord(buf).count;
}

function endRecord(buf: Buffer): { count: number; cdSize: number; cdOffset: number } {
  const from = Math.max(0, buf.length - 22 - MAX_COMMENT);
  let at = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0)
    throw new ZipError("không thấy mục lục của tệp nén, tệp bị cắt cụt", "no zip directory: the file is truncated");
  let count = buf.readUInt16LE(at + 10);
  let cdSize = buf.readUInt32LE(at + 12);
  let cdOffset = buf.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = at - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR)
      throw new ZipError("mục lục zip64 không hợp lệ", "invalid zip64 directory");
    const z = safeNumber(buf.readBigUInt64LE(loc + 8));
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== EOCD64)
      throw new ZipError("mục lục zip64 không hợp lệ", "invalid zip64 directory");
    count = safeNumber(buf.readBigUInt64LE(z + 32));
    cdSize = safeNumber(buf.readBigUInt64LE(z + 40));
    cdOffset = safeNumber(buf.readBigUInt64LE(z + 48));
  }
  if (cdOffset + cdSize > buf.length)
    throw new ZipError(
      "mục lục của tệp nén trỏ ra ngoài tệp, tệp bị cắt cụt",
      "the zip directory points past the end of the file: truncated",
    );
  return { count, cdSize, cdOffset };
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError("kích thước trong mục lục zip không hợp lệ", "invalid size in the zip directory");
  return Number(n);
}

/** Every entry of the central directory; throws ZipError when the directory is malformed. */
export function centralDirectory(buf: Buffer): ZipEntry[] {
  const { count, cdSize, cdOffset } = endRecord(buf);
  const out: ZipEntry[] = [];
  let p = cdOffset;
  const end = cdOffset + cdSize;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL)
      throw new ZipError("mục lục của tệp nén bị hỏng", "the zip directory is damaged");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let offset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > end)
      throw new ZipError("mục lục của tệp nén bị hỏng", "the zip directory is damaged");
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      // zip64: the real values are in the extra field 0x0001, only those that overflowed, in this order.
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = buf.readUInt16LE(e);
        const len = buf.readUInt16LE(e + 2);
        // A field that claims more than the extra area holds is damage, not data to read past.
        if (e + 4 + len > eEnd) throw new ZipError("mục lục zip64 không hợp lệ", "invalid zip64 directory");
        if (id === 0x0001) {
          let q = e + 4;
          const next = () => {
            if (q + 8 > e + 4 + len) throw new ZipError("mục lục zip64 không hợp lệ", "invalid zip64 directory");
            const v = safeNumber(buf.readBigUInt64LE(q));
            q += 8;
            return v;
          };
          if (size === 0xffffffff) size = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (offset === 0xffffffff) offset = next();
          break;
        }
        e += 4 + len;
      }
    }
    out.push({ name, method, flags, compressedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The compressed bytes of an entry (checked against the file's bounds). */
export function rawData(buf: Buffer, entry: ZipEntry): Buffer {
  const o = entry.offset;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== LOCAL)
    throw new ZipError(`phần "${entry.name}" của tệp nén bị hỏng`, `part "${entry.name}" of the zip is damaged`);
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  if (start + entry.compressedSize > buf.length)
    throw new ZipError(`phần "${entry.name}" bị cắt cụt`, `part "${entry.name}" is truncated`);
  if (entry.flags & 1) throw new ZipError(`phần "${entry.name}" được mã hóa`, `part "${entry.name}" is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError(
      `phần "${entry.name}" dùng kiểu nén không hỗ trợ (${entry.method})`,
      `part "${entry.name}" uses an unsupported compression method (${entry.method})`,
    );
  return buf.subarray(start, start + entry.compressedSize);
}

function tooBig(entry: ZipEntry): ZipError {
  return new ZipError(
    `phần "${entry.name}" giải nén ra nhiều hơn kích thước khai báo (${entry.size} byte)`,
    `part "${entry.name}" inflates past its declared size (${entry.size} bytes)`,
  );
}

/** The whole entry inflated, never more than its declared size (small parts: workbook.xml, rels). */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const data = rawData(buf, entry);
  if (entry.method === 0) return data;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooBig(entry);
    throw new ZipError(
      `phần "${entry.name}" bị hỏng (dữ liệu nén sai)`,
      `part "${entry.name}" is damaged (bad compressed data)`,
    );
  }
}

/**
 * Inflates an entry chunk by chunk, handing each chunk to `onChunk` (which may throw to stop),
 * and stops as soon as it would pass the declared size: the work is bounded by what the directory says.
 */
export async function streamEntry(buf: Buffer, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<number> {
  const data = rawData(buf, entry);
  if (entry.method === 0) {
    onChunk(data);
    return data.length;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  let total = 0;
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw tooBig(entry);
      onChunk(chunk);
    }
  } catch (e) {
    inflater.destroy();
    if (e instanceof ZipError) throw e;
    if (e instanceof Error && !("code" in e && String((e as NodeJS.ErrnoException).code).startsWith("Z_"))) throw e;
    throw new ZipError(
      `phần "${entry.name}" bị hỏng (dữ liệu nén sai)`,
      `part "${entry.name}" is damaged (bad compressed data)`,
    );
  }
  return total;
}
