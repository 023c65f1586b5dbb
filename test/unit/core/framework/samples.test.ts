import { builtinFrameworks, getBuiltinFramework } from "../../../../src/core/framework/samples";
import { checkFramework } from "../../../../src/core/framework/checkFramework";
import { allNodes, frameworkSummary, leaves } from "../../../../src/core/framework/model";
import { sum } from "../../../../src/core/util/numbers";

describe("built-in sample frameworks", () => {
  test("are marked as samples, not any province's official set", () => {
    for (const fw of builtinFrameworks()) {
      expect(fw.sample).toBe(true);
      expect(fw.name).toContain("(mẫu)");
      expect(fw.legalBasis).toBe("");
      expect(fw.issuingBody).toBeUndefined();
    }
  });

  test("the commune sample has the 8 national areas, about 30 criteria and 70 leaves, 100 points and a survey part", () => {
    const fw = getBuiltinFramework("mau-cap-xa");
    expect(fw).toBeDefined();
    if (!fw) return;
    const s = frameworkSummary(fw);
    expect(fw.areas.map((a) => a.title)).toEqual([
      "Công tác chỉ đạo, điều hành CCHC",
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
      "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH",
    ]);
    expect(s.criteria).toBeGreaterThanOrEqual(27);
    expect(s.criteria).toBeLessThanOrEqual(33);
    expect(s.leaves).toBeGreaterThanOrEqual(63);
    expect(s.leaves).toBeLessThanOrEqual(77);
    expect(s.total).toBe(100);
    expect(s.surveyMax).toBeGreaterThanOrEqual(15);
    expect(s.surveyMax).toBeLessThanOrEqual(20);
    // The survey part sits in area 8 only.
    for (const l of leaves(fw).filter((l) => l.source === "survey")) expect(l.code.startsWith("8.")).toBe(true);
    expect(fw.groups).toEqual(["Phường", "Xã", "Đặc khu"]);
    expect(fw.notApplicableRule).toBe("rescale");
    expect(fw.bonusMax).toBe(2);
    expect(fw.penaltyMax).toBe(5);
    expect(fw.year).toBe(2025);
    expect([...fw.bands].sort((a, b) => b.min - a.min).map((b) => [b.label, b.labelEn, b.min])).toEqual([
      ["Xuất sắc", "Excellent", 90],
      ["Tốt", "Good", 80],
      ["Khá", "Fair", 70],
      ["Trung bình", "Average", 50],
      ["Yếu", "Weak", 0],
    ]);
  });

  test("criteria are either leaves or have 2–4 sub-criteria, and both kinds occur", () => {
    for (const fw of builtinFrameworks()) {
      const criteria = allNodes(fw).filter((n) => n.code.split(".").length === 2);
      for (const c of criteria) expect([0, 2, 3, 4]).toContain(c.children.length);
      expect(criteria.some((c) => c.children.length === 0)).toBe(true);
      expect(criteria.some((c) => c.children.length > 0)).toBe(true);
    }
  });

  test("the department sample has 7–8 areas, about 25 criteria and 55 leaves and 100 points", () => {
    const fw = getBuiltinFramework("mau-so-nganh");
    expect(fw).toBeDefined();
    if (!fw) return;
    const s = frameworkSummary(fw);
    expect(s.areas).toBeGreaterThanOrEqual(7);
    expect(s.areas).toBeLessThanOrEqual(8);
    expect(s.criteria).toBeGreaterThanOrEqual(22);
    expect(s.criteria).toBeLessThanOrEqual(29);
    expect(s.leaves).toBeGreaterThanOrEqual(50);
    expect(s.leaves).toBeLessThanOrEqual(60);
    expect(s.total).toBe(100);
    expect(s.surveyMax).toBeGreaterThan(0);
    expect(fw.level).toBe("Sở, ban, ngành");
  });

  test("every parent's maximum is the sum of its children's and checkFramework finds nothing", () => {
    for (const fw of builtinFrameworks()) {
      for (const n of allNodes(fw)) if (n.children.length > 0) expect(sum(n.children.map((c) => c.max))).toBe(n.max);
      expect(checkFramework(fw)).toEqual([]);
    }
  });

  test("self-scored leaves have a scale within their maximum and mostly require evidence; survey leaves do not", () => {
    for (const fw of builtinFrameworks()) {
      const self = leaves(fw).filter((l) => l.source === "self");
      for (const l of self) {
        expect(l.scale).toBeDefined();
        expect(l.scale?.text).toBeTruthy();
        const top = l.scale?.values ? Math.max(...l.scale.values) : l.max;
        expect(top).toBe(l.max);
        if (l.scale?.step !== undefined) expect([0.25, 0.5]).toContain(l.scale.step);
        // Values are exact quarter points, so sums never pick up binary noise.
        for (const x of l.scale?.values ?? []) expect((x * 4) % 1).toBe(0);
      }
      expect(self.filter((l) => l.evidenceRequired).length / self.length).toBeGreaterThan(0.8);
      for (const l of leaves(fw).filter((l) => l.source === "survey")) expect(l.evidenceRequired).toBe(false);
    }
  });

  test("an unknown id gives undefined, and each call returns a fresh copy", () => {
    expect(getBuiltinFramework("khong-co")).toBeUndefined();
    const a = getBuiltinFramework("mau-cap-xa");
    if (a) a.areas[0].title = "changed";
    expect(getBuiltinFramework("mau-cap-xa")?.areas[0].title).toBe("Công tác chỉ đạo, điều hành CCHC");
  });
});
