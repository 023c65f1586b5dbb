// Layouts without a code column (the Ministry's online system, issue 14): the number inside the title
// is the code, and abbreviations equal their spelled-out forms.
import { foldTitle, ABBREVIATIONS } from "../../../../src/core/submission/abbreviations";
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

// Units of every level here (provinces, departments, communes): a framework without groups, so no
// unit's ranking group is in question (groups: test/unit/core/submission/groups.test.ts).
const fw = { ...miniFramework(), groups: [] };
const title = ["Kết quả đánh giá Chỉ số CCHC năm 2023 cho đơn vị Bình Định"];
// The framework writes "CCHC"; the Ministry's export spells it out.
const spelledOut = {
  "1": "Công tác chỉ đạo, điều hành cải cách hành chính",
  "1.1.1": "Ban hành kế hoạch cải cách hành chính đúng thời hạn",
  "1.2": "Báo cáo cải cách hành chính định kỳ đầy đủ, đúng hạn",
  "3": "Tác động của cải cách hành chính",
};

describe("a layout without a code column", () => {
  it("reads '1. …', '1.1. …', '1.1.1. …' as codes: the unit from the title, full points, no finding", () => {
    const sheet = layoutSheet(fw, { title, codeInTitle: true, titles: spelledOut });
    const r = readLayout(sheet, fw);
    expect([r.unit, r.unitSource, r.points, r.blocked]).toEqual(["Bình Định", "title", 16, false]);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.header!.columns.code).toBeUndefined();
    expect(r.v.submission.byCode.get("2.10")!.row).toBe(rowWith(sheet, "2.10. Nhiệm vụ cải cách thể chế số 10"));
    expect(r.v.submission.byCode.get("1")!.titleCell).toBe(
      `A${rowWith(sheet, "1. Công tác chỉ đạo, điều hành cải cách hành chính") + 1}`,
    );
  });

  it("does not read numbered notes below the table (no points) as criteria", () => {
    for (const codeInTitle of [true, false]) {
      const note = (t: string) => (codeInTitle ? [t] : ["", t]);
      const sheet = layoutSheet(fw, {
        title,
        codeInTitle,
        tail: [
          note("Ghi chú:"),
          note("1. Đơn vị chấm điểm theo thang điểm của bộ tiêu chí."),
          note("2. Kèm tài liệu kiểm chứng."),
        ],
      });
      const r = readLayout(sheet, fw);
      expect([r.points, r.findings]).toEqual([16, []]);
    }
  });

  it("reads Roman areas written inside the title ('I. …')", () => {
    const r = readLayout(layoutSheet(fw, { title, codeInTitle: true, romanAreas: true }), fw);
    expect([r.unit, r.points]).toEqual(["Bình Định", 16]);
    expect(r.findings).toEqual([]);
  });

  it("still reports a title that differs in substance, at the title cell", () => {
    const sheet = layoutSheet(fw, {
      title,
      codeInTitle: true,
      titles: { ...spelledOut, "1.2": "Báo cáo tổng kết năm" },
    });
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([["title-mismatch", `A${rowWith(sheet, "1.2. Báo cáo tổng kết năm") + 1}`, "1.2"]]);
    expect(r.points).toBe(16);
  });

  it("matches a row with no number by its title, abbreviations spelled out", () => {
    const sheet = layoutSheet(fw, { title, codeInTitle: true });
    sheet.values[rowWith(sheet, "1.2. Báo cáo CCHC định kỳ đầy đủ, đúng hạn")][0] =
      "Báo cáo cải cách hành chính định kỳ đầy đủ, đúng hạn";
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.v.submission.byCode.get("1.2")!.row).toBe(
      rowWith(sheet, "Báo cáo cải cách hành chính định kỳ đầy đủ, đúng hạn"),
    );
  });

  it("gives no title-mismatch for '…cải cách hành chính' against '…CCHC' in a layout with a code column", () => {
    const r = readLayout(layoutSheet(fw, { title, titles: spelledOut }), fw);
    expect(r.findings).toEqual([]);
  });
});

describe("foldTitle", () => {
  it.each([
    ["Công tác chỉ đạo, điều hành CCHC", "Công tác chỉ đạo, điều hành cải cách hành chính"],
    ["Giải quyết TTHC", "giải quyết thủ tục hành chính"],
    ["Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"],
    ["Đào tạo CBCCVC", "Đào tạo cán bộ, công chức, viên chức"],
    ["Đánh giá qua ĐTXHH", "đánh giá qua điều tra xã hội học"],
    ["Điều tra XHH", "điều tra xã hội học"],
    ["Tác động đến phát triển KT-XH", "tác động đến phát triển kinh tế - xã hội"],
    ["Ứng dụng CNTT", "ứng dụng công nghệ thông tin"],
    ["Cung cấp DVC trực tuyến", "cung cấp dịch vụ công trực tuyến"],
    ["Bộ phận TN&TKQ", "bộ phận tiếp nhận và trả kết quả"],
  ])("%j folds as %j", (short, long) => {
    expect(foldTitle(short)).toBe(foldTitle(long));
  });

  it("does not expand an abbreviation inside a word, and keeps other titles as foldLoose does", () => {
    expect(foldTitle("DVCTT")).toBe("dich vu cong truc tuyen");
    expect(foldTitle("Ban hành kế hoạch")).toBe("ban hanh ke hoach");
    expect(foldTitle("ADVC")).toBe("advc");
  });

  it("keeps every abbreviation in one list, each spelled out", () => {
    for (const [abbr, full] of Object.entries(ABBREVIATIONS)) expect(foldTitle(abbr)).toBe(foldTitle(full));
  });
});

describe("the Ministry's online export", () => {
  it("reads its header (Lĩnh vực/Tiêu chí/Tiêu chí thành phần · … · Ý kiến hội đồng thẩm định · Chỉ số (%)) on 'Sheet1'", () => {
    const sheet = layoutSheet(fw, { title, codeInTitle: true, titles: spelledOut });
    const header = rowWith(sheet, "Nội dung");
    sheet.values[header] = [
      "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
      "Điểm tối đa",
      "Tự đánh giá",
      "Tài liệu kiểm chứng/Giải trình",
      "Thẩm định",
      "Ý kiến hội đồng thẩm định",
      "Chỉ số (%)",
    ];
    const r = readLayout(sheet, fw);
    expect(r.v.submission.header!.columns).toEqual({ title: 0, max: 1, self: 2, evidence: 3, appraised: 4, note: 5 });
    expect([r.unit, r.points, r.blocked]).toEqual(["Bình Định", 16, false]);
    expect(r.findings).toEqual([]);
  });
});
