import { MatchedRow, ReadCell } from "./parseSubmission.js";

/** The score that counts for a leaf: the appraised score where filled, else the self score. */
export interface Counted {
  value: number | null;
  from: "appraised" | "self" | "none";
  notApplicable: boolean;
  cell: ReadCell | null;
}

function filled(c: ReadCell | null): c is ReadCell {
  return c !== null && c.num.kind !== "empty";
}

/**
 * Which score counts: the appraised score where filled, else the self score (the default, how
 * results are published); only appraised scores (unappraised leaves count 0); or only the unit's
 * own self scores (to see what the unit claimed).
 */
export type CountedRule = "appraised-else-self" | "appraised" | "self";

/** Which score counts for a row under a rule, and its value (null when it is not a number). */
export function countedScore(
  m: Pick<MatchedRow, "self" | "appraised">,
  rule: CountedRule = "appraised-else-self",
): Counted {
  const c =
    rule === "self"
      ? filled(m.self)
        ? m.self
        : null
      : rule === "appraised"
        ? filled(m.appraised)
          ? m.appraised
          : null
        : filled(m.appraised)
          ? m.appraised
          : filled(m.self)
            ? m.self
            : null;
  if (!c) return { value: null, from: "none", notApplicable: false, cell: m.self ?? m.appraised };
  return {
    value: c.num.kind === "number" ? c.num.value : null,
    from: c === m.appraised ? "appraised" : "self",
    notApplicable: c.na,
    cell: c,
  };
}

/** A cell's number, or null. */
export function num(c: ReadCell | null): number | null {
  return c && c.num.kind === "number" ? c.num.value : null;
}
