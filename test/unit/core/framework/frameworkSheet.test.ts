import { readFrameworkSheet, frameworkToGrid, frameworkSheetPlan } from "../../../../src/core/framework/frameworkSheet";
import { getBuiltinFramework } from "../../../../src/core/framework/samples";
import { withoutSourceRows, nodeIndex } from "../../../../src/core/framework/model";
import { CellValue, Framework, SheetSnapshot } from "../../../../src/core/types";
import type { Finding } from "../../../../src/core/findings";
import fc from "fast-check";

const META: CellValue[][] = [
  ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
  ["Tên bộ tiêu chí:", "Bộ tiêu chí thử"],
  ["Mã:", "thu"],
  ["Xếp loại:", "Tốt: 80; Khá: 50; Yếu: 0"],
  [],
];
const HEADER: CellValue[] = ["Mã", "Nội dung", "Điểm tối đa", "Thang điểm"];

/** A framework sheet: metadata, header, then the given rows (code, title, max, scale). */
function sheet(
  rows: CellValue[][],
  opts: { originRow?: number; originCol?: number; header?: CellValue[]; meta?: CellValue[][] } = {},
): SheetSnapshot {
  return {
    name: "Bộ tiêu chí",
    originRow: opts.originRow ?? 0,
    originCol: opts.originCol ?? 0,
    values: [...(opts.meta ?? META), opts.header ?? HEADER, ...rows],
  };
}

/** A small, correct framework body: rows 7–12 of the sheet (header in row 6). */
const GOOD: CellValue[][] = [
  ["I", "Lĩnh vực một", 60],
  ["1.1", "Tiêu chí có con", 2.5],
  ["1.1.1", "Con thứ nhất", 1, "Có: 1; Không: 0"],
  ["1.1.2", "Con thứ hai", "1,5", "Bước 0,25"],
  ["1.2", "Tiêu chí lá", 57.5, "Bước 0,5"],
  ["II", "Lĩnh vực hai", 40],
  ["2.1", "Tiêu chí của lĩnh vực hai", 40, "0; 20; 40"],
];

const brief = (fs: Finding[]) => fs.map((f) => [f.rule, f.cell, f.severity]);

