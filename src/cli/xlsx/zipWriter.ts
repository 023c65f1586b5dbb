// Writing a zip (an .xlsx package) with Node's native zlib: each new part deflated natively (instead
// of the pure-JavaScript deflate ExcelJS's JSZip runs), and parts of an input package copied as they
// are, compressed bytes and all, without inflating them.
import * as zlib from "node:zlib";
import { CENTRAL, EOCD, LOCAL } from "./zip.js";

/** One part of the package to write: new bytes, or an input part's compressed bytes as they were. */
export type ZipPart =
  | { name: string; data: Buffer }
  | { name: string; raw: { method: number; crc32: number; size: number; compressed: Buffer } };

/** Bit 11: the name is UTF-8. */
const UTF8 = 0x0800;
const MAX32 = 0xffffffff;
/** Below this a part is stored: deflating a few bytes makes them bigger. */
const STORE_BELOW = 64;

/** The zip's DOS time and date of a moment (local time, as zip tools show it). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The package as one buffer, parts in the order given. Throws past 4 GiB (no zip64: no .xlsx of ours gets there). */
export function zipParts(parts: ZipPart[], when = new Date()): Buffer {
  const { time, date } = dosTime(when);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    let method: number, crc: number, size: number, body: Buffer;
    if ("raw" in part) {
      ({ method, size, compressed: body } = part.raw);
      crc = part.raw.crc32;
    } else {
      size = part.data.length;
      crc = zlib.crc32(part.data);
      method = size < STORE_BELOW ? 0 : 8;
      body = method === 0 ? part.data : zlib.deflateRawSync(part.data);
    }
    const name = Buffer.from(part.name, "utf8");
    if (offset > MAX32 || size > MAX32 || body.length > MAX32)
      throw new Error(`zip: part ${part.name} is past 4 GiB, which this writer does not do (zip64)`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((t, b) => t + b.length, 0);
  if (parts.length > 0xffff || offset > MAX32)
    throw new Error("zip: too many parts or too big for a zip without zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
