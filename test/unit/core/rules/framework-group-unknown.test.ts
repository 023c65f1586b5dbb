import { frameworkGroupUnknown } from "../../../../src/core/rules/framework/groupUnknown";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework(); // groups: Phường; Xã

describe("framework-group-unknown", () => {
  it("reports groups in “applies to” that the framework does not declare, at the cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "appliesTo"), "phuong; Thị trấn");
    expect(onSheet(frameworkGroupUnknown, sheet)).toEqual([
      {
        rule: "framework-group-unknown",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "G20",
        code: "1.2",
        message: "Mã 1.2: nhóm “Thị trấn” không có trong danh sách nhóm đơn vị (Phường; Xã).",
        messageEn: "Code 1.2: group “Thị trấn” is not among the framework's groups (Phường; Xã).",
        expected: "Phường; Xã",
        actual: "Thị trấn",
      },
    ]);
  });

  it("does not report declared groups written loosely, nor any group when the framework declares none", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "appliesTo"), "PHUONG; xa");
    expect(onSheet(frameworkGroupUnknown, sheet)).toEqual([]);
    const none = miniFramework();
    none.groups = [];
    none.areas[0].children[1].appliesTo = ["Thị trấn"];
    expect(onFramework(frameworkGroupUnknown, none)).toEqual([]);
  });
});