describe("readFrameworkSheet", () => {
  test("reads a hand-made sheet: tree from the codes, text numbers, scales, metadata", () => {
    const { framework, findings } = readFrameworkSheet(sheet(GOOD));
    expect(findings).toEqual([]);
    expect(framework).not.toBeNull();
    const fw = framework as Framework;
    expect(fw.name).toBe("Bộ tiêu chí thử");
    expect(fw.id).toBe("thu");
    expect(fw.bands).toEqual([
      { label: "Tốt", labelEn: "Good", min: 80 },
      { label: "Khá", labelEn: "Fair", min: 50 },
      { label: "Yếu", labelEn: "Weak", min: 0 },
    ]);
    expect(fw.areas.map((a) => [a.code, a.max, a.children.map((c) => c.code)])).toEqual([
      ["1", 60, ["1.1", "1.2"]],
      ["2", 40, ["2.1"]],
    ]);
    const idx = nodeIndex(fw);
    expect(idx.get("1.1.2")).toMatchObject({
      max: 1.5,
      scale: { step: 0.25, text: "Bước 0,25" },
      source: "self",
      evidenceRequired: true,
      sourceRow: 10,
    });
    expect(idx.get("1.1.1")?.scale).toEqual({ values: [0, 1], text: "Có: 1; Không: 0" });
    expect(idx.get("2.1")?.scale?.values).toEqual([0, 20, 40]);
  });

  test("reports each mistake at its cell: parent not adding up, duplicate code, maximum “năm”; never throws", () => {
    const rows: CellValue[][] = [
      ["I", "Lĩnh vực một", 60],
      ["1.1", "Tiêu chí có con", 3], // row 8: children add up to 2.5
      ["1.1.1", "Con thứ nhất", 1],
      ["1.1.2", "Con thứ hai", 1.5],
      ["1.2", "Tiêu chí lá", "năm"], // row 11: not a number
      ["1.2", "Tiêu chí lá (trùng)", 57], // row 12: duplicate
      ["II", "Lĩnh vực hai", 40],
      ["2.1", "Tiêu chí của lĩnh vực hai", 40],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(rows), { file: "bo-tieu-chi.xlsx" });
    expect(framework).not.toBeNull();
    expect(brief(findings).sort()).toEqual(
      [
        ["framework-parent-sum", "C8", "error"],
        ["framework-max-invalid", "C11", "error"],
        ["framework-duplicate-code", "A12", "error"],
      ].sort(),
    );
    const sumF = findings.find((f) => f.rule === "framework-parent-sum") as Finding;
    expect(sumF).toMatchObject({
      code: "1.1",
      expected: 2.5,
      actual: 3,
      sheet: "Bộ tiêu chí",
      file: "bo-tieu-chi.xlsx",
    });
    expect(sumF.message).toContain("1.1");
    expect(sumF.messageEn).toContain("1.1");
    expect(findings.find((f) => f.rule === "framework-max-invalid")).toMatchObject({ code: "1.2", actual: "năm" });
    expect(findings.find((f) => f.rule === "framework-duplicate-code")).toMatchObject({ code: "1.2" });
    // The duplicate row is not counted: 1.2 keeps the first row.
    expect(nodeIndex(framework as Framework).get("1.2")?.sourceRow).toBe(11);
  });

  test("the same mistakes in a sheet whose used range starts at C5 are reported at the shifted cells", () => {
    const rows: CellValue[][] = [
      ["I", "Lĩnh vực một", 60],
      ["1.1", "Tiêu chí có con", 3],
      ["1.1.1", "Con thứ nhất", 1],
      ["1.1.2", "Con thứ hai", 1.5],
      ["1.2", "Tiêu chí lá", "năm"],
      ["1.2", "Tiêu chí lá (trùng)", 57],
      ["II", "Lĩnh vực hai", 40],
      ["2.1", "Tiêu chí của lĩnh vực hai", 40],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(rows, { originRow: 4, originCol: 2 }));
    expect(brief(findings).sort()).toEqual(
      [
        ["framework-parent-sum", "E12", "error"],
        ["framework-max-invalid", "E15", "error"],
        ["framework-duplicate-code", "C16", "error"],
      ].sort(),
    );
    expect(nodeIndex(framework as Framework).get("1.1")?.sourceRow).toBe(12);
  });

  test("a scale that allows more than the maximum and a total that is not 100 point at their cells", () => {
    const rows: CellValue[][] = [
      ["I", "Lĩnh vực một", 60],
      ["1.1", "Tiêu chí", 60, "Có: 70; Không: 0"],
      ["II", "Lĩnh vực hai", 30],
      ["2.1", "Tiêu chí", 30],
      [null, "TỔNG CỘNG", 90],
    ];
    const { findings } = readFrameworkSheet(sheet(rows));
    expect(brief(findings).sort()).toEqual(
      [
        ["framework-scale-over-max", "D8", "error"],
        ["framework-total", "C11", "error"],
      ].sort(),
    );
    expect(findings.find((f) => f.rule === "framework-total")).toMatchObject({ expected: 100, actual: 90 });
    // Without a total row the header of the maximum column is named.
    const noTotal = readFrameworkSheet(sheet(rows.slice(0, 4)));
    expect(noTotal.findings.find((f) => f.rule === "framework-total")?.cell).toBe("C6");
  });

  test("codes: orphans and numbering gaps are found", () => {
    const rows: CellValue[][] = [
      ["I", "Một", 50],
      ["1.1", "a", 25],
      ["1.3", "c", 25], // row 9: 1.2 missing
      ["II", "Hai", 25],
      ["2.1", "a", 25],
      ["2.2.1", "mồ côi", 1], // row 12: no 2.2
      ["IV", "Bốn", 25], // row 13: area 3 missing
      ["4.1", "a", 25],
    ];
    const { findings } = readFrameworkSheet(sheet(rows));
    expect(brief(findings).sort()).toEqual(
      [
        ["framework-numbering-gap", "A9", "warning"],
        ["framework-orphan", "A12", "error"],
        ["framework-numbering-gap", "A13", "warning"],
      ].sort(),
    );
    expect(findings.find((f) => f.cell === "A9")).toMatchObject({ expected: "1.2", code: "1.3" });
    expect(findings.find((f) => f.cell === "A13")).toMatchObject({ expected: "3", code: "4" });
  });

  test("a missing header is a finding, not a throw, and nothing is returned", () => {
    const noMax = readFrameworkSheet(sheet(GOOD, { header: ["Mã", "Nội dung", "Ghi chú"] }));
    expect(noMax.framework).toBeNull();
    expect(brief(noMax.findings)).toEqual([["framework-header-missing", "A6", "error"]]);
    expect(noMax.findings[0].message).toContain("Điểm tối đa");

    const nothing = readFrameworkSheet({ name: "Trống", originRow: 2, originCol: 1, values: [["ghi chú"], [42]] });
    expect(nothing.framework).toBeNull();
    expect(brief(nothing.findings)).toEqual([["framework-header-missing", "B3", "error"]]);

    const empty = readFrameworkSheet({ name: "Trống", originRow: 0, originCol: 0, values: [] });
    expect(empty.framework).toBeNull();
    expect(empty.findings.map((f) => f.rule)).toEqual(["framework-header-missing"]);
  });

  test("a header with no coded rows below gives no framework", () => {
    const { framework, findings } = readFrameworkSheet(sheet([["", "chỉ có ghi chú", null]]));
    expect(framework).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(["framework-empty"]);
  });

  test("code normalisation: I ≡ 1, 1.1. ≡ 1.1, ' 1.1 ' ≡ 1.1, number cells too", () => {
    const variants: CellValue[][][] = [
      [
        ["I", "A", 100],
        ["1.1", "a", 60],
        ["1.2", "b", 40],
      ],
      [
        [1, "A", 100],
        [1.1, "a", 60],
        [1.2, "b", 40],
      ],
      [
        ["1.", "A", 100],
        ["1.1.", "a", 60],
        ["1.2.", "b", 40],
      ],
      [
        [" I ", "A", 100],
        [" 1.1 ", "a", 60],
        ["1. 2", "b", 40],
      ],
    ];
    const read = variants.map((rows) => readFrameworkSheet(sheet(rows)));
    for (const r of read) {
      expect(r.findings).toEqual([]);
      expect(r.framework?.areas.map((a) => [a.code, a.children.map((c) => c.code)])).toEqual([["1", ["1.1", "1.2"]]]);
    }
  });

  test("codes typed as numbers that collide (1.10 became 1.1) get a hint to type codes as text", () => {
    const { findings } = readFrameworkSheet(
      sheet([
        ["I", "A", 100],
        [1.1, "a", 60],
        [1.1, "j", 40],
      ]),
    );
    const dup = findings.find((f) => f.rule === "framework-duplicate-code") as Finding;
    expect(dup.cell).toBe("A9");
    expect(dup.message).toMatch(/dạng văn bản/);
  });

  test.each([
    ["capitals", ["MÃ", "NỘI DUNG", "ĐIỂM TỐI ĐA", "THANG ĐIỂM"]],
    ["no diacritics", ["Ma", "Noi dung", "Diem toi da", "Thang diem"]],
    ["English", ["Code", "Criterion", "Max points", "Scale"]],
    ["variants", ["STT", "Tiêu chí", "Điểm tối đa (điểm)", "Cách chấm điểm"]],
    ["extra spaces", ["  Mã ", "Nội   dung", "Điểm\ntối đa", "Thang  điểm"]],
  ])("header names in %s are recognised", (_label, header) => {
    const { framework, findings } = readFrameworkSheet(sheet(GOOD, { header }));
    expect(findings).toEqual([]);
    expect(nodeIndex(framework as Framework).get("1.1.1")?.scale?.values).toEqual([0, 1]);
  });

  test("columns in another order, English source/evidence/applies-to columns", () => {
    const header = ["Title", "Code", "Applies to", "Max points", "Source", "Evidence"];
    const rows: CellValue[][] = [
      ["Area", "I", null, 100],
      ["Survey", "1.1", null, 40, "Điều tra XHH", "Không"],
      ["Wards only", "1.2", "Phường", 60, "Tự chấm", "Có"],
    ];
    const meta: CellValue[][] = [
      ["Groups:", "Phường; Xã"],
      ["Bands:", "Tốt: 0"],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(rows, { header, meta }));
    expect(findings).toEqual([]);
    const idx = nodeIndex(framework as Framework);
    expect(idx.get("1.1")).toMatchObject({ source: "survey", evidenceRequired: false });
    expect(idx.get("1.2")).toMatchObject({ source: "self", evidenceRequired: true, appliesTo: ["Phường"] });
    expect(framework?.groups).toEqual(["Phường", "Xã"]);
  });

  test("scales in the ways people write them", () => {
    const rows: CellValue[][] = [
      ["I", "A", 100],
      ["1.1", "a", 1, "0; 0,5; 1"],
      ["1.2", "b", 1, "0 - 0,5 - 1"],
      ["1.3", "c", 1, "Có: 1; Không: 0"],
      ["1.4", "d", 1, "Bước 0,25"],
      ["1.5", "e", 1, "step 0.25"],
      ["1.6", "f", 1, "Đạt 100%: 1; Từ 80% đến dưới 100%: 0,5; Dưới 80%: 0"],
      ["1.7", "g", 94, "Điểm = tỷ lệ × điểm tối đa / 80%"],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(rows));
    const idx = nodeIndex(framework as Framework);
    expect(idx.get("1.1")?.scale).toEqual({ values: [0, 0.5, 1], text: "0; 0,5; 1" });
    expect(idx.get("1.2")?.scale?.values).toEqual([0, 0.5, 1]);
    expect(idx.get("1.3")?.scale?.values).toEqual([0, 1]);
    expect(idx.get("1.4")?.scale).toEqual({ step: 0.25, text: "Bước 0,25" });
    expect(idx.get("1.5")?.scale?.step).toBe(0.25);
    expect(idx.get("1.6")?.scale?.values).toEqual([0, 0.5, 1]);
    // Unreadable: kept for display, reported as a warning at the scale cell.
    expect(idx.get("1.7")?.scale).toEqual({ text: "Điểm = tỷ lệ × điểm tối đa / 80%" });
    expect(brief(findings)).toEqual([["framework-scale-invalid", "D14", "warning"]]);
  });

  test("metadata labels are matched loosely; a label and its value may share a cell", () => {
    const meta: CellValue[][] = [
      ["TEN BO TIEU CHI", "Bộ tiêu chí tỉnh X"],
      ["Năm: 2026"],
      ["Quy tac khong ap dung:", "Cho điểm tối đa"],
      ["Xếp loại:", "Xuất sắc: 92,5; Tốt (Very good): 80; Khá: 65; Trung bình: 0"],
      ["Điểm thưởng tối đa:", "1,5"],
      ["Mẫu:", "Không"],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(GOOD, { meta }));
    expect(findings).toEqual([]);
    expect(framework).toMatchObject({
      name: "Bộ tiêu chí tỉnh X",
      id: "bo-tieu-chi-tinh-x",
      year: 2026,
      notApplicableRule: "award-max",
      bonusMax: 1.5,
      sample: false,
    });
    expect(framework?.bands[0]).toEqual({ label: "Xuất sắc", labelEn: "Excellent", min: 92.5 });
    expect(framework?.bands[1]).toEqual({ label: "Tốt", labelEn: "Very good", min: 80 });
  });

  test("bad metadata is reported at the value cell", () => {
    const meta: CellValue[][] = [["Xếp loại:", "Tốt: tám mươi; Khá: 50"], ["Năm:", "hai nghìn"], []];
    const { framework, findings } = readFrameworkSheet(sheet(GOOD, { meta }));
    expect(brief(findings).sort()).toEqual(
      [
        ["framework-band-invalid", "B1", "error"],
        ["framework-meta-invalid", "B2", "warning"],
        // The bands that remain do not start at 0.
        ["framework-band-invalid", "B1", "warning"],
      ].sort(),
    );
    expect(framework?.year).toBeUndefined();
  });

  test("a sheet read from a snapshot with error cells and blank spacer rows still reads", () => {
    const rows: CellValue[][] = [
      ["I", "A", { error: "#REF!" }],
      [],
      ["1.1", "a", 60],
      ["1.2", "b", 40],
      [null, "Ghi chú: tiêu chí do tỉnh bổ sung"],
    ];
    const { framework, findings } = readFrameworkSheet(sheet(rows));
    // A parent whose maximum is unreadable takes its children's sum and is reported.
    expect(framework?.areas[0].max).toBe(100);
    expect(brief(findings)).toEqual([["framework-max-invalid", "C7", "error"]]);
    expect(findings[0].actual).toBe("#REF!");
  });
});

