import { acceptedErrorsNote, frameworkErrors, frameworkGate } from "../../../../src/core/framework/gate";
import { checkFramework } from "../../../../src/core/framework/checkFramework";
import { runPipeline } from "../../../../src/core/pipeline";
import type { PlanCell, SheetPlan } from "../../../../src/core/types";
import { communeFramework, sampleUnits } from "../../../helpers/samples";

// A broken framework does not rank (issue 15, item 5): the gate, and the note every generated sheet
// carries when staff accepted the framework's errors.

function brokenFramework() {
  const fw = structuredClone(communeFramework());
  fw.areas[0].max += 0.45; // areas add to 100,45; area 1 is not the sum of its criteria
  return fw;
}

const texts = (p: SheetPlan) =>
  p.cells.flatMap((r, row) =>
    r.map((c: PlanCell | null, col) => ({ row, col, v: c?.value })).filter((x) => typeof x.v === "string"),
  ) as { row: number; col: number; v: string }[];

describe("frameworkGate", () => {
  it("blocks on the framework's error findings, not on its warnings, unless accepted", () => {
    const findings = checkFramework(brokenFramework());
    const gate = frameworkGate(findings, false);
    expect(gate.blocked).toBe(true);
    expect(gate.errors.map((f) => f.rule)).toEqual(["framework-parent-sum", "framework-total"]);
    expect(frameworkGate(findings, true)).toMatchObject({ blocked: false, errors: gate.errors });
    expect(frameworkGate(checkFramework(communeFramework()), false)).toEqual({ blocked: false, errors: [] });
    const warningsOnly = findings.map((f) => ({ ...f, severity: "warning" as const }));
    expect(frameworkGate(warningsOnly, false).blocked).toBe(false);
  });

  it("counts only framework-* rules", () => {
    const f = checkFramework(brokenFramework())[0];
    expect(frameworkErrors([f, { ...f, rule: "score-over-max" as const }])).toEqual([f]);
  });
});

describe("generated sheets when the framework's errors were accepted", () => {
  const fw = brokenFramework();
  const errors = frameworkErrors(checkFramework(fw));
  const note = acceptedErrorsNote(errors);
  const { sheets } = sampleUnits(fw, 4, { seed: 3 });
  const plain = runPipeline({ sheets }, { framework: fw }, { remediation: true, unitPlans: [sheets[0].name] }).plans;
  const noted = runPipeline(
    { sheets },
    { framework: fw, acceptedFrameworkErrors: errors },
    { remediation: true, unitPlans: [sheets[0].name] },
  ).plans;

  it("says so in Vietnamese, with the count and the rules", () => {
    expect(note).toBe(
      "Lưu ý: bộ tiêu chí có 2 lỗi (framework-parent-sum, framework-total); kết quả này được tính khi cán bộ đã chấp nhận các lỗi đó.",
    );
  });

  it("every sheet carries the note right under its title, in a row that was empty", () => {
    expect(noted.map((p) => p.kind)).toEqual(["summary", "ranking", "detail", "plan", "analysis", "unit-plan"]);
    for (const [i, p] of noted.entries()) {
      const hit = texts(p).find((t) => t.v.includes(note));
      expect(hit).toBeDefined();
      if (p.kind === "detail") {
        expect(hit!.row).toBe(1);
        continue;
      }
      // Under the title block (row 5 is the title), in the spacer row, which held nothing before.
      expect(hit!.row).toBeGreaterThan(4);
      expect(hit!.row).toBeLessThan(9);
      expect(plain[i].cells[hit!.row].every((c) => c === null)).toBe(true);
    }
  });

  it("moves no cell: every other cell is as without the note", () => {
    for (const [i, p] of noted.entries()) {
      const before = plain[i].cells;
      p.cells.forEach((r, row) =>
        r.forEach((c, col) => {
          const was = before[row]?.[col] ?? null;
          if (typeof c?.value === "string" && c.value.includes(note)) return;
          expect(c).toEqual(was);
        }),
      );
    }
  });
});
