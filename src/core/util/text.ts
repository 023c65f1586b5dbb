// Text comparison as appraisers see it: NFD-decomposed Vietnamese, trailing spaces, case and
// line breaks must not make two equal titles look different.

// foldText and foldLoose are called for the same few texts over and over (header labels scanned in
// every sheet, framework titles matched and compared in every unit: ~1,400 calls per sheet for
// ~1,000 distinct texts in a whole province), and Unicode normalisation is slow, so their results
// are remembered. Bounded, so a long session cannot grow them without limit; long texts are not kept.
const CACHE_SIZE = 20_000;
const CACHE_TEXT = 1_000;

function remembered(fold: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    const known = cache.get(s);
    if (known !== undefined) return known;
    const out = fold(s);
    if (s.length <= CACHE_TEXT) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

const foldTextOnce = remembered((s) =>
  s
    .normalize("NFC")
    // Zero-width characters (copied from web pages and PDFs) are invisible inside a word: drop them.
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLocaleLowerCase("vi"),
);
const foldLooseOnce = remembered((s) =>
  foldText(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9%/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim(),
);

/** NFC, trimmed, inner whitespace collapsed to one space, lower-cased (Vietnamese-aware). */
export function foldText(s: string): string {
  return foldTextOnce(s);
}

/** foldText without diacritics and punctuation: for recognising header names and markers. */
export function foldLoose(s: string): string {
  return foldLooseOnce(s);
}

/** Text of a cell value for display and matching (numbers as typed in en-US, errors as their code). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string")
    return (v as { error: string }).error;
  return JSON.stringify(v) ?? "";
}
