import { codeAmbiguous } from "../../../../src/core/rules/submission/codeAmbiguous";
import { miniFramework, rowOf, unitSheet } from "../../../helpers/fixtures";
import { reports } from "./submissionRule";

const fw = miniFramework();

describe("code-ambiguous", () => {
  it("reports a numeric code that may be 2.1 or 2.10 at its code cell, and how it was read", () => {
    const sheet = unitSheet(fw, { quirks: { numericCodes: true } });
    const r10 = sheet.values.findIndex((r) => r && r[1] === "Nhiệm vụ cải cách thể chế số 10") + sheet.originRow;
    const found = reports(codeAmbiguous, sheet, fw);
    expect(found.map((f) => f.cell)).toEqual([`A${rowOf(sheet, "2.1") + 1}`, `A${r10 + 1}`]);
    expect(found[1]).toEqual({
      rule: "code-ambiguous",
      severity: "warning",
      sheet: "P. Hồng Hà",
      cell: `A${r10 + 1}`,
      code: "2.10",
      message:
        "Mã 2.1 được lưu dạng số nên có thể là 2.1 hoặc 2.10; đã hiểu là 2.10 theo nội dung của dòng. Nên nhập mã dạng văn bản.",
      messageEn:
        "Code 2.1 is stored as a number and may be 2.1 or 2.10; read as 2.10 from the row's title. Type codes as text.",
      expected: "2.1 | 2.10",
      actual: "2.1",
    });
  });

  it("says the row's position decided when the title was reworded", () => {
    const sheet = unitSheet(fw, { quirks: { numericCodes: true } });
    const r10 = sheet.values.findIndex((r) => r && r[1] === "Nhiệm vụ cải cách thể chế số 10");
    sheet.values[r10][1] = "Nhiệm vụ khác";
    const f = reports(codeAmbiguous, sheet, fw).find((x) => x.cell === `A${r10 + sheet.originRow + 1}`)!;
    expect(f.code).toBe("2.10");
    expect(f.message).toBe(
      "Mã 2.1 được lưu dạng số nên có thể là 2.1 hoặc 2.10; đã hiểu là 2.10 theo vị trí của dòng. Nên nhập mã dạng văn bản.",
    );
    expect(f.messageEn).toBe(
      "Code 2.1 is stored as a number and may be 2.1 or 2.10; read as 2.10 from the row's position. Type codes as text.",
    );
  });

  it("does not report codes typed as text, nor numeric codes that can be only one criterion", () => {
    expect(reports(codeAmbiguous, unitSheet(fw), fw)).toEqual([]);
    const sheet = unitSheet(fw, { quirks: { numericCodes: true } });
    // 1.1 could be 1.10, but area 1 has no 1.10; 2.2 … 2.9 have no two-digit twin.
    expect(reports(codeAmbiguous, sheet, fw).map((f) => f.code)).toEqual(["2.1", "2.10"]);
  });
});
