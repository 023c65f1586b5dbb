import { frameworkOrphan } from "../../../../src/core/rules/framework/orphan";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onFramework, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-orphan", () => {
  it("reports a sheet row whose parent code is missing, at its code cell", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.3.1", "code"), "1.4.1");
    expect(onSheet(frameworkOrphan, sheet)).toEqual([
      {
        rule: "framework-orphan",
        severity: "error",
        sheet: "Bộ tiêu chí",
        cell: "A22",
        code: "1.4.1",
        message: "Mã 1.4.1 không có mục cha 1.4: mục này và các mục con của nó không được tính.",
        messageEn: "Code 1.4.1 has no parent 1.4: it and its children are not counted.",
        expected: "1.4",
        actual: "1.4.1",
      },
    ]);
  });

  it("reports nodes of a framework made in code that sit under the wrong parent or at the wrong level", () => {
    const bad = miniFramework();
    bad.areas[0].children[1].code = "2.5";
    bad.areas[2].code = "3.1.1";
    expect(
      onFramework(frameworkOrphan, bad).map((f) => [f.code, f.message, f.messageEn, f.expected, f.actual]),
    ).toEqual([
      [
        "2.5",
        "Mã 2.5 nằm dưới mục 1 nhưng không phải mã con của mục đó.",
        "Code 2.5 sits under 1 but is not one of its codes.",
        "1",
        "2",
      ],
      [
        "3.1.1",
        "Mã 3.1.1 không có mục cha 3.1 trong bộ tiêu chí.",
        "Code 3.1.1 has no parent 3.1 in the framework.",
        null,
        "3.1",
      ],
      [
        "3.1",
        "Mã 3.1 nằm dưới mục 3.1.1 nhưng không phải mã con của mục đó.",
        "Code 3.1 sits under 3.1.1 but is not one of its codes.",
        "3.1.1",
        "3",
      ],
    ]);
  });

  it("does not report codes under their parents, wherever the rows are", () => {
    expect(onSheet(frameworkOrphan, frameworkSheet(fw))).toEqual([]);
    const sheet = frameworkSheet(fw);
    const child = sheet.values.splice(21, 1)[0]; // 1.3.1, moved below area 3
    sheet.values.splice(sheet.values.length - 1, 0, child);
    expect(onSheet(frameworkOrphan, sheet)).toEqual([]);
  });
});
