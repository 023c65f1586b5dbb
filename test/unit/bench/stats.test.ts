// The bench's arithmetic: a wrong median or growth exponent would misreport every figure.
import { growthExponent, median } from "../../../bench/stats";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5, 1000, 6, 7, 4])).toBe(6);
  });

  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is not moved by one slow outlier, unlike the mean", () => {
    expect(median([100, 101, 99, 5000])).toBe(100.5);
  });

  it("is NaN for no values and leaves its input alone", () => {
    expect(median([])).toBeNaN();
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe("growthExponent", () => {
  it("is 1 for linear cost and 2 for quadratic cost", () => {
    expect(growthExponent({ units: 150, ms: 150 }, { units: 1000, ms: 1000 })).toBeCloseTo(1, 10);
    expect(growthExponent({ units: 10, ms: 1 }, { units: 100, ms: 100 })).toBeCloseTo(2, 10);
  });

  it("is null when a figure is missing or the sizes are equal", () => {
    expect(growthExponent({ units: 10, ms: 0 }, { units: 100, ms: 5 })).toBeNull();
    expect(growthExponent({ units: 10, ms: Number.NaN }, { units: 100, ms: 5 })).toBeNull();
    expect(growthExponent({ units: 10, ms: 3 }, { units: 10, ms: 5 })).toBeNull();
  });
});
