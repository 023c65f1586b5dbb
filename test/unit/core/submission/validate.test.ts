import { validateSheet, validateWorkbook } from "../../../../src/core/submission/validate";
import type { Finding } from "../../../../src/core/findings";
import { miniFramework } from "../../../helpers/miniFramework";
import { recalcSubtotals } from "../../../helpers/recalc";
import { cellOf, fullMarks, rowOf, setCell, unitSheet } from "../../../helpers/sheets";

const fw = miniFramework();
const only = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const problems = (fs: Finding[]) => fs.filter((f) => f.severity !== "info");

describe("reading a clean submission", () => {
  it("finds the header, the unit and its group, and raises nothing", () => {
    const v = validateSheet(unitSheet(fw), fw);
    expect(problems(v.findings)).toEqual([]);
    expect(v.submission.unit).toBe("Phường Hồng Hà");
    expect(v.submission.group).toBe("Phường");
    expect(v.submission.rows).toHaveLength(21);
    expect(v.summary).toMatchObject({ errors: 0, warnings: 0, ready: true, unit: "Phường Hồng Hà" });
  });

  it("stays quiet about cosmetic differences: two-row merged header, Roman areas, NFD titles with trailing spaces, spacer rows, decimal-comma text scores", () => {
    const entries = fullMarks(fw);
    entries.get("1.1.2")!.self = 1.5;
    entries.get("1.1.2")!.appraised = 1.5;
    const sheet = unitSheet(fw, {
      quirks: { twoRowHeader: true, nfdTitles: true, spacerRows: true, textScores: true },
      entries,
    });
    const v = validateSheet(sheet, fw);
    expect(problems(v.findings)).toEqual([]);
    expect(v.submission.header?.rows).toBe(2);
    expect(v.submission.byCode.get("1.1.2")!.self!.num).toEqual({ kind: "number", value: 1.5, fromText: true });
  });

  it("reads the unit from an 'Đơn vị:' label, derives the group, and honours an override", () => {
    const sheet = unitSheet(fw, { quirks: { noUnitLine: true } });
    setCell(sheet, "A2", "Đơn vị: Xã Dân Chủ");
    const v = validateSheet(sheet, fw);
    expect(v.submission.unit).toBe("Xã Dân Chủ");
    expect(v.submission.group).toBe("Xã");
    expect(validateSheet(sheet, fw, { groupOverride: "Phường" }).submission.group).toBe("Phường");
  });

  it("falls back to the sheet name with a unit-unknown warning", () => {
    const v = validateSheet(unitSheet(fw, { name: "Xã Quảng La", quirks: { noUnitLine: true } }), fw);
    expect(v.submission.unit).toBe("Xã Quảng La");
    expect(v.submission.group).toBe("Xã");
    expect(only(v.findings, "unit-unknown")).toHaveLength(1);
  });

  it("uses the appraised score where filled, else the self score", () => {
    const entries = fullMarks(fw);
    entries.get("1.2")!.appraised = 0;
    entries.get("1.3.1")!.appraised = undefined;
    entries.get("1.3.1")!.self = 0.5;
    const v = validateSheet(unitSheet(fw, { entries }), fw);
    expect(only(v.findings, "appraisal-adjusted").map((f) => f.code)).toEqual(["1.2"]);
  });

  it("reads hidden rows and reports them as information", () => {
    const sheet = unitSheet(fw, { quirks: { hiddenCodes: ["1.2"] } });
    const v = validateSheet(sheet, fw);
    expect(v.submission.byCode.get("1.2")!.hidden).toBe(true);
    expect(only(v.findings, "row-hidden")).toMatchObject([
      { severity: "info", code: "1.2", cell: cellOf(sheet, "1.2", "code") },
    ]);
    expect(v.summary.ready).toBe(true);
  });
});

