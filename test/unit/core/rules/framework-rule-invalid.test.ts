import { frameworkToGrid, readFrameworkSheet } from "../../../../src/core/framework/frameworkSheet";
import { FRAMEWORK_COLUMNS } from "../../../../src/core/framework/layout";
import type { CellValue, Framework, SheetSnapshot } from "../../../../src/core/types";
import { cellText } from "../../../../src/core/util/text";
import { miniFramework } from "../../../helpers/fixtures";

// The framework sheet's "Cách tính điểm" column (issue 15, item 6).

function sheetWithRules(fw: Framework, rules: Record<string, string>): SheetSnapshot {
  const grid: CellValue[][] = frameworkToGrid(fw);
  const header = grid.findIndex((r) => r[0] === "Mã");
  const col = FRAMEWORK_COLUMNS.findIndex((c) => c.key === "rule");
  expect(grid[header][col]).toBe("Cách tính điểm");
  for (const row of grid.slice(header + 1)) {
    const code = cellText(row[0] ?? null);
    if (rules[code] !== undefined) row[col] = rules[code];
  }
  return { name: "Bộ tiêu chí", originRow: 0, originCol: 0, values: grid };
}

describe("framework-rule-invalid", () => {
  const fw = miniFramework();
  const leaf = fw.areas[0].children[0].children.length ? fw.areas[0].children[0].children[0] : fw.areas[0].children[0];
  const code = leaf.code;

  it("reports a rule that is none of the known ones, at its cell; the leaf keeps typed points", () => {
    const read = readFrameworkSheet(sheetWithRules(fw, { [code]: "Theo hướng dẫn của Sở" }));
    const f = read.findings.filter((x) => x.rule === "framework-rule-invalid");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", code, actual: "Theo hướng dẫn của Sở" });
    expect(f[0].message).toContain(`Mã ${code}: không đọc được cách tính điểm “Theo hướng dẫn của Sở”`);
    const row = sheetWithRules(fw, {}).values.findIndex((r) => cellText(r[0] ?? null) === code);
    const col = FRAMEWORK_COLUMNS.findIndex((c) => c.key === "rule");
    expect(f[0].cell).toBe(`${String.fromCharCode(65 + col)}${row + 1}`);
  });

  it("reads a known rule into the leaf, round trip through the sheet, with no finding", () => {
    const read = readFrameworkSheet(sheetWithRules(fw, { [code]: "Quy tắc 80%" }));
    expect(read.findings.filter((x) => x.rule === "framework-rule-invalid")).toEqual([]);
    const got = read.framework!.areas[0].children.flatMap((c) => (c.children.length ? c.children : [c]))[0];
    expect(got.ruleText).toBe("Quy tắc 80%");
    const again = readFrameworkSheet({
      name: "x",
      originRow: 0,
      originCol: 0,
      values: frameworkToGrid(read.framework!),
    });
    expect(again.framework!.areas[0].children.flatMap((c) => (c.children.length ? c.children : [c]))[0].ruleText).toBe(
      "Quy tắc 80%",
    );
  });

  it("a scale written under “Cách tính điểm” is still a scale, not a finding", () => {
    const read = readFrameworkSheet(sheetWithRules({ ...fw }, { [code]: "Có: 1; Không: 0" }));
    expect(read.findings.filter((x) => x.rule === "framework-rule-invalid")).toEqual([]);
  });
});

describe("framework-rule-invalid from JSON", () => {
  it("reads ruleText, and reports one that is no rule at its JSON path", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { frameworkToJson, parseFrameworkJson } = require("../../../../src/core/framework/frameworkJson");
    const fw = miniFramework();
    const leafOf = (f: Framework) => f.areas[0].children.flatMap((c) => (c.children.length ? c.children : [c]))[0];
    leafOf(fw).ruleText = "100%: 1; 80 – < 100%: 0,5; < 80%: 0";
    const ok = parseFrameworkJson(frameworkToJson(fw), "bo.json") as {
      framework: Framework;
      findings: { rule: string }[];
    };
    expect(leafOf(ok.framework).ruleText).toBe("100%: 1; 80 – < 100%: 0,5; < 80%: 0");
    leafOf(fw).ruleText = "tùy hội đồng";
    const bad = parseFrameworkJson(frameworkToJson(fw), "bo.json") as { findings: { rule: string; cell: string }[] };
    expect(bad.findings.find((f) => f.rule === "framework-rule-invalid")?.cell).toMatch(/^\$\.areas\[0\].*\.ruleText$/);
  });
});
