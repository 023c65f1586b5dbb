// Criterion codes as people type them: "I", "1.1.", " 1.1.1 ", 2 (a number), "II.3".

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIV" → 14; null when it is not a (well-formed, small) Roman numeral. */
export function romanToInt(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(u)) return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]],
      next = ROMAN[u[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return intToRoman(total) === u ? total : null;
}

/** 14 → "XIV". */
export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

/**
 * Normalises a typed code: Roman area numerals to digits, trailing dots and spaces removed,
 * leading zeros dropped ("01.02" → "1.2"). Returns null when the text is not a code.
 * A number cell is rendered as typed by Excel (1.1 → "1.1"); its lost digits are resolved elsewhere.
 */
export function normalizeCode(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return null;
  let s = String(v);
  s = s.normalize("NFC").replace(/[\s\u00a0]+/g, "");
  // A lower-case letter is an option or a tick ("c)", "ii)", "x"), never an area: areas are written in capitals.
  if (/^\(?[a-z]+\)$/.test(s) && !/^\d/.test(s)) return null;
  if (/^[xlc]$|[lc]/.test(s) && /^[ivxlc]+[.)]*$/.test(s)) return null;
  s = s.replace(/[.)]+$/, "");
  if (s === "") return null;
  const parts = s.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (/^\d{1,3}$/.test(p)) out.push(String(Number(p)));
    else if (i === 0) {
      const r = romanToInt(p);
      if (r === null) return null;
      out.push(String(r));
    } else return null;
  }
  if (out.some((p) => p === "0") || out.length > 4) return null;
  return out.join(".");
}

/** "1.2.3" → "1.2"; "1" → null. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Depth of a code: "1" → 1, "1.2.3" → 3. */
export function codeDepth(code: string): number {
  return code.split(".").length;
}

/** Orders codes numerically part by part ("1.2" < "1.10"). */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number),
    pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1,
      y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** How an area code is shown in sheets: "1" → "I"; deeper codes unchanged. */
export function displayCode(code: string): string {
  return codeDepth(code) === 1 ? intToRoman(Number(code)) : code;
}

/**
 * The label of a scale option written as a row under a criterion ("a)", "(b)", "c.", "ii)", "-", "+",
 * "•"), lower-cased ("a", "ii", "-"); null for anything else. Whether "I)" or "V)" is an option or
 * an area is the reader's call (by the rows around it): this only says the text has an option's form.
 */
export function optionLabel(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const s = v.normalize("NFC").replace(/[\s\u00a0]+/g, "");
  if (/^[-+–—•*·]$/.test(s)) return s === "—" || s === "–" ? "-" : s;
  const m = /^\(?([a-zđ]|[ivx]{1,4}|[IVX]{1,4}|[A-ZĐ])\)$/u.exec(s) ?? /^([a-zđ])\.$/u.exec(s);
  return m ? m[1].toLocaleLowerCase("vi") : null;
}

/** The leading label of a title written with its option label ("a) Có: 1 điểm", "- Không: 0"), or null. */
export function optionLabelInTitle(title: string): { label: string; upper: boolean } | null {
  const m = /^\s*(\(?[a-zđ]\)|\(?[ivx]{1,4}\)|\(?[IVX]{1,4}\)|\(?[A-ZĐ]\)|[a-zđ]\.|[-+–—•*·])\s*(?=\S)/u.exec(
    title.normalize("NFC"),
  );
  if (!m) return null;
  const label = optionLabel(m[1]);
  return label ? { label, upper: m[1] !== m[1].toLocaleLowerCase("vi") } : null;
}

/**
 * The code written at the start of a title, in layouts without a code column ("2.1. Chỉ số SIPAS",
 * "I. CÔNG TÁC CHỈ ĐẠO", "1.1.2 Mức độ…"): the text as typed, or null.
 */
export function codeInTitle(title: string): string | null {
  const t = title.normalize("NFC");
  for (const re of [
    /^\s*((?:\d{1,2}\.)*\d{1,2}|[IVX]{1,5})\s*[.)]\s*(?=\S)/u,
    /^\s*((?:\d{1,2}\.)+\d{1,2})\s+(?=\S)/u,
  ]) {
    const m = re.exec(t);
    // The code must be followed by words, not by more of a number ("1.000 hồ sơ").
    if (m && !/^\d/.test(t.slice(m[0].length)) && normalizeCode(m[1]) !== null) return m[1];
  }
  return null;
}