describe("rows and cells that are not criteria", () => {
  it("area subtotal rows and bonus or penalty rows are neither criteria nor the grand total", () => {
    const sheet = unitSheet(fw);
    const after1 = rowOf(sheet, "1.3.2") - sheet.originRow + 1;
    sheet.values.splice(after1, 0, [null, "Cộng lĩnh vực I", 6, 6, null, null, 6, null]);
    sheet.formulas!.splice(after1, 0, []);
    const total = sheet.values.findIndex((r) => r && r[1] === "TỔNG ĐIỂM");
    sheet.values.splice(total + 1, 0, [
      null,
      "Điểm thưởng (tối đa 2 điểm)",
      2,
      0.5,
      "Bằng khen của UBND tỉnh",
      null,
      0.5,
      null,
    ]);
    sheet.formulas!.splice(total + 1, 0, []);
    const v = validateSheet(sheet, fw);
    expect(problems(v.findings)).toEqual([]);
    expect(v.submission.totalRow!.row).toBe(total + sheet.originRow);
  });

  it("evidence in a merged cell covers every row it spans", () => {
    const sheet = unitSheet(fw);
    const first = cellOf(sheet, "2.1", "evidence"),
      last = cellOf(sheet, "2.3", "evidence");
    setCell(sheet, cellOf(sheet, "2.2", "evidence"), null);
    setCell(sheet, last, null);
    expect(only(validateSheet(sheet, fw).findings, "evidence-missing").map((f) => f.cell)).toEqual([
      cellOf(sheet, "2.2", "evidence"),
      last,
    ]);
    sheet.merges = [`${first}:${last}`];
    expect(only(validateSheet(sheet, fw).findings, "evidence-missing")).toEqual([]);
  });
});

describe("numeric codes that lost digits", () => {
  it("resolves 1.1 stored for 2.10 from the row's title and position, and reports the ambiguity", () => {
    const sheet = unitSheet(fw, { quirks: { numericCodes: true } });
    expect(sheet.values[rowOf(sheet, "2.1") - sheet.originRow][0]).toBe(2.1);
    const r10 = sheet.values.findIndex((r) => r && r[1] === "Nhiệm vụ cải cách thể chế số 10");
    expect(sheet.values[r10][0]).toBe(2.1); // Excel kept 2.10 as the number 2.1
    const v = validateSheet(sheet, fw);
    expect(v.submission.byCode.get("2.10")!.row).toBe(r10);
    expect(only(v.findings, "criterion-missing")).toEqual([]);
    expect(only(v.findings, "criterion-duplicate")).toEqual([]);
    const amb = only(v.findings, "code-ambiguous");
    expect(amb.map((f) => f.cell)).toEqual(expect.arrayContaining([`A${r10 + 1}`]));
    expect(amb.find((f) => f.cell === `A${r10 + 1}`)!.code).toBe("2.10");
    expect(v.summary.errors).toBe(0);
  });

  it("resolves by position when the title was reworded", () => {
    const sheet = unitSheet(fw, { quirks: { numericCodes: true } });
    const r10 = sheet.values.findIndex((r) => r && r[1] === "Nhiệm vụ cải cách thể chế số 10");
    sheet.values[r10][1] = "Nhiệm vụ khác";
    const v = validateSheet(sheet, fw);
    expect(v.submission.byCode.get("2.10")!.row).toBe(r10);
    expect(only(v.findings, "title-mismatch").map((f) => f.code)).toEqual(["2.10"]);
  });
});

