// The unit's name from every title form real sheets use (issue 14); a generic sheet name never wins
// over a title that names the unit, and unit-unknown stays when nothing names it.
import { withoutYear } from "../../../../src/core/submission/unit";
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout } from "./layouts";

// Units of every level here (provinces, departments, communes): a framework without groups, so no
// unit's ranking group is in question (groups: test/unit/core/submission/groups.test.ts).
const fw = { ...miniFramework(), groups: [] };

describe("the unit's name", () => {
  it.each([
    // The Ministry's online system: the unit only in the title, the export keeps "Sheet1".
    [["Kết quả đánh giá Chỉ số CCHC năm 2023 cho đơn vị Bình Định"], "Sheet1", "Bình Định", "A1"],
    [["KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2023 CHO ĐƠN VỊ BÌNH ĐỊNH"], "Sheet1", "Bình Định", "A1"],
    [["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024 CỦA UBND XÃ AN SINH"], "Trang tính1", "Xã An Sinh", "A1"],
    // Headings of People's Committees at every level, in any case.
    [["ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "BẢNG TỰ ĐÁNH GIÁ"], "Bảng điểm", "Tỉnh Ninh Thuận", "A1"],
    [["Ủy ban nhân dân thành phố Hạ Long"], "Bang diem", "Thành phố Hạ Long", "A1"],
    [["UBND HUYỆN ĐÔNG TRIỀU"], "Sheet1", "Huyện Đông Triều", "A1"],
    [["ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH"], "Sheet1", "Quận Ba Đình", "A1"],
    [["ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG YÊN"], "Sheet1", "Thị xã Quảng Yên", "A1"],
    [["ỦY BAN NHÂN DÂN ĐẶC KHU VÂN ĐỒN"], "Sheet1", "Đặc khu Vân Đồn", "A1"],
    [["uỷ ban nhân dân phường hồng hà"], "Sheet1", "Phường hồng hà", "A1"],
    // The unit's own line, not its superior's above it.
    [["UBND HUYỆN ĐÔNG TRIỀU", "UBND XÃ AN SINH"], "Sheet1", "Xã An Sinh", "A2"],
    [["ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "SỞ TƯ PHÁP", "BẢNG TỰ ĐÁNH GIÁ"], "Sheet1", "Sở Tư Pháp", "A2"],
    // Labels, the year not part of the name.
    [["Đơn vị: Phòng Nội vụ - Năm 2019"], "Sheet1", "Phòng Nội vụ", "A1"],
    [["Đơn vị: Phòng Tài chính - Kế hoạch, năm 2024"], "Sheet1", "Phòng Tài chính - Kế hoạch", "A1"],
    [["Tên đơn vị: Văn phòng HĐND và UBND"], "Sheet1", "Văn phòng HĐND và UBND", "A1"],
    [["Cơ quan: Sở Nội vụ"], "Sheet1", "Sở Nội vụ", "A1"],
    [["Đơn vị báo cáo: UBND phường Hồng Hà"], "Sheet1", "Phường Hồng Hà", "A1"],
  ])("reads %j (sheet %j) as %j from %s", (title, sheetName, unit, cell) => {
    const r = readLayout(layoutSheet(fw, { name: sheetName, title }), fw);
    expect([r.unit, r.v.submission.unitCell]).toEqual([unit, cell]);
    expect(r.unitSource).not.toBe("sheet");
    expect(r.findings).toEqual([]);
    expect(r.points).toBe(16);
  });

  it("keeps unit-unknown, at A1, when nothing names the unit on a generic sheet", () => {
    const r = readLayout(layoutSheet(fw, { name: "Sheet1", title: ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024"] }), fw);
    expect([r.unit, r.unitSource]).toEqual(["Sheet1", "sheet"]);
    expect(r.findings).toEqual([["unit-unknown", "A1", null]]);
  });

  it("does not read an instruction line ('… của đơn vị phải kèm …') as the unit's name", () => {
    const r = readLayout(
      layoutSheet(fw, {
        name: "P. Hồng Hà",
        title: ["Ghi chú: điểm tự chấm của đơn vị phải kèm tài liệu kiểm chứng", "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ"],
      }),
      fw,
    );
    expect([r.unit, r.v.submission.unitCell]).toEqual(["Phường Hồng Hà", "A2"]);
  });

  it.each([
    ["Phòng Nội vụ - Năm 2019", "Phòng Nội vụ"],
    ["Phòng Nội vụ, năm 2024", "Phòng Nội vụ"],
    ["Xã An Sinh (năm 2024)", "Xã An Sinh"],
    ["Xã An Sinh năm 2024.", "Xã An Sinh"],
    ["Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch"],
    ["Phường 12", "Phường 12"],
  ])("withoutYear(%j) is %j", (text, name) => {
    expect(withoutYear(text)).toBe(name);
  });
});
