import { groupUnknown } from "../../../../src/core/rules/submission/groupUnknown";
import { miniFramework, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

// groups Phường and Xã
const fw = miniFramework();

describe("group-unknown", () => {
  it("reports a unit whose name matches none of the framework's groups, at the unit's name, as an error", () => {
    const sheet = unitSheet(fw, { name: "TT. Cái Rồng", unit: "Thị trấn Cái Rồng" });
    const [f, ...more] = reports(groupUnknown, sheet, fw);
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      rule: "group-unknown",
      severity: "error",
      sheet: "TT. Cái Rồng",
      expected: "Phường; Xã",
      message:
        "Không xác định được nhóm xếp hạng của “Thị trấn Cái Rồng” (các nhóm của bộ tiêu chí: Phường; Xã). Hãy chọn nhóm trong ngăn tác vụ, thêm bảng “Đơn vị | Nhóm” hoặc dùng --groups; đơn vị chưa được xếp hạng.",
      messageEn:
        "The ranking group of “Thị trấn Cái Rồng” cannot be decided (the framework's groups: Phường; Xã). Choose it in the task pane, add a “Đơn vị | Nhóm” table or use --groups; the unit is not ranked.",
    });
    expect(f.cell).toMatch(/^A\d+$/);
  });

  it("does not report a unit whose name, a group table, --groups or staff's choice decides the group", () => {
    expect(reports(groupUnknown, unitSheet(fw), fw)).toEqual([]);
    const sheet = unitSheet(fw, { name: "TT. Cái Rồng", unit: "Thị trấn Cái Rồng" });
    expect(reports(groupUnknown, sheet, fw, { groupOverride: "xã" })).toEqual([]);
    expect(
      reports(groupUnknown, sheet, fw, { groupTables: { table: [{ unit: "thi tran cai rong", group: "Xã" }] } }),
    ).toEqual([]);
    expect(
      reports(groupUnknown, sheet, fw, { groupTables: { option: [{ unit: "TT. Cái Rồng", group: "Xã" }] } }),
    ).toEqual([]);
  });

  it("still reports when the only choice names a group the framework lacks", () => {
    const sheet = unitSheet(fw, { name: "TT. Cái Rồng", unit: "Thị trấn Cái Rồng" });
    expect(reports(groupUnknown, sheet, fw, { groupOverride: "Thị trấn" })).toHaveLength(1);
    expect(
      reports(groupUnknown, sheet, fw, {
        groupTables: { table: [{ unit: "Thị trấn Cái Rồng", group: "Sở, ban, ngành" }] },
      }),
    ).toHaveLength(1);
  });

  it("does not report a framework with one group or none, nor a sheet without a header", () => {
    const sheet = unitSheet(fw, { name: "TT. Cái Rồng", unit: "Thị trấn Cái Rồng" });
    expect(reports(groupUnknown, sheet, { ...fw, groups: ["Cấp xã"] }, {})).toEqual([]);
    expect(reports(groupUnknown, sheet, { ...fw, groups: [] }, {})).toEqual([]);
    expect(
      reports(groupUnknown, { name: "Ghi chú", originRow: 0, originCol: 0, values: [["Danh sách cán bộ"]] }, fw),
    ).toEqual([]);
  });
});
