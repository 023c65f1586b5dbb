import { readSurveySheet } from "../../../../src/core/inputs/surveyTable";
import { checkSurveys } from "../../../../src/core/rules/survey/index";
import type { SheetSnapshot } from "../../../../src/core/types";
import { surveyFramework } from "../../../helpers/surveyFramework";

const fw = surveyFramework();
const table = (values: (string | number | null)[][]): SheetSnapshot => ({
  name: "Điều tra XHH",
  originRow: 0,
  originCol: 0,
  file: "dieu-tra.xlsx",
  values,
});
const run = (t: SheetSnapshot) => {
  const r = readSurveySheet(t, fw);
  return checkSurveys(r.entries, fw, { unknownColumns: r.unknownColumns });
};

describe("survey-column-unknown", () => {
  it("reports a header that names no survey component, at its cell", () => {
    expect(
      run(
        table([
          ["Đơn vị", "SIPAS", "Chỉ số PAPI"],
          ["Phường Hồng Hà", 3, 40],
        ]),
      ),
    ).toEqual([
      {
        rule: "survey-column-unknown",
        severity: "warning",
        sheet: "Điều tra XHH",
        file: "dieu-tra.xlsx",
        cell: "C1",
        message:
          "Cột “Chỉ số PAPI” của bảng điểm điều tra không trùng phần điều tra nào của bộ tiêu chí; cột không được đọc. Các phần: 3.1. Mức độ hài lòng của người dân (SIPAS); 3.2. Đánh giá của lãnh đạo, quản lý về kết quả CCHC.",
        messageEn:
          "Survey column “Chỉ số PAPI” names no survey component of the framework; it is not read. Components: 3.1. Mức độ hài lòng của người dân (SIPAS); 3.2. Đánh giá của lãnh đạo, quản lý về kết quả CCHC.",
        actual: "Chỉ số PAPI",
      },
    ]);
  });

  it("does not report headers matched by title, words or code, nor STT, notes or columns without numbers", () => {
    expect(
      run(
        table([
          ["STT", "Đơn vị", "3.1", "Khảo sát lãnh đạo", "Ghi chú", "Nhận xét"],
          [1, "Phường Hồng Hà", 3, 2, "đã rà soát", "tốt"],
        ]),
      ),
    ).toEqual([]);
  });
});
