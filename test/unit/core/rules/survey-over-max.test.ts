import { surveyMax } from "../../../../src/core/framework/model";
import { readSurveyTable } from "../../../../src/core/inputs/readers";
import { checkSurveys } from "../../../../src/core/rules/survey/index";
import type { SheetSnapshot } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";

const fw = miniFramework();

/** A survey table as staff keep it: unit and survey points. */
function surveyTable(rows: [string, number | string][]): SheetSnapshot {
  return {
    name: "Điều tra XHH",
    originRow: 0,
    originCol: 0,
    file: "dieu-tra.xlsx",
    values: [["Đơn vị", "Điểm điều tra XHH"], ...rows],
  };
}

describe("survey-over-max", () => {
  it("reports survey points above the framework's survey part, at the table's cell", () => {
    expect(surveyMax(fw)).toBe(4);
    const surveys = readSurveyTable(
      surveyTable([
        ["Phường Hồng Hà", 3.5],
        ["Xã Dân Chủ", 85],
      ]),
    );
    expect(checkSurveys(surveys, fw)).toEqual([
      {
        rule: "survey-over-max",
        severity: "warning",
        sheet: "Điều tra XHH",
        file: "dieu-tra.xlsx",
        cell: "B3",
        message:
          "Điểm điều tra XHH của Xã Dân Chủ (85) vượt phần điều tra của bộ tiêu chí (4 điểm); chỉ tính 4. Kiểm tra lại (có thể đã nhập tỷ lệ %).",
        messageEn:
          "Survey points of Xã Dân Chủ (85) exceed the framework's survey part (4); 4 counted. Check the figure (a percentage?).",
        expected: 4,
        actual: 85,
      },
    ]);
  });

  it("writes Vietnamese decimals with a comma", () => {
    const [f] = checkSurveys(readSurveyTable(surveyTable([["Phường Hồng Hà", 4.25]])), fw);
    expect(f.message).toBe(
      "Điểm điều tra XHH của Phường Hồng Hà (4,25) vượt phần điều tra của bộ tiêu chí (4 điểm); chỉ tính 4. Kiểm tra lại (có thể đã nhập tỷ lệ %).",
    );
    expect(f.messageEn).toBe(
      "Survey points of Phường Hồng Hà (4.25) exceed the framework's survey part (4); 4 counted. Check the figure (a percentage?).",
    );
  });

  it("does not report points within the part, entries without a place, or a framework without a survey part", () => {
    expect(
      checkSurveys(
        readSurveyTable(
          surveyTable([
            ["Phường Hồng Hà", 4],
            ["Xã Dân Chủ", 0],
          ]),
        ),
        fw,
      ),
    ).toEqual([]);
    expect(checkSurveys([{ unit: "Xã Dân Chủ", points: 40 }], fw)).toEqual([]);
    const noSurvey = miniFramework();
    noSurvey.areas = noSurvey.areas.slice(0, 2);
    expect(checkSurveys(readSurveyTable(surveyTable([["Xã Dân Chủ", 85]])), noSurvey)).toEqual([]);
  });
});
