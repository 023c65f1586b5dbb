// Whole workbooks in the forms real systems and offices send (issue 14, DOMAIN.md "Real layouts seen
// in the field"), built by code: each asserts the units' names, points, ranks and findings at their
// cells. Clean sheets of every form give no error.
import { analyseWorkbook } from "../../../../src/core/pipeline";
import type { CellValue, CriterionNode, SheetSnapshot } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";
import {
  EVIDENCE,
  FormColumn,
  formCell,
  formRow,
  formSheet,
  fullPoints,
  MAX,
  NUMBERED_TITLE,
  SELF,
  STT,
  TITLE,
} from "../../../helpers/forms";

const fw = miniFramework();
const isSurvey = (n: CriterionNode) => n.children.length === 0 && n.source !== "self";
/** An appraised column at full marks except `changed` (code → value); survey leaves as `survey`. */
const appraisedCol = (
  header: FormColumn["header"],
  changed: Record<string, CellValue> = {},
  survey: CellValue = "",
) => ({
  header,
  cell: (n: CriterionNode) => (n.code in changed ? changed[n.code] : isSurvey(n) ? survey : fullPoints(n)),
});
const empty = (header: string): FormColumn => ({ header, cell: () => "" });
const inFile = (s: SheetSnapshot, file: string): SheetSnapshot => ({ ...s, file });
const result = (a: ReturnType<typeof analyseWorkbook>) =>
  a.scores.map((s) => [s.unit, s.appraisedPoints, s.total, s.rank, s.blocked]);
const notInfo = (a: ReturnType<typeof analyseWorkbook>) =>
  a.validation.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.sheet, f.cell]);

describe("the Ministry's online system export", () => {
  // No code column, the number inside the title, the unit only in "… cho đơn vị X", sheet "Sheet1";
  // survey points written by the office in the Thẩm định column.
  const ministry = (title: string, changed: Record<string, CellValue> = {}) =>
    formSheet(fw, {
      title: [title],
      columns: [
        NUMBERED_TITLE,
        MAX,
        SELF,
        { header: "Tài liệu kiểm chứng/Giải trình", cell: (n, leaf) => (leaf && !isSurvey(n) ? "Văn bản số 12" : "") },
        appraisedCol("Thẩm định", changed, 3.2),
        empty("Ý kiến hội đồng thẩm định"),
        empty("Chỉ số (%)"),
      ],
    });

  it("names each unit from its title, reads rows by the numbers in their titles, counts the survey points of the Thẩm định column, ranks them", () => {
    const bd = ministry("Kết quả đánh giá Chỉ số CCHC năm 2023 cho đơn vị Bình Định", {
      "1.1.2": 1.5,
      "1.1": 2.5,
      "1": 5.5,
      "3": 3.2,
    });
    bd.values[formRow(bd, "1.1.1. Ban hành kế hoạch CCHC đúng thời hạn")][0] =
      "1.1.1. Ban hành kế hoạch cải cách hành chính đúng thời hạn";
    const nt = ministry("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", { "3": 3.2 });
    const a = analyseWorkbook(
      { sheets: [inFile(bd, "binh-dinh.xlsx"), { ...inFile(nt, "ninh-thuan.xlsx"), name: "Sheet1 (2)" }] },
      // Provinces, ranked in one list: a provincial framework has no groups of communes.
      { framework: { ...fw, groups: [] } },
    );
    expect(notInfo(a)).toEqual([]);
    expect(result(a)).toEqual([
      ["Bình Định", 15.5, 18.7, 2, false],
      ["Tỉnh Ninh Thuận", 16, 19.2, 1, false],
    ]);
    expect(notInfo(a)).toEqual([]);
    const adjusted = a.validation.findings.filter((f) => f.rule === "appraisal-adjusted");
    expect(adjusted.map((f) => [f.file, f.cell, f.code])).toEqual([
      ["binh-dinh.xlsx", formCell(bd, "1.1.2. Mức độ thực hiện kế hoạch CCHC", 4), "1.1.2"],
    ]);
  });
});

