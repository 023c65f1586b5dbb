// Groups in the task pane (issue 15, item 4): a unit whose group cannot be decided is not ready until
// staff choose one of the framework's groups; a group table in the workbook decides first.
import { getBuiltinFramework } from "../../../src/core/framework/samples.js";
import { buildUnitSheet } from "../../../src/core/sample/unitSheet.js";
import { fullMarks } from "../../helpers/sheets.js";
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import { GatewayDouble } from "./gatewayDouble.js";
import { unitSheets } from "./fixtures.js";

const fw = getBuiltinFramework("mau-cap-xa")!;
const township = buildUnitSheet(fw, {
  sheetName: "TT. Cái Rồng",
  unitName: "Thị trấn Cái Rồng",
  entries: fullMarks(fw),
});

async function started(g: GatewayDouble): Promise<TaskPaneController> {
  const c = new TaskPaneController(g, { yieldToUi: async () => {} });
  await c.init();
  return c;
}

test("a unit in none of the framework's groups waits for staff's choice, then is ranked", async () => {
  const g = new GatewayDouble([...unitSheets(2, { problems: false }), township]);
  const c = await started(g);
  const unit = () => c.getState().units.find((u) => u.sheet === "TT. Cái Rồng")!;
  expect(unit().group).toBe("");
  expect(unit().findings.map((f) => f.rule)).toContain("group-unknown");
  expect(unit().ready).toBe(false);
  c.setUnitGroup("TT. Cái Rồng", "Xã");
  expect(unit().group).toBe("Xã");
  expect(unit().findings.map((f) => f.rule)).not.toContain("group-unknown");
  await c.score();
  expect(c.getState().results!.find((u) => u.sheet === "TT. Cái Rồng")).toMatchObject({ group: "Xã", rank: 1 });
});

test("a group table in the workbook decides, before staff's choice", async () => {
  const table = {
    name: "Nhóm",
    originRow: 0,
    originCol: 0,
    values: [
      ["Đơn vị", "Nhóm"],
      ["Thị trấn Cái Rồng", "Phường"],
    ],
  };
  const c = await started(new GatewayDouble([...unitSheets(2, { problems: false }), township, table]));
  expect(c.getState().units.find((u) => u.sheet === "TT. Cái Rồng")).toMatchObject({ group: "Phường", ready: true });
});
