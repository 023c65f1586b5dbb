import * as fs from "node:fs";
import * as path from "node:path";
import { readFrameworkSheet } from "../../../../src/core/framework/frameworkSheet";
import { checkFramework } from "../../../../src/core/framework/checkFramework";
import { FRAMEWORK_RULES } from "../../../../src/core/rules/framework/index";
import type { CellValue, Framework } from "../../../../src/core/types";
import { miniFramework } from "../../../helpers/fixtures";

describe("runFrameworkRules (through readFrameworkSheet and checkFramework)", () => {
  test("what the reader met comes in reading order, whichever rule reports it, before the checks", () => {
    const values: CellValue[][] = [
      ["Năm:", "hai nghìn"],
      ["Xếp loại:", "Tốt: x; Yếu: 0"],
      ["Điểm thưởng tối đa:", "hai"],
      ["Mã", "Nội dung", "Điểm tối đa", "Thang điểm"],
      ["I", "A", 90],
      ["1.1", "a", 90, "tuỳ"],
      ["1.1", "b", 10],
    ];
    const { findings } = readFrameworkSheet({ name: "Bộ tiêu chí", originRow: 0, originCol: 0, values });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["framework-meta-invalid", "B1"],
      ["framework-band-invalid", "B2"],
      ["framework-meta-invalid", "B3"],
      ["framework-scale-invalid", "D6"],
      ["framework-duplicate-code", "A7"],
      ["framework-total", "C4"],
    ]);
  });

  test("the scale rules report leaf by leaf, in tree order", () => {
    const fw: Framework = miniFramework();
    const [l111, l112] = fw.areas[0].children[0].children;
    l111.scale = { values: [0, 5] }; // above its maximum 1
    l112.scale = { values: [-1, 2] }; // invalid
    fw.areas[0].children[1].scale = { step: 3 }; // 1.2: step above its maximum 1
    const f = checkFramework({ ...fw, areas: fw.areas.slice(0, 1) }).filter((x) =>
      x.rule.startsWith("framework-scale"),
    );
    expect(f.map((x) => [x.rule, x.code])).toEqual([
      ["framework-scale-over-max", "1.1.1"],
      ["framework-scale-invalid", "1.1.2"],
      ["framework-scale-over-max", "1.2"],
    ]);
  });

  test("every framework rule has an id of its own, starting with framework-, and a test file named after it", () => {
    const ids = FRAMEWORK_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^framework-[a-z-]+$/);
      expect(fs.existsSync(path.join(__dirname, "../rules", `${id}.test.ts`))).toBe(true);
    }
  });
});
