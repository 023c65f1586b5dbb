import { checkFramework } from "../../../../src/core/framework/checkFramework";
import { CriterionNode, Framework } from "../../../../src/core/types";
import type { Finding } from "../../../../src/core/findings";

function leaf(code: string, max: number, extra: Partial<CriterionNode> = {}): CriterionNode {
  return { code, title: `Tiêu chí ${code}`, max, children: [], source: "self", evidenceRequired: true, ...extra };
}
function parent(code: string, max: number, children: CriterionNode[]): CriterionNode {
  return { code, title: `Mục ${code}`, max, children, source: "self", evidenceRequired: true };
}
function fw(areas: CriterionNode[], extra: Partial<Framework> = {}): Framework {
  return {
    id: "t",
    name: "T",
    legalBasis: "",
    level: "Cấp xã",
    sample: false,
    notApplicableRule: "rescale",
    groups: ["Phường", "Xã"],
    bands: [
      { label: "Tốt", min: 80 },
      { label: "Yếu", min: 0 },
    ],
    areas,
    ...extra,
  };
}
const rules = (fs: Finding[]) => fs.map((f) => [f.rule, f.code ?? null, f.severity]);
const ok = () => [parent("1", 60, [leaf("1.1", 30), leaf("1.2", 30)]), parent("2", 40, [leaf("2.1", 40)])];

