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

// "Ủy ban nhân dân <level> <name>" / "UBND <level> <name>", at every level a unit or its superior can be.
const PEOPLES_COMMITTEE =
  /^(?:uy ban nhan dan|ubnd)\s+(dac khu|thi tran|thi xa|phuong|xa|huyen|quan|thanh pho|tinh)\s+(.+)$/;

/** How specific a title line is: the unit itself (a commune, a department) before the body above it. */
const LEVEL: Record<string, number> = {
  "dac khu": 0,
  "thi tran": 0,
  phuong: 0,
  xa: 0,
  department: 1,
  huyen: 1,
  quan: 1,
  "thi xa": 1,
  "thanh pho": 1,
  tinh: 2,
};

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

const KIND_WORDS: Record<string, string> = {
  "dac khu": "Đặc khu",
  "thi tran": "Thị trấn",
  "thi xa": "Thị xã",
  phuong: "Phường",
  xa: "Xã",
  huyen: "Huyện",
  quan: "Quận",
  "thanh pho": "Thành phố",
  tinh: "Tỉnh",
};

function isPlaceholder(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

/**
 * A name without what follows it on a title line: the year ("Phòng Nội vụ - Năm 2019", "…, năm
 * 2024", "… (năm 2024)", "… 2024"), a trailing colon, dash or full stop.
 */
export function withoutYear(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\s*[-–—,;:(]?\s*(?:năm|nam|year)\s*[:]?\s*\d{4}\s*\)?\s*[.:]?\s*$/iu, "")
    .replace(/\s*[-–—,;(]\s*\d{4}\s*\)?\s*$/u, "")
    .replace(/[\s.:;,\-–—]+$/u, "")
    .trim();
}

// "Đơn vị: X", "Tên đơn vị: X", "Đơn vị báo cáo: X", "Cơ quan: X", "Tên cơ quan: X", "Unit: X".
const LABEL =
  /^(?:tên\s+|ten\s+)?(?:đơn\s+vị(?:\s+báo\s+cáo)?|don\s+vi(?:\s+bao\s+cao)?|cơ\s+quan|co\s+quan|unit)\s*[:：]\s*(.*)$/iu;
// "Kết quả đánh giá … cho đơn vị X", "Bảng tự đánh giá của đơn vị X".
const FOR_UNIT = /(?:^|\s)(?:cho|của|cua)\s+(?:đơn\s+vị|don\s+vi|cơ\s+quan|co\s+quan)\s*[:：]?\s*(.+)$/iu;
// "… của UBND xã X", "… cho Ủy ban nhân dân phường X": the body named inside a title line.
const FOR_BODY = /(?:^|\s)(?:cho|của|cua)\s+((?:ủy|uỷ|uy)\s+ban\s+nhân\s+dân\s+.+|ubnd\s+.+)$/iu;

/** A People's Committee named by a text ("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" → Tỉnh Ninh Thuận), with its level. */
function peoplesCommittee(raw: string): { name: string; level: number } | null {
  const m = PEOPLES_COMMITTEE.exec(foldLoose(raw));
  if (!m) return null;
  // Keep the original diacritics: drop the words "Ủy ban nhân dân <kind>" from the raw text.
  const words = raw.normalize("NFC").trim().replace(/\s+/g, " ").split(" ");
  const skip = (/^ubnd$/i.test(words[0]) ? 1 : 4) + m[1].split(" ").length;
  const rest = withoutYear(words.slice(skip).join(" "));
  if (!rest || isPlaceholder(rest)) return null;
  return { name: `${KIND_WORDS[m[1]]} ${titleCase(rest)}`, level: LEVEL[m[1]] };
}

/**
 * Finds the unit above the header: a label ("Đơn vị: …", "Tên đơn vị:", "Cơ quan:", "Đơn vị báo
 * cáo:"), a title naming it ("… cho đơn vị X", "… của UBND xã X"), or a heading line of the issuing
 * body ("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "SỞ TƯ PHÁP"; the unit's own line before its superior's,
 * "UBND HUYỆN …" above "UBND XÃ …"); else the sheet name. A year after the name is not part of it.
 */
export function findUnit(grid: Grid, headerRow: number): UnitName {
  let title: (UnitName & { level: number }) | null = null;
  const offer = (name: string, level: number, cell: string) => {
    if (!title || level < title.level) title = { name, source: "title", cell, level };
  };
  for (let r = grid.firstRow; r < Math.min(headerRow, grid.endRow); r++) {
    for (let c = grid.firstCol; c < grid.endCol; c++) {
      const raw = cellText(grid.value(r, c)).normalize("NFC").trim().replace(/\s+/g, " ");
      if (!raw) continue;
      const label = LABEL.exec(raw);
      if (label) {
        let name = withoutYear(label[1]);
        if (!name || isPlaceholder(name)) name = withoutYear(cellText(grid.value(r, c + 1)));
        if (name && !isPlaceholder(name)) {
          const body = peoplesCommittee(name);
          return { name: body ? body.name : titleCase(name), source: "label", cell: grid.addr(r, c) };
        }
        continue;
      }
      const forBody = FOR_BODY.exec(raw);
      const body = peoplesCommittee(forBody ? forBody[1] : raw);
      if (body) {
        offer(body.name, forBody ? -1 : body.level, grid.addr(r, c));
        continue;
      }
      const forUnit = FOR_UNIT.exec(raw);
      if (forUnit) {
        const name = withoutYear(forUnit[1]);
        // A name starts with a capital ("Bình Định", "UBND xã …"); "… của đơn vị phải kèm tài liệu" is an instruction.
        if (name && !isPlaceholder(name) && /^[\p{Lu}\p{N}]/u.test(name) && name.split(" ").length <= 12)
          offer(peoplesCommittee(name)?.name ?? titleCase(name), -1, grid.addr(r, c));
      } else if (/^(so|ban)\s+\S/.test(foldLoose(raw)) && raw === raw.toLocaleUpperCase("vi") && r < headerRow - 1) {
        // A department's heading line: "SỞ TƯ PHÁP".
        offer(titleCase(raw), LEVEL.department, grid.addr(r, c));
      }
    }
  }
  if (title) {
    const { name, source, cell } = title;
    return { name, source, cell };
  }
  return { name: grid.name.trim(), source: "sheet", cell: "A1" };
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
