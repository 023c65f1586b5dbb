// One unit, one entry (issue 14): a unit split over several tabs of one file is one unit (the report
// says which sheets were joined); the same unit in two places is unit-duplicate, never ranked twice;
// consolidated result tables are skipped with a reason, never read as a unit.
import { analyseWorkbook, buildPlans } from "../../../../src/core/pipeline";
import { unitReading } from "../../../../src/core/submission/readingNotes";
import { validateWorkbook } from "../../../../src/core/submission/validate";
import type { CriterionNode, SheetSnapshot } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";
import { EVIDENCE, formCell, formSheet, fullPoints, MAX, SELF, STT, TITLE } from "../../../helpers/forms";

const fw = miniFramework();
const columns = [STT, TITLE, MAX, SELF, EVIDENCE];
const inFile = (s: SheetSnapshot, file: string): SheetSnapshot => ({ ...s, file });

describe("one unit split over several tabs", () => {
  const tabs = (secondTitle: string[]) => [
    formSheet(fw, { name: "Phần I", title: ["Đơn vị: Xã An Sinh - Năm 2024"], columns, areas: ["1"] }),
    formSheet(fw, {
      name: "Phần II-III",
      title: secondTitle,
      columns,
      areas: ["2", "3"],
      tail: [["", "TỔNG ĐIỂM", 20, 16]],
    }),
  ];

  it.each([
    ["naming the unit again", ["Đơn vị: Xã An Sinh"]],
    ["without a title", []],
  ])("reads the tabs as one unit, %s, with no error, ranked once with all its points", (_, second) => {
    const a = analyseWorkbook({ sheets: tabs(second).map((s) => inFile(s, "an-sinh.xlsx")) }, { framework: fw });
    expect(a.validation.sheets).toHaveLength(1);
    const v = a.validation.sheets[0];
    expect([v.submission.unit, v.submission.joined]).toEqual(["Xã An Sinh", ["Phần I", "Phần II-III"]]);
    expect(v.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(a.scores.map((s) => [s.unit, s.appraisedPoints, s.rank, s.blocked])).toEqual([["Xã An Sinh", 16, 1, false]]);
  });

  it("reads the later tab's rows from that tab in the live formulas", () => {
    const sheets = tabs(["Đơn vị: Xã An Sinh"]);
    const snapshot = { sheets };
    const a = analyseWorkbook(snapshot, { framework: fw });
    const detail = buildPlans(a, snapshot, { framework: fw }).find((p) => p.kind === "detail")!;
    const formulas = detail.cells.flat().flatMap((c) => (c?.formula ? [c.formula] : []));
    expect(formulas).toContain(`='Phần I'!D${formCell(sheets[0], "Ban hành kế hoạch CCHC đúng thời hạn", 3).slice(1)}`);
    expect(formulas).toContain(`='Phần II-III'!${formCell(sheets[1], "Nhiệm vụ cải cách thể chế số 1", 3)}`);
  });

  it("joins a tab with two appraisal rounds to a first tab with one, counting each row's latest round", () => {
    const full = (n: CriterionNode) => (n.children.length === 0 && n.source !== "self" ? "" : fullPoints(n));
    const one = formSheet(fw, {
      name: "Phần I",
      title: ["Đơn vị: Xã An Sinh"],
      columns: [...columns, { header: "Điểm thẩm định", cell: full }],
      areas: ["1"],
    });
    const two = formSheet(fw, {
      name: "Phần II",
      title: [],
      columns: [
        ...columns,
        { header: "Thẩm định lần 1", cell: full },
        { header: "Thẩm định lần 2", cell: (n) => (n.code === "2.1" ? 0.5 : n.code === "2" ? 9.5 : "") },
      ],
      areas: ["2", "3"],
    });
    const a = analyseWorkbook({ sheets: [one, two] }, { framework: fw });
    expect(a.scores.map((s) => [s.unit, s.appraisedPoints, s.blocked])).toEqual([["Xã An Sinh", 15.5, false]]);
    expect(unitReading(a.validation.sheets[0], a.scores[0]).sheets).toEqual(["Phần I", "Phần II"]);
  });

  it("still reports what no tab has, once, and keeps two tabs with the same criteria as two places", () => {
    const [one] = tabs([]);
    const two = formSheet(fw, { name: "Phần II", title: [], columns, areas: ["2"] });
    const joined = validateWorkbook({ sheets: [one, two] }, fw);
    expect(joined.sheets[0].submission.joined).toEqual(["Phần I", "Phần II"]);
    expect(joined.findings.filter((f) => f.rule === "criterion-missing").map((f) => [f.sheet, f.code])).toEqual([
      ["Phần II", "3"],
    ]);
    const again = formSheet(fw, { name: "Phần I (sửa)", title: ["Đơn vị: Xã An Sinh"], columns, areas: ["1", "2"] });
    const v = validateWorkbook({ sheets: [one, again] }, fw);
    expect(v.sheets.map((s) => s.submission.joined)).toEqual([undefined, undefined]);
    expect(v.findings.filter((f) => f.rule === "unit-duplicate").map((f) => [f.sheet, f.cell])).toEqual([
      ["Phần I", "A1"],
      ["Phần I (sửa)", "A1"],
    ]);
  });
});

describe("unit-duplicate", () => {
  const unit = (name: string, title: string) => formSheet(fw, { name, title: [title], columns });

  it("flags the same unit in two files at both places, naming the other; neither is ranked", () => {
    const a = analyseWorkbook(
      {
        sheets: [
          inFile(unit("Sheet1", "Đơn vị: Phường Hồng Hà"), "hong-ha.xlsx"),
          inFile(unit("Sheet1 (2)", "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ"), "hong-ha-v2.xlsx"),
          inFile(unit("Sheet1 (3)", "Đơn vị: Xã An Sinh"), "an-sinh.xlsx"),
        ],
      },
      { framework: fw },
    );
    const dup = a.validation.findings.filter((f) => f.rule === "unit-duplicate");
    expect(dup.map((f) => [f.file, f.sheet, f.cell, f.severity])).toEqual([
      ["hong-ha.xlsx", "Sheet1", "A1", "error"],
      ["hong-ha-v2.xlsx", "Sheet1 (2)", "A1", "error"],
    ]);
    expect(dup[0].message).toBe(
      'Đơn vị "Phường Hồng Hà" có ở 2 nơi: tệp hong-ha.xlsx › trang "Sheet1" và tệp hong-ha-v2.xlsx › trang "Sheet1 (2)"; hãy giữ lại một bản.',
    );
    expect(a.scores.map((s) => [s.unit, s.rank])).toEqual([
      ["Phường Hồng Hà", null],
      ["Phường Hồng Hà", null],
      ["Xã An Sinh", 1],
    ]);
  });

  it("in our own result workbook given as an input, flags only the copy: the original ranks once", () => {
    const marked = (name: string, kind: string): SheetSnapshot => ({
      name,
      originRow: 0,
      originCol: 0,
      values: [["Tổng hợp"]],
      generated: kind,
      file: "ket-qua.xlsx",
    });
    const a = analyseWorkbook(
      {
        sheets: [
          inFile(unit("P. Hồng Hà", "Đơn vị: Phường Hồng Hà"), "hong-ha.xlsx"),
          marked("Tổng hợp", "summary"),
          inFile(unit("P. Hồng Hà (2)", "Đơn vị: Phường Hồng Hà"), "ket-qua.xlsx"),
        ],
      },
      { framework: fw },
    );
    const dup = a.validation.findings.filter((f) => f.rule === "unit-duplicate");
    expect(dup.map((f) => [f.file, f.sheet])).toEqual([["ket-qua.xlsx", "P. Hồng Hà (2)"]]);
    expect(dup[0].message).toContain("sổ kết quả do phần mềm tạo");
    expect(a.scores.map((s) => [s.file, s.rank])).toEqual([
      ["hong-ha.xlsx", 1],
      ["ket-qua.xlsx", null],
    ]);
  });

  it("says nothing about different units, nor about unnamed sheets that stand for themselves", () => {
    const v = validateWorkbook(
      {
        sheets: [
          inFile(unit("Sheet1", "Đơn vị: Phường Hồng Hà"), "a.xlsx"),
          inFile(unit("Sheet1 (2)", "Đơn vị: Xã An Sinh"), "b.xlsx"),
        ],
      },
      fw,
    );
    expect(v.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("consolidated result tables", () => {
  // One row per unit, merged header rows: "Lĩnh vực I" over "ĐTXHH | Thẩm định | Tổng", then total, index, rank.
  const table: SheetSnapshot = {
    name: "Tổng hợp kết quả",
    originRow: 0,
    originCol: 0,
    values: [
      ["BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 CỦA CÁC XÃ, PHƯỜNG"],
      [],
      ["STT", "Tên đơn vị", "Lĩnh vực I", "", "", "Lĩnh vực II", "", "", "Tổng điểm", "Chỉ số (%)", "Xếp hạng"],
      ["", "", "Đánh giá qua ĐTXHH", "Thẩm định", "Tổng", "Đánh giá qua ĐTXHH", "Thẩm định", "Tổng", "", "", ""],
      [1, "Phường Hồng Hà", 0, 5.5, 5.5, 0, 9, 9, 14.5, 72.5, 1],
      [2, "Xã An Sinh", 0, 5, 5, 0, 8.5, 8.5, 13.5, 67.5, 2],
      [3, "Xã Dân Chủ", 0, 4, 4, 0, 8, 8, 12, 60, 3],
    ],
  };

  it("is skipped with its reason, never read as one unit", () => {
    const v = validateWorkbook({ sheets: [table, formSheet(fw, { title: ["Đơn vị: Xã An Sinh"], columns })] }, fw);
    expect(v.skipped).toEqual([{ sheet: "Tổng hợp kết quả", file: undefined, reason: "consolidated-table" }]);
    expect(v.sheets.map((s) => s.submission.unit)).toEqual(["Xã An Sinh"]);
  });

  it("tells a survey table apart: skipped as a unit, read for the survey points", () => {
    const survey: SheetSnapshot = {
      name: "Điều tra XHH",
      originRow: 0,
      originCol: 0,
      values: [
        ["Đơn vị", "Điểm điều tra XHH"],
        ["Xã An Sinh", 3.5],
      ],
    };
    const a = analyseWorkbook(
      { sheets: [survey, formSheet(fw, { title: ["Đơn vị: Xã An Sinh"], columns })] },
      { framework: fw },
    );
    expect(a.validation.skipped.map((s) => s.reason)).toEqual(["survey-table"]);
    expect(a.scores.map((s) => [s.unit, s.survey, s.total])).toEqual([["Xã An Sinh", 3.5, 19.5]]);
  });

  it("does not take a unit's sheet with a 'Đơn vị:' label cell for one", () => {
    const sheet = formSheet(fw, { title: [], columns: [STT, TITLE, MAX, SELF, EVIDENCE] });
    sheet.values[0] = ["Đơn vị:", "Xã An Sinh"];
    expect(validateWorkbook({ sheets: [sheet] }, fw).skipped).toEqual([]);
  });
});
