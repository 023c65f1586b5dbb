import { parseDeclared, parseScoreRule, ruleScore } from "../../../../src/core/framework/scoreRule";

// Formula-scored criteria (issue 15, item 6): the "Cách tính điểm" syntax and what each rule gives.

describe("parseScoreRule", () => {
  it("reads the national ratio rule, proportional, thresholds, deductions and shares", () => {
    expect(parseScoreRule("Tỷ lệ ≥ 80%: tối đa; dưới 80%: tỷ lệ × tối đa / 80%")).toEqual({ kind: "ratio", full: 80 });
    expect(parseScoreRule("Quy tắc 80%")).toEqual({ kind: "ratio", full: 80 });
    expect(parseScoreRule("Tỷ lệ × điểm tối đa")).toEqual({ kind: "proportional" });
    expect(parseScoreRule("100%: 1; 80 – < 100%: 0,5; < 80%: 0")).toEqual({
      kind: "thresholds",
      steps: [
        { min: 100, points: 1 },
        { min: 80, points: 0.5 },
        { min: 0, points: 0 },
      ],
    });
    expect(parseScoreRule("Mỗi văn bản ban hành chậm trừ 0,25 điểm, tối đa 1 điểm")).toEqual({
      kind: "deduct",
      per: 0.25,
      cap: 1,
    });
    expect(parseScoreRule("Mỗi vụ việc trừ 0,5")).toEqual({ kind: "deduct", per: 0.5 });
    expect(parseScoreRule("Hoàn thành xuất sắc: điểm tối đa; tốt: 75%; hoàn thành: 50%; không hoàn thành: 0")).toEqual({
      kind: "shares",
      options: [
        { label: "Hoàn thành xuất sắc", share: 1 },
        { label: "tốt", share: 0.75 },
        { label: "hoàn thành", share: 0.5 },
        { label: "không hoàn thành", share: 0 },
      ],
    });
  });

  it("refuses what is none of them", () => {
    for (const t of ["", "Theo hướng dẫn của Sở", "Tốt: nhiều", "Quy tắc 180%", "tối đa"])
      expect(parseScoreRule(t)).toBeNull();
  });
});

describe("ruleScore", () => {
  const national = parseScoreRule("Quy tắc 80%")!;
  it("the national rule: ≥ 80% full points, below ratio × max / 80%", () => {
    expect(ruleScore(national, 1, { ratio: 0.85 })).toBe(1);
    expect(ruleScore(national, 1, { ratio: 0.8 })).toBe(1);
    // The real appraisal: 49,533 of 62,027 files (79,86 %) on a 1-point criterion.
    expect(ruleScore(national, 1, parseDeclared("49.533/62.027")!)).toBe(1);
    expect(ruleScore(national, 2, { ratio: 0.6 })).toBe(1.5);
    expect(ruleScore(national, 2, {})).toBeNull();
  });

  it("proportional, thresholds, deductions and shares", () => {
    expect(ruleScore({ kind: "proportional" }, 2, { ratio: 0.455 })).toBe(0.91);
    const th = parseScoreRule("100%: 1; 80 – < 100%: 0,5; < 80%: 0")!;
    expect([1, 0.9, 0.79].map((r) => ruleScore(th, 1, { ratio: r }))).toEqual([1, 0.5, 0]);
    const d = parseScoreRule("Mỗi văn bản chậm trừ 0,25, tối đa 1")!;
    expect([0, 2, 9].map((n) => ruleScore(d, 1.5, { count: n }))).toEqual([1.5, 1, 0.5]);
    const s = parseScoreRule("Hoàn thành xuất sắc: tối đa; tốt: 75%; hoàn thành: 50%")!;
    expect(ruleScore(s, 2, { label: "Tốt" })).toBe(1.5);
    expect(ruleScore(s, 2, { label: "chưa rõ" })).toBeNull();
  });
});

describe("parseDeclared", () => {
  it("reads a fraction, a percentage, a count and an option as units write them", () => {
    expect(parseDeclared("45/50")).toEqual({ ratio: 0.9 });
    expect(parseDeclared("85,5 %")).toEqual({ ratio: 0.855 });
    expect(parseDeclared("3 văn bản")).toEqual({ count: 3 });
    expect(parseDeclared("Có")).toEqual({ label: "Có" });
    expect(parseDeclared("")).toBeNull();
  });
});
