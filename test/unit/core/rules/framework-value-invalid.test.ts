import { frameworkValueInvalid } from "../../../../src/core/rules/framework/valueInvalid";
import { miniFramework, setCell } from "../../../helpers/fixtures";
import { frameworkSheet, nodeCellOf, onSheet } from "./frameworkRule";

const fw = miniFramework();

describe("framework-value-invalid", () => {
  it("reports an unknown source and an unknown evidence word, at their cells", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "source"), "Hỏi dân");
    setCell(sheet, nodeCellOf(sheet, "1.2", "evidence"), "Có lẽ");
    expect(onSheet(frameworkValueInvalid, sheet)).toEqual([
      {
        rule: "framework-value-invalid",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "E20",
        code: "1.2",
        message: "Mã 1.2: nguồn điểm “Hỏi dân” không rõ (cần “Tự chấm” hoặc “Điều tra XHH”).",
        messageEn: "Code 1.2: unknown score source “Hỏi dân” (expected “Tự chấm” or “Điều tra XHH”).",
        actual: "Hỏi dân",
      },
      {
        rule: "framework-value-invalid",
        severity: "warning",
        sheet: "Bộ tiêu chí",
        cell: "F20",
        code: "1.2",
        message: "Mã 1.2: ô tài liệu kiểm chứng cần ghi “Có” hoặc “Không”.",
        messageEn: "Code 1.2: the evidence cell must say “Có” (yes) or “Không” (no).",
        actual: "Có lẽ",
      },
    ]);
  });

  it("does not report the usual words and their variants, nor empty cells", () => {
    const sheet = frameworkSheet(fw);
    setCell(sheet, nodeCellOf(sheet, "1.2", "source"), "SIPAS");
    setCell(sheet, nodeCellOf(sheet, "1.2", "evidence"), "x");
    setCell(sheet, nodeCellOf(sheet, "1.3.1", "source"), null);
    expect(onSheet(frameworkValueInvalid, sheet)).toEqual([]);
  });
});
