import { declaredInvalid } from "../../../../src/core/rules/submission/declaredInvalid";
import type { Framework } from "../../../../src/core/types";
import { leaves } from "../../../../src/core/framework/model";
import { cellOf, fullMarks, miniFramework, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

// Declared figures a formula-scored criterion's rule cannot read: a finding at the cell, never a crash.
function ruled(): Framework {
  const fw = miniFramework();
  const byCode = new Map(leaves(fw).map((l) => [l.code, l]));
  byCode.get("1.1.2")!.ruleText = "Quy tắc 80%";
  byCode.get("1.3.1")!.ruleText = "Mỗi văn bản chậm trừ 0,25, tối đa 1";
  byCode.get("1.2")!.ruleText = "Hoàn thành xuất sắc: tối đa; tốt: 75%; hoàn thành: 50%";
  return fw;
}

function sheetWith(fw: Framework, declared: Record<string, unknown>) {
  const entries = fullMarks(fw);
  for (const [code, d] of Object.entries(declared)) entries.get(code)!.declared = d as never;
  return unitSheet(fw, { entries });
}

describe("declared-invalid", () => {
  const fw = ruled();

  it("reports a zero denominator at the declared cell, naming the rule", () => {
    const sheet = sheetWith(fw, { "1.1.2": "45/0" });
    expect(reports(declaredInvalid, sheet, fw)).toEqual([
      {
        rule: "declared-invalid",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "1.1.2", "declared"),
        code: "1.1.2",
        message:
          "Số liệu kê khai “45/0” của tiêu chí 1.1.2: mẫu số phải lớn hơn 0; không tính được điểm theo cách tính điểm “Quy tắc 80%”.",
        messageEn:
          "Declared figures “45/0” of criterion 1.1.2: the denominator must be above 0; no score can be computed by the rule “Quy tắc 80%”.",
        actual: "45/0",
      },
    ]);
  });

  it("reports a ratio above 100%, a text where a ratio is needed, a bad count and an unknown option", () => {
    const sheet = sheetWith(fw, { "1.1.2": "52/50", "1.3.1": "nhiều", "1.2": "Khá" });
    const found = reports(declaredInvalid, sheet, fw);
    expect(found.map((f) => f.cell)).toEqual([
      cellOf(sheet, "1.1.2", "declared"),
      cellOf(sheet, "1.2", "declared"),
      cellOf(sheet, "1.3.1", "declared"),
    ]);
    expect(found[0].message).toContain("tử số lớn hơn mẫu số");
    expect(found[1].message).toContain("không khớp mức nào của cách tính điểm (Hoàn thành xuất sắc; tốt; hoàn thành)");
    expect(found[2].message).toContain("số lượng phải là số nguyên không âm");
    const pct = sheetWith(fw, { "1.1.2": "120%" });
    expect(reports(declaredInvalid, pct, fw)[0].message).toContain("tỷ lệ phải từ 0% đến 100%");
    const word = sheetWith(fw, { "1.1.2": "Có" });
    expect(reports(declaredInvalid, word, fw)[0].message).toContain("không đọc được tỷ lệ");
  });

  it("does not report readable figures, empty cells, KAD, or figures on leaves without a rule", () => {
    const sheet = sheetWith(fw, { "1.1.2": "49.533/62.027", "1.3.1": "Không", "1.2": "Tốt", "2.1": "abc" });
    expect(reports(declaredInvalid, sheet, fw)).toEqual([]);
    expect(reports(declaredInvalid, sheetWith(fw, { "1.1.2": "KAD" }), fw)).toEqual([]);
  });
});