describe("planted problems are found at their cells", () => {
  const cases: [string, string, (s: ReturnType<typeof unitSheet>) => string][] = [
    [
      "score-not-number",
      "error",
      (s) => {
        const c = cellOf(s, "1.2", "self");
        setCell(s, c, "đạt");
        setCell(s, cellOf(s, "1.2", "appraised"), null);
        return c;
      },
    ],
    [
      "score-not-number",
      "error",
      (s) => {
        const c = cellOf(s, "1.1.1", "appraised");
        setCell(s, c, "0..5");
        return c;
      },
    ],
    [
      "score-over-max",
      "error",
      (s) => {
        const c = cellOf(s, "1.1.2", "self");
        setCell(s, c, 2.5);
        return c;
      },
    ],
    [
      "score-negative",
      "error",
      (s) => {
        const c = cellOf(s, "2.3", "appraised");
        setCell(s, c, -1);
        return c;
      },
    ],
    [
      "score-off-scale",
      "warning",
      (s) => {
        const c = cellOf(s, "2.4", "self");
        setCell(s, c, 0.3);
        setCell(s, cellOf(s, "2.4", "appraised"), 0.5);
        return c;
      },
    ],
    [
      "score-missing",
      "error",
      (s) => {
        const c = cellOf(s, "1.3.1", "self");
        setCell(s, c, null);
        setCell(s, cellOf(s, "1.3.1", "appraised"), null);
        return c;
      },
    ],
    [
      "max-mismatch",
      "error",
      (s) => {
        const c = cellOf(s, "1.2", "max");
        setCell(s, c, 2);
        return c;
      },
    ],
    [
      "formula-error",
      "error",
      (s) => {
        const c = cellOf(s, "1.1", "self");
        setCell(s, c, { error: "#REF!" }, "=SUM(#REF!)");
        return c;
      },
    ],
    [
      "formula-error",
      "error",
      (s) => {
        const c = cellOf(s, "2.5", "self");
        setCell(s, c, { error: "#VALUE!" });
        return c;
      },
    ],
    [
      "sum-mismatch",
      "error",
      (s) => {
        const c = cellOf(s, "1.3", "self");
        setCell(s, c, 5);
        return c;
      },
    ],
    [
      "evidence-missing",
      "warning",
      (s) => {
        setCell(s, cellOf(s, "1.2", "evidence"), null);
        return cellOf(s, "1.2", "evidence");
      },
    ],
    [
      "appraisal-above-self",
      "warning",
      (s) => {
        setCell(s, cellOf(s, "2.6", "self"), 0.5);
        const c = cellOf(s, "2.6", "appraised");
        setCell(s, c, 1);
        return c;
      },
    ],
    [
      "appraisal-adjusted",
      "info",
      (s) => {
        const c = cellOf(s, "2.7", "appraised");
        setCell(s, c, 0.5);
        return c;
      },
    ],
    [
      "survey-self-scored",
      "warning",
      (s) => {
        const c = cellOf(s, "3.1", "self");
        setCell(s, c, 4);
        return c;
      },
    ],
    [
      "title-mismatch",
      "warning",
      (s) => {
        const c = cellOf(s, "1.2", "title");
        setCell(s, c, "Tổ chức hội nghị tổng kết");
        return c;
      },
    ],
    [
      "not-applicable",
      "info",
      (s) => {
        const c = cellOf(s, "2.8", "appraised");
        setCell(s, c, "Không áp dụng");
        return c;
      },
    ],
  ];
  it.each(cases)("%s (%s)", (rule, severity, plant) => {
    const sheet = unitSheet(fw);
    const cell = plant(sheet);
    recalcSubtotals(sheet);
    const v = validateSheet(sheet, fw);
    const hits = only(v.findings, rule);
    expect(hits.map((f) => f.cell)).toContain(cell);
    expect(hits.every((f) => f.severity === severity)).toBe(true);
    expect(hits[0].message.length).toBeGreaterThan(10);
    expect(hits[0].messageEn.length).toBeGreaterThan(10);
    // Nothing else that blocks scoring is invented around the planted problem.
    const otherErrors = v.findings.filter(
      (f) =>
        f.severity === "error" &&
        f.rule !== rule &&
        !(
          rule === "score-over-max" ||
          rule === "score-negative" ||
          rule === "formula-error" ||
          rule === "score-not-number"
        ),
    );
    expect(otherErrors).toEqual([]);
  });

  it("a broken subtotal is one formula error per broken cell, not a cascade of sum mismatches", () => {
    const sheet = unitSheet(fw, { quirks: { brokenSubtotals: ["1.1"] } });
    const v = validateSheet(sheet, fw);
    const errs = v.findings.filter((f) => f.severity === "error");
    expect(errs.every((f) => f.rule === "formula-error")).toBe(true);
    expect(errs.map((f) => f.cell)).toContain(cellOf(sheet, "1.1", "self"));
  });

  it("a wrong typed subtotal is reported once, where it was typed", () => {
    const sheet = unitSheet(fw, { quirks: { wrongSubtotal: { code: "1.1", value: 4 } } });
    const v = validateSheet(sheet, fw);
    expect(only(v.findings, "sum-mismatch")).toMatchObject([
      { cell: cellOf(sheet, "1.1", "self"), expected: 3, actual: 4 },
    ]);
  });

  it("a missing, a duplicated and an unknown criterion", () => {
    const sheet = unitSheet(fw, { quirks: { omitCodes: ["1.3"] } });
    const v = validateSheet(sheet, fw);
    const missing = only(v.findings, "criterion-missing");
    expect(missing.map((f) => f.code)).toEqual(["1.3"]); // one finding for the criterion, not one per sub-criterion
    expect(missing[0].cell).toBe(`A${rowOf(sheet, "1.2") + 2}`);

    const dup = unitSheet(fw);
    const r = rowOf(dup, "2.2") - dup.originRow;
    dup.values[r + 1] = [...dup.values[r]];
    dup.formulas![r + 1] = [...dup.formulas![r]];
    const vd = validateSheet(dup, fw);
    expect(only(vd.findings, "criterion-duplicate")).toMatchObject([{ code: "2.2", cell: `A${r + 2}` }]);

    const unk = unitSheet(fw);
    const rr = rowOf(unk, "2.10") - unk.originRow;
    unk.values.splice(rr + 1, 0, ["2.11", "Nhiệm vụ tự đặt thêm", 1, 1, "", "", 1, ""]);
    unk.formulas!.splice(rr + 1, 0, []);
    const vu = validateSheet(unk, fw);
    expect(only(vu.findings, "criterion-unknown")).toMatchObject([{ cell: `A${rr + 2}`, code: "2.11" }]);
  });

  it("a survey leaf is not expected from the unit, and KAD is not a missing score", () => {
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "2.9", "self"), "KAD");
    setCell(sheet, cellOf(sheet, "2.9", "appraised"), null);
    const v = validateSheet(sheet, fw);
    expect(only(v.findings, "score-missing")).toEqual([]);
    expect(only(v.findings, "not-applicable").map((f) => f.code)).toEqual(["2.9"]);
  });

  it("a sheet without a recognisable header is one clear error", () => {
    const v = validateSheet(
      { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"], ["Nguyễn Văn A", 1]] },
      fw,
    );
    expect(v.findings).toMatchObject([{ rule: "header-missing", severity: "error", cell: "A1", sheet: "Ghi chú" }]);
    expect(v.summary.ready).toBe(false);
  });

  it("addresses stay right when the used range does not start at A1", () => {
    const sheet = unitSheet(fw);
    sheet.values = sheet.values.slice(2);
    sheet.formulas = sheet.formulas!.slice(2);
    sheet.originRow = 2;
    const c = cellOf(sheet, "1.1.2", "self");
    setCell(sheet, c, 9);
    const v = validateSheet(sheet, fw);
    expect(only(v.findings, "score-over-max").map((f) => f.cell)).toEqual([c]);
  });
});

describe("a workbook", () => {
  it("reads every submission sheet, skips generated and framework sheets, and summarises each", () => {
    const a = unitSheet(fw, { name: "P. Hồng Hà" });
    const b = unitSheet(fw, { name: "X. Dân Chủ", unit: "Xã Dân Chủ" });
    setCell(b, cellOf(b, "1.2", "self"), 3);
    const wb = validateWorkbook(
      {
        sheets: [
          a,
          b,
          { name: "Tổng hợp", originRow: 0, originCol: 0, values: [["x"]], generated: "summary" },
          { name: "Bộ tiêu chí", originRow: 0, originCol: 0, values: [["Mã", "Nội dung", "Điểm tối đa"]] },
        ],
      },
      fw,
      { file: "ho-so.xlsx" },
    );
    expect(wb.sheets.map((s) => s.summary)).toMatchObject([
      { unit: "Phường Hồng Hà", group: "Phường", ready: true, file: "ho-so.xlsx" },
      { unit: "Xã Dân Chủ", group: "Xã", ready: false },
    ]);
    expect(wb.skipped.map((s) => s.reason)).toEqual(["generated", "framework"]);
    expect(wb.findings.every((f) => f.file === "ho-so.xlsx")).toBe(true);
  });
});
