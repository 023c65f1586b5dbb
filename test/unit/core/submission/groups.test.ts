// A unit's ranking group (issue 15, item 4): the framework's groups are the only groups; a group
// table, the CLI's --groups, staff's choice, then the name decide it, in that order.
import { parseFrameworkJson, frameworkToJson } from "../../../../src/core/framework/frameworkJson";
import { frameworkToGrid, readFrameworkSheet } from "../../../../src/core/framework/frameworkSheet";
import { parseGroupsText } from "../../../../src/core/framework/groupsText";
import { csvSheet, readGroupTable } from "../../../../src/core/inputs/groupTable";
import { analyseWorkbook } from "../../../../src/core/pipeline";
import { resolveGroup } from "../../../../src/core/submission/groups";
import type { Framework, SheetSnapshot } from "../../../../src/core/types";
import { miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { communeFramework } from "../../../helpers/samples";

const WITH = "Phòng có chức năng giải quyết TTHC";
const WITHOUT = "Phòng không có chức năng giải quyết TTHC";

/** A district framework whose departments are ranked by function, with the keywords that say which. */
function districtFramework(): Framework {
  return {
    ...miniFramework(),
    level: "Phòng chuyên môn cấp huyện",
    groups: [WITH, WITHOUT],
    groupKeywords: {
      [WITH]: ["Tư pháp", "Tài nguyên và Môi trường", "Văn hóa và Thông tin", "Kinh tế và Hạ tầng"],
      [WITHOUT]: ["Nội vụ", "Thanh tra", "Văn phòng HĐND và UBND"],
    },
  };
}

/** A department's sheet as departments send it: "Đơn vị: Phòng …" above the table. */
function departmentSheet(fw: Framework, sheet: string, unit: string): SheetSnapshot {
  const s = unitSheet(fw, { name: sheet, unit, quirks: { noUnitLine: true } });
  setCell(s, "A2", `Đơn vị: ${unit}`);
  return s;
}

describe("resolveGroup", () => {
  const fw = districtFramework();
  it("puts departments in groups by function from the framework's keywords", () => {
    expect(resolveGroup("Phòng Tư pháp", "PTP", fw)).toEqual({ group: WITH, source: "keyword" });
    expect(resolveGroup("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "x", fw)).toEqual({ group: WITH, source: "keyword" });
    expect(resolveGroup("Phòng Nội vụ", "x", fw)).toEqual({ group: WITHOUT, source: "keyword" });
    expect(resolveGroup("Văn phòng HĐND và UBND", "x", fw)).toEqual({ group: WITHOUT, source: "keyword" });
  });

  it("never puts a unit in a group the framework lacks: undecided is unknown", () => {
    // A "Phòng" alone matches both groups' names; "Sở, ban, ngành" is not a group of this framework.
    expect(resolveGroup("Phòng Y tế", "x", fw)).toEqual({ group: "", source: "unknown" });
    expect(resolveGroup("Sở Tư pháp 2", "x", { ...fw, groupKeywords: {} })).toEqual({ group: "", source: "unknown" });
    expect(resolveGroup("Phòng Y tế", "x", fw, { override: "Sở, ban, ngành" }).source).toBe("unknown");
    // The commune sample: a "Thị trấn" is in none of Phường, Xã, Đặc khu (it was its own group before).
    expect(resolveGroup("Thị trấn Cái Rồng", "x", communeFramework())).toEqual({ group: "", source: "unknown" });
  });

  it("takes, in order: the group table, --groups, staff's choice, the name", () => {
    const table = [{ unit: "Phòng Tư pháp", group: WITHOUT.toUpperCase() }];
    const option = [{ unit: "PTP", group: WITH }];
    expect(resolveGroup("Phòng Tư pháp", "PTP", fw, { tables: { table, option }, override: WITH })).toEqual({
      group: WITHOUT,
      source: "table",
    });
    expect(resolveGroup("Phòng Tư pháp", "PTP", fw, { tables: { option }, override: WITHOUT })).toEqual({
      group: WITH,
      source: "option",
    });
    expect(resolveGroup("Phòng Tư pháp", "PTP", fw, { override: "phong khong co chuc nang giai quyet tthc" })).toEqual({
      group: WITHOUT,
      source: "override",
    });
    // A table row naming a group the framework lacks is passed over, not used.
    expect(
      resolveGroup("Phòng Tư pháp", "PTP", fw, { tables: { table: [{ unit: "Phòng Tư pháp", group: "Khác" }] } }),
    ).toEqual({ group: WITH, source: "keyword" });
  });

  it("a framework with one group holds every unit; by kind as before for names like the groups", () => {
    expect(resolveGroup("Ban Quản lý dự án", "x", { groups: ["Sở, ban, ngành"] })).toEqual({
      group: "Sở, ban, ngành",
      source: "name",
    });
    expect(resolveGroup("Trung tâm Y tế", "x", { groups: ["Sở, ban, ngành"] }).group).toBe("Sở, ban, ngành");
    expect(resolveGroup("Phường Hồng Hà", "x", communeFramework())).toEqual({ group: "Phường", source: "name" });
    expect(resolveGroup("UBND xã Dân Chủ", "x", communeFramework()).group).toBe("Xã");
  });
});

describe("the framework's groups and keywords", () => {
  it("read from the sheet's “Nhóm đơn vị:” cell, and written back the same", () => {
    expect(parseGroupsText(`${WITH} (từ khóa: Tư pháp, Kinh tế và Hạ tầng); ${WITHOUT} (Nội vụ)`)).toEqual({
      groups: [WITH, WITHOUT],
      keywords: { [WITH]: ["Tư pháp", "Kinh tế và Hạ tầng"], [WITHOUT]: ["Nội vụ"] },
    });
    expect(parseGroupsText("Sở, ban, ngành; Phường")).toEqual({ groups: ["Sở, ban, ngành", "Phường"], keywords: {} });
    const fw = districtFramework();
    const sheet: SheetSnapshot = { name: "Bộ tiêu chí", originRow: 0, originCol: 0, values: frameworkToGrid(fw) };
    const read = readFrameworkSheet(sheet);
    expect(read.framework?.groups).toEqual(fw.groups);
    expect(read.framework?.groupKeywords).toEqual(fw.groupKeywords);
  });

  it("read from JSON (groupKeywords), and a wrong shape reported", () => {
    const fw = districtFramework();
    const r = parseFrameworkJson(frameworkToJson(fw), "huyen.json");
    expect(r.framework?.groupKeywords).toEqual(fw.groupKeywords);
    const bad = parseFrameworkJson(JSON.stringify({ ...JSON.parse(frameworkToJson(fw)), groupKeywords: "Tư pháp" }));
    expect(bad.findings.map((f) => f.rule)).toContain("framework-json-invalid");
  });
});

describe("group tables", () => {
  it("reads “Đơn vị | Nhóm” in a sheet or a CSV (comma or semicolon, quotes), cells named", () => {
    const sheet: SheetSnapshot = {
      name: "Nhóm",
      originRow: 2,
      originCol: 1,
      values: [["Danh sách nhóm"], ["STT", "Tên đơn vị", "Nhóm xếp hạng"], [1, "Phòng Y tế", WITH], [2, "", WITH]],
    };
    expect(readGroupTable(sheet)).toEqual([{ unit: "Phòng Y tế", group: WITH, sheet: "Nhóm", cell: "D5" }]);
    const csv = csvSheet(`Đơn vị;Nhóm\r\n"Phòng Y tế; Dân số";"${WITH}"\r\nPhòng Nội vụ;${WITHOUT}\r\n`, "nhom.csv");
    expect(readGroupTable(csv).map((e) => [e.unit, e.group, e.cell])).toEqual([
      ["Phòng Y tế; Dân số", WITH, "B2"],
      ["Phòng Nội vụ", WITHOUT, "B3"],
    ]);
    expect(readGroupTable(csvSheet(`Đơn vị,Nhóm\nPhòng Y tế,"${WITH}"`, "x")).map((e) => e.group)).toEqual([WITH]);
  });

  it("a table in the workbook decides the group end to end; one naming a group the framework lacks is a finding at its cell", () => {
    const fw = districtFramework();
    const units = [
      departmentSheet(fw, "Y tế", "Phòng Y tế"),
      departmentSheet(fw, "Tư pháp", "Phòng Tư pháp"),
      departmentSheet(fw, "Dân tộc", "Phòng Dân tộc"),
    ];
    const table: SheetSnapshot = {
      name: "Nhóm đơn vị",
      originRow: 0,
      originCol: 0,
      values: [
        ["Đơn vị", "Nhóm"],
        ["Phòng Y tế", WITH],
        ["Phòng Dân tộc", "Sở, ban, ngành"],
      ],
    };
    const a = analyseWorkbook({ sheets: [...units, table] }, { framework: fw });
    expect(a.scores.map((s) => [s.unit, s.group, s.blocked])).toEqual([
      ["Phòng Y tế", WITH, false],
      ["Phòng Tư pháp", WITH, false],
      ["Phòng Dân tộc", "", true],
    ]);
    expect(a.scores.map((s) => s.rank)).toEqual([1, 1, null]);
    const rules = a.validation.findings.map((f) => [f.rule, f.sheet, f.cell]);
    expect(rules).toContainEqual(["group-not-in-framework", "Nhóm đơn vị", "B3"]);
    expect(rules).toContainEqual(["group-unknown", "Dân tộc", expect.stringMatching(/^A\d+$/)]);
    // Staff's choice decides once no table does.
    const chosen = analyseWorkbook(
      { sheets: [...units, table] },
      { framework: fw, overrides: { "Dân tộc": { group: WITHOUT } } },
    );
    expect(chosen.scores[2]).toMatchObject({ group: WITHOUT, blocked: false, rank: 1 });
    // --groups (the shell's table) comes after the workbook's, before staff's choice.
    const option = analyseWorkbook(
      { sheets: units },
      {
        framework: fw,
        groups: [{ unit: "Phòng Y tế", group: WITHOUT }],
        overrides: { "Y tế": { group: WITH } },
      },
    );
    expect(option.scores[0].group).toBe(WITHOUT);
  });
});
