// Classification bands as provinces publish them: "Xuất sắc: ≥ 90; Tốt: 80 – < 90; Khá: 65 – < 80",
// "Nhóm A: 90; Nhóm B: 80", "A ≥ 90%, B từ 80% đến dưới 90%", "Yếu: dưới 50". Each band keeps its
// lower bound (inclusive); an upper bound ("< 90", "đến dưới 90") is the next band's business.
import { parseLocaleNumber } from "../util/numbers.js";

/** The lowest index of a unit that is in no band: never blank, always said. */
export const UNCLASSIFIED = "Không xếp loại";
export const UNCLASSIFIED_EN = "Not classified";

const NUMBER = /(\d+(?:[.,]\d+)?)\s*%?/g;
/** Words and signs before a bound that make it an upper bound ("< 90", "dưới 90", "đến dưới 90"). */
const UPPER = /(<|≤|<=|dưới|duoi|đến|den|tới|toi)\s*$/iu;
/** Where the band's label ends when it has no colon ("A ≥ 90%", "B từ 80%", "Tốt trên 80"). */
const BOUND_START = /\s*(≥|>=|>|<|≤|<=|=|(?<!\p{L})(?:từ|tu|trên|tren|dưới|duoi|đạt|dat)(?!\p{L})|\d)/iu;

/** One band item: its label and lower bound; null when it cannot be read. */
export function parseBandItem(item: string): { label: string; min: number } | null {
  const t = item.normalize("NFC").trim();
  let label: string;
  let rest: string;
  const colon = t.indexOf(":");
  if (colon >= 0) {
    label = t.slice(0, colon).trim();
    rest = t.slice(colon + 1);
  } else {
    const m = BOUND_START.exec(t);
    if (!m || m.index === 0) return null;
    label = t.slice(0, m.index).trim();
    rest = t.slice(m.index);
  }
  rest = rest.replace(/(?<!\p{L})(điểm|diem|đ|points?)(?!\p{L})\.?/giu, " ").trim();
  if (label === "" || rest === "") return null;
  let lower: number | null = null;
  let upperOnly = false;
  for (const m of rest.matchAll(NUMBER)) {
    const n = parseLocaleNumber(m[1]);
    if (n === null) return null;
    if (UPPER.test(rest.slice(0, m.index))) {
      upperOnly = lower === null;
      continue;
    }
    if (lower === null) lower = n;
  }
  // Only an upper bound ("Yếu: < 50", "dưới 50%"): the band starts at 0.
  if (lower === null) return upperOnly ? { label, min: 0 } : null;
  // Nothing but the bound and its signs may follow ("80 – < 90", "từ 80% đến dưới 90%", "≥ 90 điểm").
  const leftover = rest
    .replace(NUMBER, " ")
    .replace(
      /≥|>=|>|<|≤|<=|=|–|—|-|(?<!\p{L})(?:từ|tu|đến|den|dưới|duoi|trên|tren|tới|toi|đạt|dat|trở lên|tro len)(?!\p{L})/giu,
      " ",
    )
    .trim();
  if (leftover !== "") return null;
  return { label, min: lower };
}

/** The items of a bands cell: ";" or new lines; "," between items only when there is no ";" ("A ≥ 90%, B …"). */
export function bandItems(text: string): string[] {
  const t = text.normalize("NFC");
  const parts = /[;\n]/.test(t) ? t.split(/[;\n]/) : t.split(/,(?=\s*[^\d\s])/);
  return parts.map((p) => p.trim()).filter((p) => p !== "" && p !== "…" && p !== "...");
}
