import { readGroupTable } from "../../../../src/core/inputs/groupTable";
import { checkGroupTables } from "../../../../src/core/rules/groups/index";
import type { SheetSnapshot } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";

// groups Phường and Xã
const fw = miniFramework();

function groupTable(rows: [string, string][]): SheetSnapshot {
  return { name: "Nhóm", originRow: 0, originCol: 0, file: "nhom.xlsx", values: [["Đơn vị", "Nhóm"], ...rows] };
}

describe("group-not-in-framework", () => {
  it("reports a group table's group the framework lacks, at its cell, with the framework's groups", () => {
    const entries = readGroupTable(
      groupTable([
        ["Phường Hồng Hà", "phường"],
        ["Phòng Nội vụ", "Sở, ban, ngành"],
      ]),
    );
    expect(checkGroupTables(entries, fw)).toEqual([
      {
        rule: "group-not-in-framework",
        severity: "error",
        file: "nhom.xlsx",
        sheet: "Nhóm",
        cell: "B3",
        message:
          "Nhóm “Sở, ban, ngành” của Phòng Nội vụ không có trong bộ tiêu chí (các nhóm: Phường; Xã); dòng này không được dùng.",
        messageEn:
          "Group “Sở, ban, ngành” of Phòng Nội vụ is not one of the framework's groups (Phường; Xã); this row is not used.",
        expected: "Phường; Xã",
        actual: "Sở, ban, ngành",
      },
    ]);
  });

  it("does not report groups the framework has (case and diacritics aside), nor any under a framework without groups", () => {
    const entries = readGroupTable(groupTable([["Xã Dân Chủ", "XÃ"]]));
    expect(checkGroupTables(entries, fw)).toEqual([]);
    expect(checkGroupTables(readGroupTable(groupTable([["Phòng Nội vụ", "Phòng"]])), { ...fw, groups: [] })).toEqual(
      [],
    );
  });
});