test("never throws, whatever the grid holds", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.record({ error: fc.constantFrom("#REF!", "#N/A") }),
    fc.string(),
    fc.constantFrom(
      "I",
      "II",
      "1.1",
      "1.1.",
      "1.2",
      "1.1.1",
      "Mã",
      "Nội dung",
      "Điểm tối đa",
      "Thang điểm",
      "0,5",
      "năm",
      "Có: 1; Không: 0",
      "Xếp loại:",
      "Tốt: 80",
    ),
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
      fc.nat(50),
      fc.nat(10),
      (values, originRow, originCol) => {
        const r = readFrameworkSheet({ name: "x", originRow, originCol, values });
        for (const f of r.findings) expect(typeof f.cell).toBe("string");
      },
    ),
    { numRuns: 300 },
  );
});

describe("frameworkToGrid / frameworkSheetPlan", () => {
  const fw = getBuiltinFramework("mau-cap-xa") as Framework;

  test("areas are written with Roman numerals and codes as text", () => {
    const grid = frameworkToGrid(fw);
    const codes = grid.map((r) => r[0]);
    expect(codes).toContain("I");
    expect(codes).toContain("VIII");
    expect(codes).toContain("1.1.1");
    expect(grid.every((r) => typeof r[0] !== "number")).toBe(true);
  });

  test("codes like 1.10 survive as text", () => {
    const big: Framework = {
      ...fw,
      areas: [
        {
          code: "1",
          title: "A",
          max: 100,
          source: "self",
          evidenceRequired: true,
          children: Array.from({ length: 10 }, (_, i) => ({
            code: `1.${i + 1}`,
            title: `t${i + 1}`,
            max: 10,
            children: [],
            source: "self" as const,
            evidenceRequired: true,
          })),
        },
      ],
    };
    const grid = frameworkToGrid(big);
    expect(grid.some((r) => r[0] === "1.10")).toBe(true);
    const back = readFrameworkSheet({ name: "x", originRow: 0, originCol: 0, values: grid });
    expect(back.findings).toEqual([]);
    expect(withoutSourceRows(back.framework as Framework)).toEqual(big);
  });

  test("appliesTo, explicit parent flags and an English band name that is not the usual one survive a round trip", () => {
    const custom: Framework = {
      id: "x",
      name: "X",
      legalBasis: "Quyết định số 1/QĐ-UBND",
      level: "Cấp xã",
      sample: false,
      issuingBody: "UBND tỉnh X",
      notApplicableRule: "award-max",
      groups: ["Phường", "Xã"],
      bands: [{ label: "Tốt", labelEn: "Very good", min: 0 }],
      areas: [
        {
          code: "1",
          title: "A",
          max: 100,
          source: "survey",
          evidenceRequired: true, // explicit, not inherited
          children: [
            {
              code: "1.1",
              title: "a",
              max: 60,
              children: [],
              source: "self",
              evidenceRequired: false,
              appliesTo: ["Phường"],
              scale: { values: [0, 60] },
            },
            { code: "1.2", title: "b", max: 40, children: [], source: "survey", evidenceRequired: false },
          ],
        },
      ],
    };
    const back = readFrameworkSheet({ name: "x", originRow: 0, originCol: 0, values: frameworkToGrid(custom) });
    expect(back.findings).toEqual([]);
    const expected = structuredClone(custom);
    // A scale without text gets the text it was written with.
    expected.areas[0].children[0].scale = { values: [0, 60], text: "0; 60" };
    expect(withoutSourceRows(back.framework as Framework)).toEqual(expected);
  });

  test("the plan is an official-looking framework sheet", () => {
    const plan = frameworkSheetPlan(fw);
    expect(plan.kind).toBe("framework");
    expect(plan.name).toBe("Bộ tiêu chí");
    expect(plan.fontName).toBe("Times New Roman");
    expect(plan.print).toMatchObject({ paper: "A4" });
    const headerRow = plan.cells.findIndex((r) => r[0]?.value === "Mã");
    expect(plan.cells[headerRow].map((c) => c?.value)).toEqual([
      "Mã",
      "Nội dung",
      "Điểm tối đa",
      "Thang điểm",
      "Nguồn điểm",
      "Tài liệu kiểm chứng",
      "Áp dụng cho",
      "Cách tính điểm",
    ]);
    expect(plan.freeze).toEqual({ rows: headerRow + 1, columns: 0 });
    expect(
      plan.styles?.some((s) => s.range === `A${headerRow + 1}:H${headerRow + 1}` && s.style.bold && s.style.fill),
    ).toBe(true);
    // Numbers are numbers; the total row adds up the area rows with a formula.
    const areaRows = plan.cells
      .map((r, i) => (typeof r[0]?.value === "string" && /^[IVX]+$/.test(r[0].value) ? i + 1 : 0))
      .filter(Boolean);
    expect(areaRows).toHaveLength(8);
    expect(typeof plan.cells[areaRows[0] - 1][2]?.value).toBe("number");
    const total = plan.cells.find((r) => r[1]?.value === "TỔNG CỘNG");
    expect(total?.[2]?.formula).toBe("=" + areaRows.map((r) => `C${r}`).join("+"));
  });
});
