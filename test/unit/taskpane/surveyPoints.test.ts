// Survey points in the pane (issue 15): units without survey points are named before scoring, and
// staff type the points component by component, each field checked before anything is written.
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import { render } from "../../../src/taskpane/i18n.js";
import { surveyPartProblem } from "../../../src/taskpane/surveyInputs.js";
import { unitSheet } from "../../helpers/fixtures";
import { surveyFramework } from "../../helpers/surveyFramework";
import { frameworkSheet } from "./fixtures.js";
import { GatewayDouble } from "./gatewayDouble.js";

async function started(g: GatewayDouble): Promise<TaskPaneController> {
  const c = new TaskPaneController(g, { yieldToUi: async () => {} });
  await c.init();
  // The small test framework totals 23, not 100 (framework-total): staff accept it knowingly.
  expect(
    c
      .getState()
      .frameworkFindings.filter((f) => f.severity === "error")
      .map((f) => f.rule),
  ).toEqual(["framework-total"]);
  c.acceptFrameworkErrors(true);
  return c;
}

const fw = surveyFramework({ groupMaxima: true });
const workbook = () =>
  new GatewayDouble([
    frameworkSheet(fw, "Bộ tiêu chí", false),
    unitSheet(fw),
    unitSheet(fw, { name: "X. Dân Chủ", unit: "Xã Dân Chủ" }),
  ]);

test("units without survey points are named before scoring, with the points at stake", async () => {
  const c = await started(workbook());
  const missing = c.getState().surveyMissing;
  expect(missing.map((f) => [f.rule, f.sheet, f.expected])).toEqual([
    ["survey-missing", "P. Hồng Hà", 7],
    ["survey-missing", "X. Dân Chủ", 7],
  ]);
  expect(missing[0].message).toContain("Phường Hồng Hà chưa có điểm điều tra XHH: 7 điểm đang tính 0");
});

test("points typed per component reach the engine; after scoring only the component still missing is named", async () => {
  const g = workbook();
  const c = await started(g);
  c.setSurveyPart("P. Hồng Hà", "3.1", "3,5");
  c.setSurveyPart("P. Hồng Hà", "3.2", "2.25");
  c.setSurveyPart("X. Dân Chủ", "3.1", "4");
  await c.score();
  expect(c.getState().error).toBeNull();
  const r = c.getState().results!;
  expect(r.find((u) => u.sheet === "P. Hồng Hà")!.surveyParts).toEqual({ "3.1": 3.5, "3.2": 2.25 });
  expect(r.find((u) => u.sheet === "X. Dân Chủ")!.survey).toBe(4);
  expect(c.getState().surveyMissing.map((f) => [f.sheet, f.code, f.message])).toEqual([
    ["X. Dân Chủ", "3.2", "Xã Dân Chủ chưa có điểm điều tra XHH cho 3.2: 3 điểm đang tính 0."],
  ]);
  expect(g.count("writePlans")).toBe(1);
});

test("a field that is not a number or is above its maximum is named, and nothing is written", async () => {
  const g = workbook();
  const c = await started(g);
  c.setSurveyPart("X. Dân Chủ", "3.2", "ba");
  await c.score();
  expect(render("vi", c.getState().error!.message!)).toBe(
    "Điểm điều tra XHH 3.2 của Xã Dân Chủ (“ba”) không phải là số không âm. Hãy sửa hoặc để trống.",
  );
  c.setSurveyPart("X. Dân Chủ", "3.2", "3,5");
  await c.score();
  expect(render("vi", c.getState().error!.message!)).toBe(
    "Điểm điều tra XHH 3.2 của Xã Dân Chủ (“3,5”) vượt điểm tối đa 3. Hãy sửa hoặc để trống.",
  );
  expect(g.count("writePlans")).toBe(0);
  // What the field itself shows while staff type.
  expect(render("vi", surveyPartProblem("ba", 3)!)).toBe("“ba” không phải là số không âm.");
  expect(render("vi", surveyPartProblem("3,5", 3)!)).toBe("Vượt điểm tối đa 3.");
  expect(surveyPartProblem("2,75", 3)).toBeNull();
  expect(surveyPartProblem("", 3)).toBeNull();
});

test("a total and components typed for the same unit are refused", async () => {
  const g = workbook();
  const c = await started(g);
  c.setInput("P. Hồng Hà", "survey", "6");
  c.setSurveyPart("P. Hồng Hà", "3.1", "3");
  await c.score();
  expect(render("vi", c.getState().error!.message!)).toContain("đã nhập cả tổng điểm điều tra XHH và điểm từng phần");
  expect(g.count("writePlans")).toBe(0);
});
