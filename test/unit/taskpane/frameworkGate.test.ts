// A broken framework does not rank in the task pane (issue 15, item 5): the first step shows its
// errors and scoring stays off until staff accept them knowingly; then every sheet says so.
import type { SheetPlan } from "../../../src/core/types.js";
import { TaskPaneController } from "../../../src/taskpane/controller.js";
import { render } from "../../../src/taskpane/i18n.js";
import { scoringGate } from "../../../src/taskpane/state.js";
import { communeFramework, frameworkSheet, unitSheets } from "./fixtures.js";
import { GatewayDouble } from "./gatewayDouble.js";

async function started(g: GatewayDouble): Promise<TaskPaneController> {
  const c = new TaskPaneController(g, { yieldToUi: async () => {} });
  await c.init();
  return c;
}

/** A framework sheet whose areas add to 101 (framework-total, an error). */
function brokenSheet() {
  const fw = communeFramework();
  fw.areas[0].children[0].children[0].max += 1;
  fw.areas[0].children[0].max += 1;
  fw.areas[0].max += 1;
  return frameworkSheet(fw, "Bộ tiêu chí", false);
}

const texts = (plans: SheetPlan[]) =>
  plans.map((p) => p.cells.flat().flatMap((c) => (typeof c?.value === "string" ? [c.value] : [])));

describe("a framework with errors in the pane", () => {
  test("scoring and planning are refused before anything is read or written", async () => {
    const g = new GatewayDouble([brokenSheet(), ...unitSheets(3, { problems: false })]);
    const c = await started(g);
    expect(scoringGate(c.getState())).toMatchObject({ blocked: true });
    const reads = g.count("readWorkbook");
    await c.score();
    expect(render("vi", c.getState().error!.message!)).toBe(
      "Bộ tiêu chí có 1 lỗi nên chưa chấm điểm. Sửa bộ tiêu chí, hoặc chấp nhận các lỗi ở bước 1.",
    );
    await c.plan();
    expect(g.count("writePlans")).toBe(0);
    expect(g.count("readWorkbook")).toBe(reads);
  });

  test("staff accept after a confirmation; the sheets then carry the note under their titles", async () => {
    const g = new GatewayDouble([brokenSheet(), ...unitSheets(3, { problems: false })]);
    const c = await started(g);
    c.acceptFrameworkErrors();
    expect(c.getState().confirm).toEqual({ kind: "accept-framework-errors", errors: 1 });
    expect(c.getState().frameworkAccepted).toBe(false);
    c.cancelConfirm();
    expect(scoringGate(c.getState()).blocked).toBe(true);
    c.acceptFrameworkErrors();
    c.acceptFrameworkErrors(true);
    expect(c.getState()).toMatchObject({ frameworkAccepted: true, confirm: null });
    await c.score();
    expect(c.getState().error).toBeNull();
    const plans = g.calls.filter((x) => x.method === "writePlans")[0].args[0] as SheetPlan[];
    for (const t of texts(plans))
      expect(t.some((v) => v.includes("bộ tiêu chí có 1 lỗi (framework-total); kết quả này được tính khi"))).toBe(true);
  });

  test("the acceptance holds for those errors only: a re-read with the same errors keeps it, withdrawing ends it", async () => {
    const g = new GatewayDouble([brokenSheet(), ...unitSheets(2, { problems: false })]);
    const c = await started(g);
    c.acceptFrameworkErrors(true);
    await c.rescan();
    expect(c.getState().frameworkAccepted).toBe(true);
    c.withdrawFrameworkAcceptance();
    expect(scoringGate(c.getState()).blocked).toBe(true);
  });

  test("choosing another framework asks again; a clean framework needs nothing", async () => {
    const g = new GatewayDouble([brokenSheet(), ...unitSheets(2, { problems: false })]);
    const c = await started(g);
    c.acceptFrameworkErrors(true);
    await c.chooseFramework({ kind: "builtin", id: "mau-cap-xa" });
    expect(c.getState().frameworkAccepted).toBe(false);
    expect(scoringGate(c.getState())).toEqual({ blocked: false, errors: [] });
    c.acceptFrameworkErrors();
    expect(c.getState().confirm).toBeNull();
    await c.score();
    const plans = g.calls.filter((x) => x.method === "writePlans")[0].args[0] as SheetPlan[];
    expect(
      texts(plans)
        .flat()
        .some((v) => v.includes("chấp nhận các lỗi")),
    ).toBe(false);
  });
});
