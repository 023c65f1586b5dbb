import { criterionMissing } from "../../../../src/core/rules/submission/criterionMissing";
import { miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("criterion-missing", () => {
  it("reports a missing criterion once (not once per sub-criterion), where its row belongs", () => {
    const sheet = unitSheet(fw, { quirks: { omitCodes: ["1.3"] } });
    expect(reports(criterionMissing, sheet, fw)).toEqual([
      {
        rule: "criterion-missing",
        severity: "error",
        sheet: "P. Hồng Hà",
        cell: `A${rowOf(sheet, "1.2") + 2}`,
        code: "1.3",
        message: 'Thiếu tiêu chí 1.3 "Kiểm tra công tác CCHC" (2 điểm).',
        messageEn: 'Criterion 1.3 "Kiểm tra công tác CCHC" (2 points) is missing.',
        expected: "1.3",
        actual: null,
      },
    ]);
  });

  it("reports missing leaves in framework order, and a missing area by its Roman numeral", () => {
    const sheet = unitSheet(fw, { quirks: { omitCodes: ["2.5", "1.1.2", "3"] } });
    const found = reports(criterionMissing, sheet, fw);
    expect(found.map((f) => [f.code, f.cell])).toEqual([
      ["1.1.2", `A${rowOf(sheet, "1.1.1") + 2}`],
      ["2.5", `A${rowOf(sheet, "2.4") + 2}`],
      ["3", `A${rowOf(sheet, "2.10") + 2}`],
    ]);
    expect(found[2].message).toBe('Thiếu tiêu chí III "Tác động của CCHC" (4 điểm).');
    expect(found[2].messageEn).toBe('Criterion 3 "Tác động của CCHC" (4 points) is missing.');
  });

  it("does not report a complete sheet, nor a criterion that does not apply to the unit's group", () => {
    expect(reports(criterionMissing, unitSheet(fw), fw)).toEqual([]);
    const forXa = miniFramework();
    forXa.areas[0].children[1].appliesTo = ["Xã"]; // 1.2, for communes only
    expect(reports(criterionMissing, unitSheet(forXa, { quirks: { omitCodes: ["1.2"] } }), forXa)).toEqual([]);
    expect(
      reports(
        criterionMissing,
        unitSheet(forXa, { name: "X. Dân Chủ", unit: "Xã Dân Chủ", quirks: { omitCodes: ["1.2"] } }),
        forXa,
      ).map((f) => f.code),
    ).toEqual(["1.2"]);
  });
});
