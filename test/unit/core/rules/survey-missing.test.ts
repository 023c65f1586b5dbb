import { analyseWorkbook } from "../../../../src/core/pipeline";
import { cellOf, miniFramework, setCell, unitSheet } from "../../../helpers/fixtures";
import { surveyFramework } from "../../../helpers/surveyFramework";

const missing = (a: ReturnType<typeof analyseWorkbook>) =>
  a.validation.findings.filter((f) => f.rule === "survey-missing");

describe("survey-missing", () => {
  it("reports a unit with no survey points from anywhere, at its survey row, with the points at stake", () => {
    const fw = surveyFramework();
    const sheet = unitSheet(fw);
    expect(missing(analyseWorkbook({ sheets: [sheet] }, { framework: fw }))).toEqual([
      {
        rule: "survey-missing",
        severity: "warning",
        sheet: "P. Hồng Hà",
        cell: cellOf(sheet, "3.1", "appraised"),
        message:
          "Phường Hồng Hà chưa có điểm điều tra XHH: 7 điểm đang tính 0. Nhập điểm điều tra (bảng điểm điều tra, trang Tổng hợp hoặc ngăn tác vụ).",
        messageEn:
          "Phường Hồng Hà has no survey points: 7 points count as 0. Enter them (a survey table, the summary sheet or the task pane).",
        expected: 7,
        actual: null,
      },
    ]);
  });

  it("reports the components still missing when only some have points", () => {
    const fw = surveyFramework();
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 3.5);
    expect(missing(analyseWorkbook({ sheets: [sheet] }, { framework: fw }))).toMatchObject([
      {
        code: "3.2",
        expected: 3,
        message: "Phường Hồng Hà chưa có điểm điều tra XHH cho 3.2: 3 điểm đang tính 0.",
        messageEn: "Phường Hồng Hà has no survey points for 3.2: 3 points count as 0.",
      },
    ]);
  });

  it("says the appraised part is rescaled when the framework rescales", () => {
    const fw = surveyFramework({ rescale: true });
    expect(missing(analyseWorkbook({ sheets: [unitSheet(fw)] }, { framework: fw }))[0].message).toBe(
      "Phường Hồng Hà chưa có điểm điều tra XHH (7 điểm); theo bộ tiêu chí, điểm thẩm định được quy đổi về thang 100. Nhập điểm điều tra nếu đã có.",
    );
  });

  it("does not report a unit with a survey total, with every component, or a framework without a survey part", () => {
    const fw = surveyFramework();
    const total = analyseWorkbook(
      { sheets: [unitSheet(fw)] },
      { framework: fw, inputs: { "P. Hồng Hà": { survey: 6 } } },
    );
    expect(missing(total)).toEqual([]);
    const sheet = unitSheet(fw);
    setCell(sheet, cellOf(sheet, "3.1", "appraised"), 0);
    setCell(sheet, cellOf(sheet, "3.2", "appraised"), 0);
    expect(missing(analyseWorkbook({ sheets: [sheet] }, { framework: fw }))).toEqual([]);
    const none = miniFramework();
    none.areas = none.areas.slice(0, 2);
    expect(missing(analyseWorkbook({ sheets: [unitSheet(none)] }, { framework: none }))).toEqual([]);
  });
});
