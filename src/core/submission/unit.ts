import { cellText, foldLoose } from "../util/text.js";
import { Grid } from "./grid.js";

export interface UnitName {
  name: string;
  /** Where the name came from: a title line, a "Đơn vị:" label, or (fallback) the sheet name. */
  source: "title" | "label" | "sheet";
  /** A1 address of the cell it was read from (the sheet's A1 for the fallback). */
  cell: string;
}

// Kinds of unit, most specific first; "kind" is how the group is shown.
const KINDS: { pattern: RegExp; kind: string }[] = [
  { pattern: /^dac khu\b/, kind: "Đặc khu" },
  { pattern: /^thi tran\b/, kind: "Thị trấn" },
  { pattern: /^phuong\b/, kind: "Phường" },
  { pattern: /^xa\b/, kind: "Xã" },
  { pattern: /^(so|ban|chi cuc|thanh tra|van phong)\b/, kind: "Sở, ban, ngành" },
  { pattern: /^phong\b/, kind: "Phòng" },
];

const LOCAL_BODY = /^(?:uy ban nhan dan|ubnd)\s+(dac khu|thi tran|phuong|xa)\s+(.+)$/;

/** "HỒNG HÀ" → "Hồng Hà"; keeps text already in mixed case. */
function titleCase(s: string): string {
  const t = s.normalize("NFC").trim().replace(/\s+/g, " ");
  if (t !== t.toLocaleUpperCase("vi")) return t;
  return t
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w ? w[0].toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

const KIND_WORDS: Record<string, string> = { "dac khu": "Đặc khu", "thi tran": "Thị trấn", phuong: "Phường", xa: "Xã" };

function isPlaceholder(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

/**
 * Finds the unit above the header: a "Đơn vị: …" label, or a title line such as
 * "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ"; else the sheet name.
 */
export function findUnit(grid: Grid, headerRow: number): UnitName {
  let title: UnitName | null = null;
  for (let r = grid.firstRow; r < Math.min(headerRow, grid.endRow); r++) {
    for (let c = grid.firstCol; c < grid.endCol; c++) {
      const raw = cellText(grid.value(r, c)).normalize("NFC").trim();
      if (!raw) continue;
      const label = /^(đơn vị|don vi|tên đơn vị|ten don vi|unit)\s*[:：]\s*(.*)$/iu.exec(raw);
      if (label) {
        let name = label[2].trim();
        if (!name || isPlaceholder(name)) name = cellText(grid.value(r, c + 1)).trim();
        if (name && !isPlaceholder(name)) return { name: titleCase(name), source: "label", cell: grid.addr(r, c) };
        continue;
      }
      const m = LOCAL_BODY.exec(foldLoose(raw));
      if (m && !title) {
        // Keep the original diacritics: drop the words "Ủy ban nhân dân <kind>" from the raw text.
        const words = raw.replace(/\s+/g, " ").split(" ");
        const skip = (/^ubnd$/i.test(words[0]) ? 1 : 4) + m[1].split(" ").length;
        const rest = words.slice(skip).join(" ");
        if (rest && !isPlaceholder(rest))
          title = { name: `${KIND_WORDS[m[1]]} ${titleCase(rest)}`, source: "title", cell: grid.addr(r, c) };
      } else if (
        !title &&
        /^(so|ban)\s+\S/.test(foldLoose(raw)) &&
        raw === raw.toLocaleUpperCase("vi") &&
        r < headerRow - 1
      ) {
        // A department's heading line: "SỞ TƯ PHÁP".
        title = { name: titleCase(raw), source: "title", cell: grid.addr(r, c) };
      }
    }
  }
  return title ?? { name: grid.name.trim(), source: "sheet", cell: "A1" };
}

/** The kind of a unit from its name ("Phường Hồng Hà" → "Phường"), or null. */
export function unitKind(name: string): string | null {
  const t = foldLoose(name);
  for (const k of KINDS) if (k.pattern.test(t)) return k.kind;
  return null;
}

/** The ranking group of a unit: an explicit override, else its kind mapped onto the framework's groups. */
export function unitGroup(
  name: string,
  groups: readonly string[],
  override?: string,
): { group: string; source: "override" | "name" | "default" } {
  if (override && override.trim()) return { group: override.trim(), source: "override" };
  const kind = unitKind(name);
  if (kind) {
    const k = foldLoose(kind);
    const hit =
      groups.find((g) => foldLoose(g) === k) ??
      groups.find((g) =>
        foldLoose(g)
          .split(/[ ,;/]+/)
          .includes(k.split(" ")[0]),
      );
    if (hit) return { group: hit, source: "name" };
    if (groups.length !== 1) return { group: kind, source: "name" };
  }
  return { group: groups[0] ?? kind ?? "Khác", source: "default" };
}
