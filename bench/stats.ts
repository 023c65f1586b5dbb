// Small numeric helpers of the benchmark (pure, unit-tested).

/** The median of the values (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Rounds to `digits` decimals (for readable JSON, not for comparisons). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * How cost grows between two sizes: the exponent k of time ∝ units^k fitted through two points.
 * 1 is linear, 2 quadratic; null when a figure is missing or not positive.
 */
export function growthExponent(a: { units: number; ms: number }, b: { units: number; ms: number }): number | null {
  if (!(a.units > 0 && b.units > 0 && a.ms > 0 && b.ms > 0) || a.units === b.units) return null;
  return Math.log(b.ms / a.ms) / Math.log(b.units / a.units);
}
