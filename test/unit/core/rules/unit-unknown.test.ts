import { unitUnknown } from "../../../../src/core/rules/submission/unitUnknown";
import { miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("unit-unknown", () => {
  it("reports a sheet without a unit name above the table, at A1, naming the sheet used instead", () => {
    const sheet = unitSheet(fw, { name: "Xã Quảng La", quirks: { noUnitLine: true } });
    expect(reports(unitUnknown, sheet, fw)).toEqual([
      {
        rule: "unit-unknown",
        severity: "warning",
        sheet: "Xã Quảng La",
        cell: "A1",
        message:
          'Không thấy tên đơn vị (dòng "ỦY BAN NHÂN DÂN …" hoặc "Đơn vị: …") phía trên bảng; dùng tên trang tính "Xã Quảng La".',
        messageEn:
          'No unit name ("ỦY BAN NHÂN DÂN …" or "Đơn vị: …") above the table; using the sheet name "Xã Quảng La".',
      },
    ]);
  });

  it("does not report a unit named on its letterhead or by an 'Đơn vị:' label", () => {
    expect(reports(unitUnknown, unitSheet(fw), fw)).toEqual([]);
    const labelled = unitSheet(fw, { quirks: { noUnitLine: true } });
    setCell(labelled, "A2", "Đơn vị: Xã Dân Chủ");
    expect(reports(unitUnknown, labelled, fw)).toEqual([]);
  });

  it("does not report a unit named by the user, nor a sheet without a header (header-missing's)", () => {
    expect(
      reports(unitUnknown, unitSheet(fw, { quirks: { noUnitLine: true } }), fw, { unitOverride: "Xã Dân Chủ" }),
    ).toEqual([]);
    expect(
      reports(unitUnknown, { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] }, fw),
    ).toEqual([]);
  });
});
