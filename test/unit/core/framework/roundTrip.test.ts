import { builtinFrameworks } from "../../../../src/core/framework/samples";
import { frameworkSheetPlan, frameworkToGrid, readFrameworkSheet } from "../../../../src/core/framework/frameworkSheet";
import { frameworkToJson, parseFrameworkJson } from "../../../../src/core/framework/frameworkJson";
import { withoutSourceRows } from "../../../../src/core/framework/model";
import { CellValue } from "../../../../src/core/types";

describe.each(builtinFrameworks().map((fw) => [fw.id, fw] as const))("round trip of %s", (_id, fw) => {
  test("through the framework sheet's values", () => {
    const { framework, findings } = readFrameworkSheet({
      name: "Bộ tiêu chí",
      originRow: 0,
      originCol: 0,
      values: frameworkToGrid(fw),
    });
    expect(findings).toEqual([]);
    expect(framework).not.toBeNull();
    expect(withoutSourceRows(framework!)).toEqual(fw);
  });

  test("through the sheet plan's cells (codes as text, total as a formula)", () => {
    const plan = frameworkSheetPlan(fw);
    const values: CellValue[][] = plan.cells.map((r) => r.map((c) => (c && c.value !== undefined ? c.value : null)));
    const { framework, findings } = readFrameworkSheet({ name: plan.name, originRow: 0, originCol: 0, values });
    expect(findings).toEqual([]);
    expect(withoutSourceRows(framework!)).toEqual(fw);
  });

  test("through JSON", () => {
    const { framework, findings } = parseFrameworkJson(frameworkToJson(fw), "bo-tieu-chi.json");
    expect(findings).toEqual([]);
    expect(framework).toEqual(fw);
  });
});
