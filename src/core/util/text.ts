// Text comparison as appraisers see it: NFD-decomposed Vietnamese, trailing spaces, case and
// line breaks must not make two equal titles look different.

/** NFC, trimmed, inner whitespace collapsed to one space, lower-cased (Vietnamese-aware). */
export function foldText(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, " ").trim().toLocaleLowerCase("vi");
}

/** foldText without diacritics and punctuation: for recognising header names and markers. */
export function foldLoose(s: string): string {
  return foldText(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9%/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Text of a cell value for display and matching (numbers as typed in en-US, errors as their code). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return (v as { error: string }).error;
  return String(v);
}