describe("checkFramework", () => {
  test("a consistent framework has no findings", () => {
    expect(checkFramework(fw(ok()))).toEqual([]);
  });

  test("framework-parent-sum: a parent whose maximum is not its children's sum (quarter points add exactly)", () => {
    const areas = [
      parent("1", 60, [parent("1.1", 1, [leaf("1.1.1", 0.25), leaf("1.1.2", 0.5)]), leaf("1.2", 59)]),
      parent("2", 40, [leaf("2.1", 40)]),
    ];
    const f = checkFramework(fw(areas));
    // 1.1 says 1 but its children add up to 0.75; area 1 then adds up to 60 only because 1.1 claims 1.
    expect(rules(f)).toEqual([["framework-parent-sum", "1.1", "error"]]);
    expect(f[0]).toMatchObject({ expected: 0.75, actual: 1, cell: "" });
    const tenths = [parent("1", 100, [leaf("1.1", 0.1), leaf("1.2", 0.2), leaf("1.3", 99.7)])];
    expect(checkFramework(fw(tenths))).toEqual([]);
  });

  test("framework-total: the areas must add up to 100", () => {
    const f = checkFramework(fw([parent("1", 60, [leaf("1.1", 60)]), parent("2", 30, [leaf("2.1", 30)])]));
    expect(rules(f)).toEqual([["framework-total", null, "error"]]);
    expect(f[0]).toMatchObject({ expected: 100, actual: 90 });
    expect(rules(checkFramework(fw([])))).toEqual([["framework-total", null, "error"]]);
  });

  test("framework-duplicate-code, framework-orphan, framework-numbering-gap", () => {
    const areas = [
      parent("1", 60, [leaf("1.1", 20), leaf("1.1", 20), leaf("2.5", 20)]),
      parent("2", 20, [leaf("2.2", 20)]),
      parent("4", 20, [leaf("4.1", 20)]),
    ];
    expect(rules(checkFramework(fw(areas))).sort()).toEqual(
      [
        ["framework-duplicate-code", "1.1", "error"],
        ["framework-orphan", "2.5", "error"],
        ["framework-numbering-gap", "2.2", "warning"],
        ["framework-numbering-gap", "4", "warning"],
      ].sort(),
    );
  });

  test("framework-max-invalid: a maximum that is not a number or is negative; no sum check on top of it", () => {
    const areas = [
      parent("1", 60, [leaf("1.1", NaN), leaf("1.2", 60)]),
      parent("2", 40, [leaf("2.1", 50), leaf("2.2", -10)]),
    ];
    expect(rules(checkFramework(fw(areas), "Bộ tiêu chí", { columns: {} }))).toEqual([
      ["framework-max-invalid", "1.1", "error"],
      ["framework-max-invalid", "2.2", "error"],
    ]);
    expect(rules(checkFramework(fw(ok(), { bonusMax: -1 })))).toEqual([["framework-max-invalid", null, "error"]]);
  });

  test("framework-scale-over-max: a scale value above the maximum, or a step larger than it", () => {
    const areas = [
      parent("1", 100, [
        leaf("1.1", 1, { scale: { values: [0, 0.5, 1.5] } }),
        leaf("1.2", 0.5, { scale: { step: 1 } }),
        leaf("1.3", 1, { scale: { values: [0, 1], step: 0.25 } }),
        leaf("1.4", 97.5, { scale: { values: [-1, 97.5] } }),
      ]),
    ];
    const f = checkFramework(fw(areas));
    expect(rules(f)).toEqual([
      ["framework-scale-over-max", "1.1", "error"],
      ["framework-scale-over-max", "1.2", "error"],
      ["framework-scale-invalid", "1.4", "warning"],
    ]);
    expect(f[0]).toMatchObject({ expected: 1, actual: 1.5 });
  });

  test("framework-band-invalid: duplicate thresholds or labels, out of range, no band from 0, none at all", () => {
    const check = (bands: Framework["bands"]) => rules(checkFramework(fw(ok(), { bands })));
    expect(
      check([
        { label: "Tốt", min: 80 },
        { label: "Khá", min: 80 },
        { label: "Yếu", min: 0 },
      ]),
    ).toEqual([["framework-band-invalid", null, "error"]]);
    expect(
      check([
        { label: "Tốt", min: 80 },
        { label: "tốt", min: 0 },
      ]),
    ).toEqual([["framework-band-invalid", null, "error"]]);
    expect(
      check([
        { label: "Tốt", min: 180 },
        { label: "Yếu", min: 0 },
      ]),
    ).toEqual([["framework-band-invalid", null, "error"]]);
    expect(
      check([
        { label: "Tốt", min: 80 },
        { label: "Khá", min: 50 },
      ]),
    ).toEqual([["framework-band-invalid", null, "warning"]]);
    expect(check([])).toEqual([["framework-band-invalid", null, "warning"]]);
    // Any order is fine.
    expect(
      check([
        { label: "Yếu", min: 0 },
        { label: "Tốt", min: 80 },
      ]),
    ).toEqual([]);
  });

  test("framework-title-empty and framework-group-unknown are warnings", () => {
    const areas = [
      parent("1", 100, [leaf("1.1", 50, { title: "  " }), leaf("1.2", 50, { appliesTo: ["phuong", "Thị trấn"] })]),
    ];
    expect(rules(checkFramework(fw(areas)))).toEqual([
      ["framework-title-empty", "1.1", "warning"],
      ["framework-group-unknown", "1.2", "warning"],
    ]);
  });

  test("cells come from sourceRow and the columns of the sheet the framework was read from", () => {
    const areas = [parent("1", 60, [leaf("1.1", 20), leaf("1.2", 20)]), parent("2", 30, [leaf("2.1", 30)])];
    areas[0].sourceRow = 16;
    const where = { columns: { code: 3, max: 5 }, meta: { bands: "E4" }, totalCell: "F30" };
    const f = checkFramework(fw(areas, { bands: [] }), "Tiêu chí 2025", where);
    expect(f.map((x) => [x.rule, x.sheet, x.cell])).toEqual([
      ["framework-parent-sum", "Tiêu chí 2025", "F16"],
      ["framework-total", "Tiêu chí 2025", "F30"],
      ["framework-band-invalid", "Tiêu chí 2025", "E4"],
    ]);
    // Without a location, the written layout (code in A, maximum in C) is assumed.
    expect(checkFramework(fw(areas)).find((x) => x.rule === "framework-parent-sum")?.cell).toBe("C16");
  });

  test("every finding has a Vietnamese and an English message", () => {
    const areas = [
      parent("1", 60, [leaf("1.1", 20), leaf("1.1", 1, { scale: { values: [2] } })]),
      parent("3", 40, [leaf("3.1", NaN)]),
    ];
    const f = checkFramework(fw(areas, { bands: [] }));
    expect(f.length).toBeGreaterThan(4);
    for (const x of f) {
      expect(x.message).not.toBe("");
      expect(x.messageEn).not.toBe("");
      expect(x.message).not.toBe(x.messageEn);
    }
  });
});