describe("a scoring app's report", () => {
  // "Đơn vị: X - Năm N", STT 1 / 1.1 / 1.1.1, two appraisal rounds, Điểm thưởng / Điểm phạt rows and
  // "Tổng cộng = tổng + thưởng − phạt".
  const report = (
    unit: string,
    r1: Record<string, CellValue>,
    r2: Record<string, CellValue>,
    adj: [number, number],
  ) => {
    return formSheet(fw, {
      name: unit.startsWith("Phường") ? "P. Hồng Hà" : "X. An Sinh",
      title: [`Đơn vị: ${unit} - Năm 2024`],
      columns: [
        STT,
        TITLE,
        MAX,
        SELF,
        EVIDENCE,
        appraisedCol(["Điểm thẩm định", "Lần 1"], r1),
        appraisedCol(["Điểm thẩm định", "Lần 2"], r2, ""),
      ],
      tail: [
        ["IX", "Điểm thưởng", 2, adj[0], "", adj[0], ""],
        ["X", "Điểm phạt", "", adj[1], "", adj[1], ""],
      ],
    });
  };

  it("counts round 2 where it has a value, round 1 elsewhere, and the unit's bonus and penalty", () => {
    // Round 2 is written only where it changed something: every other cell of it is empty.
    const onlyChanges = (c: Record<string, CellValue>) => (n: CriterionNode) => (n.code in c ? c[n.code] : "");
    const hh = report("Phường Hồng Hà", { "2.3": 0, "2": 9 }, {}, [1, 0.5]);
    hh.values.forEach((row, i) => {
      if (i > formRow(hh, "Lần 1") && i < formRow(hh, "Điểm thưởng")) row[6] = "";
    });
    const r2 = onlyChanges({ "2.3": 0.5, "2": 9.5 });
    for (const n of fw.areas.flatMap(function all(x): CriterionNode[] {
      return [x, ...x.children.flatMap(all)];
    }))
      hh.values[formRow(hh, n.title)][6] = r2(n);
    const as = report("Xã An Sinh", {}, {}, [0, 0]);
    as.values.forEach((row, i) => {
      if (i > formRow(as, "Lần 1")) row[6] = "";
    });
    const a = analyseWorkbook({ sheets: [hh, as] }, { framework: fw });
    // Hồng Hà: 16 − 1 (2.3 in round 1) + 0,5 (2.3 in round 2) = 15,5 points, + 1 bonus − 0,5 penalty.
    expect(result(a)).toEqual([
      ["Phường Hồng Hà", 15.5, 16, 1, false],
      ["Xã An Sinh", 16, 16, 1, false],
    ]);
    // No survey table and no survey points in the sheets: survey-missing says the survey part counts 0 (issue 15).
    expect(notInfo(a)).toEqual([
      ["survey-missing", "P. Hồng Hà", "G25"],
      ["survey-missing", "X. An Sinh", "G25"],
    ]);
    expect(a.scores[0].rounds.map((r) => [r.label, r.criteria])).toEqual([
      ["Điểm thẩm định Lần 1", 14],
      ["Điểm thẩm định Lần 2", 1],
    ]);
    expect([a.scores[0].bonusFrom, a.scores[0].penaltyFrom]).toEqual(["sheet", "sheet"]);
  });
});

describe("district department tables", () => {
  // Headed by the district's People's Committee, the department named by a label; "Điểm tự chấm" and
  // "Điểm thẩm định"; the district's own consolidated table in the same workbook.
  const department = (name: string, sheet: string, changed: Record<string, CellValue> = {}) =>
    formSheet(fw, {
      name: sheet,
      title: ["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG TRIỀU", `Đơn vị: ${name}`],
      columns: [
        { header: "TT", cell: STT.cell },
        { header: "Nội dung", cell: TITLE.cell },
        MAX,
        { header: "Điểm tự chấm", cell: SELF.cell },
        EVIDENCE,
        appraisedCol("Điểm thẩm định", changed),
      ],
      tail: [["", "Tổng cộng", 20, 16, "", 16]],
    });
  const consolidated: SheetSnapshot = {
    name: "TH kết quả",
    originRow: 0,
    originCol: 0,
    values: [
      ["KẾT QUẢ CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023"],
      ["STT", "Cơ quan, đơn vị", "Lĩnh vực I", "", "Lĩnh vực II", "", "Tổng điểm", "Chỉ số (%)", "Xếp loại"],
      ["", "", "Thẩm định", "Chỉ số", "Thẩm định", "Chỉ số", "", "", ""],
      [1, "Phòng Tài chính - Kế hoạch", 6, 100, 10, 100, 16, 100, "Xuất sắc"],
      [2, "Văn phòng HĐND và UBND", 6, 100, 9.5, 95, 15.5, 96.88, "Xuất sắc"],
    ],
  };

  it("names each department, skips the consolidated table with its reason, ranks the departments", () => {
    const tckh = department("Phòng Tài chính - Kế hoạch", "TCKH");
    const vp = department("Văn phòng HĐND và UBND", "VP", { "2.1": 0.5, "2": 9.5 });
    vp.values[vp.values.length - 1][5] = 15.5;
    // The district ranks its departments in one group.
    const a = analyseWorkbook(
      { sheets: [tckh, vp, consolidated] },
      { framework: { ...fw, groups: ["Cơ quan chuyên môn"] } },
    );
    expect(result(a)).toEqual([
      ["Phòng Tài chính - Kế hoạch", 16, 16, 1, false],
      ["Văn phòng HĐND và UBND", 15.5, 15.5, 2, false],
    ]);
    expect(a.validation.skipped).toEqual([{ sheet: "TH kết quả", file: undefined, reason: "consolidated-table" }]);
    // No survey table and no survey points in the sheets: survey-missing says the survey part counts 0 (issue 15).
    expect(notInfo(a)).toEqual([
      ["survey-missing", "TCKH", "F25"],
      ["survey-missing", "VP", "F25"],
    ]);
    expect(a.validation.findings.filter((f) => f.rule === "appraisal-adjusted").map((f) => [f.sheet, f.cell])).toEqual([
      ["VP", formCell(vp, "Nhiệm vụ cải cách thể chế số 1", 5)],
    ]);
  });
});
