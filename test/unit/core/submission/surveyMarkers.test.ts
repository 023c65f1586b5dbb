// Survey criteria marked "ĐTXHH", "Điều tra XHH" or "SIPAS" in the self column (issue 14): the unit
// says the criterion is scored by the survey, which is not an error.
import { miniFramework } from "../../../helpers/fixtures";
import { layoutSheet, readLayout, rowWith } from "./layouts";

const fw = miniFramework();
const title = ["ỦY BAN NHÂN DÂN XÃ AN SINH"];

describe("survey markers in the self column", () => {
  it.each(["ĐTXHH", "Điều tra XHH", "SIPAS", "Theo kết quả ĐTXHH", "đtxhh".normalize("NFD")])(
    "%j on the survey criterion: no finding, the unit scored without it",
    (marker) => {
      const r = readLayout(layoutSheet(fw, { title, self: { "3.1": marker, "3": marker } }), fw);
      expect([r.unit, r.points, r.blocked]).toEqual(["Xã An Sinh", 16, false]);
      expect(r.findings).toEqual([]);
    },
  );

  it("is not score-not-number on a criterion the framework has the unit score, when the sheet marks it a survey", () => {
    const sheet = layoutSheet(fw, { title, self: { "1.3.2": "SIPAS" }, totalSelf: 15 });
    sheet.values[rowWith(sheet, "1.3")][3] = 1;
    sheet.values[rowWith(sheet, "I")][3] = 5;
    const r = readLayout(sheet, fw);
    expect(r.findings).toEqual([]);
    expect(r.points).toBe(15);
  });

  it("still reports other text as score-not-number, at its cell", () => {
    const sheet = layoutSheet(fw, { title, self: { "1.2": "đạt" } });
    const r = readLayout(sheet, fw);
    expect(r.findings).toContainEqual(["score-not-number", `D${rowWith(sheet, "1.2") + 1}`, "1.2"]);
  });
});
