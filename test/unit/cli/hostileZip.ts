// Building hostile .xlsx files in code for the CLI tests: read a real workbook's parts, change them,
// and zip them again by hand (node:zlib only), with sizes that may lie on purpose.
import * as fs from "node:fs";
import * as zlib from "node:zlib";

export interface Part {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size written in the headers instead of the real one (a lying zip). */
  declaredSize?: number;
}

/** The parts of a zip file, in order, inflated (only stored and deflated entries). */
export function unzipParts(file: string): Part[] {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  const out: Part[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + csize);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** A zip of these parts (no zip64), written by hand so sizes and names can be anything. */
export function zipParts(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, "utf8");
    const crc = zlib.crc32(part.data);
    const size = part.declaredSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The text of a part. */
export function partText(parts: Part[], name: string): string {
  const p = parts.find((x) => x.name === name);
  if (!p) throw new Error(`no part ${name}`);
  return p.data.toString("utf8");
}

/** A copy of the parts with one part's text changed (or removed when `edit` returns null). */
export function withPart(parts: Part[], name: string, edit: (xml: string) => string | null): Part[] {
  const out: Part[] = [];
  let found = false;
  for (const p of parts) {
    if (p.name !== name) {
      out.push(p);
      continue;
    }
    found = true;
    const t = edit(p.data.toString("utf8"));
    if (t !== null) out.push({ ...p, data: Buffer.from(t, "utf8") });
  }
  if (!found) throw new Error(`no part ${name}`);
  return out;
}

/** Renames a part (its bytes unchanged). */
export function renamePart(parts: Part[], from: string, to: string): Part[] {
  return parts.map((p) => (p.name === from ? { ...p, name: to } : p));
}

/** A minimal valid workbook (one sheet "Trang 1" with the given sheet XML body). */
export function minimalWorkbook(
  sheetData: string,
  extra: { sheets?: string; rels?: string; parts?: Part[] } = {},
): Part[] {
  const t = (name: string, s: string): Part => ({ name, data: Buffer.from(s, "utf8") });
  return [
    t(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    t(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    t(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Trang 1" sheetId="1" r:id="rId1"/>${extra.sheets ?? ""}</sheets></workbook>`,
    ),
    t(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra.rels ?? ""}</Relationships>`,
    ),
    t(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
    ...(extra.parts ?? []),
  ];
}
