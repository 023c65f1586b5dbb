import { submissionTemplatePlan, TEMPLATE_HEADERS, SURVEY_NOTE } from "../../../../src/core/framework/template";
import { builtinFrameworks, getBuiltinFramework } from "../../../../src/core/framework/samples";
import { allNodes } from "../../../../src/core/framework/model";
import { parseRange } from "../../../../src/core/util/a1";
import { displayCode } from "../../../../src/core/util/codes";
import { validateSheet } from "../../../../src/core/submission/validate";
import { CellValue, CriterionNode, Framework, SheetPlan } from "../../../../src/core/types";

const commune = getBuiltinFramework("mau-cap-xa") as Framework;

/** 1-based rows a formula refers to in one column ("=SUM(D8:D10)", "=D8+D12"). */
function referencedRows(formula: string, col: string): number[] {
  const rows: number[] = [];
  for (const m of formula.matchAll(/([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?/g)) {
    expect(m[1]).toBe(col);
    const a = Number(m[2]),
      b = m[4] ? Number(m[4]) : a;
    if (m[3]) expect(m[3]).toBe(col);
    for (let r = a; r <= b; r++) rows.push(r);
  }
  return rows;
}

function layout(plan: SheetPlan, fw: Framework) {
  const header = plan.cells.findIndex((r) => r[0]?.value === "STT");
  const nodes = allNodes(fw);
  const rowOf = new Map<CriterionNode, number>(nodes.map((n, i) => [n, header + 2 + i])); // 1-based
  return { header, nodes, rowOf };
}

/** The styles that cover one A1 cell. */
function stylesAt(plan: SheetPlan, row1: number, col: number) {
  return (plan.styles ?? [])
    .filter((s) => {
      const r = parseRange(s.range);
      return r !== null && r.r0 <= row1 - 1 && row1 - 1 <= r.r1 && r.c0 <= col && col <= r.c1;
    })
    .map((s) => s.style);
}

describe("submissionTemplatePlan", () => {
  test("has the exact header texts in one row, then one row per node with text codes (areas in Roman numerals)", () => {
    const plan = submissionTemplatePlan(commune);
    expect(plan.kind).toBe("template");
    expect(plan.name).toBe("Mẫu tự đánh giá");
    const { header, nodes } = layout(plan, commune);
    expect(header).toBeGreaterThan(0);
    expect(plan.cells[header].map((c) => c?.value)).toEqual([
      "STT",
      "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Tài liệu kiểm chứng",
      "Giải trình",
      "Điểm thẩm định",
      "Ý kiến thẩm định",
    ]);
    expect([...TEMPLATE_HEADERS]).toEqual(plan.cells[header].map((c) => c?.value));
    const body = plan.cells.slice(header + 1, header + 1 + nodes.length);
    expect(body.map((r) => r[0]?.value)).toEqual(nodes.map((n) => displayCode(n.code)));
    expect(body.every((r) => typeof r[0]?.value === "string")).toBe(true);
    expect(body.map((r) => r[1]?.value)).toEqual(nodes.map((n) => n.title));
    expect(body.map((r) => r[2]?.value)).toEqual(nodes.map((n) => n.max));
    expect(plan.cells[header + 1 + nodes.length][1]?.value).toBe("TỔNG ĐIỂM");
  });

  test.each(builtinFrameworks().map((fw) => [fw.id, fw] as const))(
    "%s: parent rows sum exactly their children's rows in D and G",
    (_id, fw) => {
      const plan = submissionTemplatePlan(fw);
      const { nodes, rowOf } = layout(plan, fw);
      for (const n of nodes) {
        const cells = plan.cells[(rowOf.get(n) as number) - 1];
        if (n.children.length === 0) {
          expect(cells[3]?.formula).toBeUndefined();
          continue;
        }
        const childRows = n.children.map((c) => rowOf.get(c) as number);
        expect(referencedRows(cells[3]?.formula as string, "D")).toEqual(childRows);
        expect(referencedRows(cells[6]?.formula as string, "G")).toEqual(childRows);
      }
      // Contiguous leaf children use a SUM range; scattered children are added one by one.
      const c11 = nodes.find((n) => n.code === "1.1") as CriterionNode;
      expect(plan.cells[(rowOf.get(c11) as number) - 1][3]?.formula).toMatch(/^=SUM\(D\d+:D\d+\)$/);
      const area1 = fw.areas[0];
      expect(plan.cells[(rowOf.get(area1) as number) - 1][3]?.formula).toMatch(/^=D\d+(\+D\d+)+$/);
      // The total adds the areas.
      const total = plan.cells[rowOf.get(nodes[nodes.length - 1]) as number];
      expect(total[1]?.value).toBe("TỔNG ĐIỂM");
      expect(referencedRows(total[3]?.formula as string, "D")).toEqual(fw.areas.map((a) => rowOf.get(a)));
      expect(referencedRows(total[6]?.formula as string, "G")).toEqual(fw.areas.map((a) => rowOf.get(a)));
    },
  );

  test("survey leaves carry a note, empty grey score cells and no input style", () => {
    const plan = submissionTemplatePlan(commune);
    const { nodes, rowOf } = layout(plan, commune);
    const surveys = nodes.filter((n) => n.children.length === 0 && n.source === "survey");
    expect(surveys.length).toBeGreaterThan(0);
    for (const n of surveys) {
      const r = rowOf.get(n) as number;
      const cells = plan.cells[r - 1];
      expect(cells[3]).toBeNull();
      expect(cells[6]).toBeNull();
      expect(cells[5]?.value).toBe(SURVEY_NOTE);
      expect(stylesAt(plan, r, 3).some((s) => s.fill === "#D9D9D9")).toBe(true);
      expect(stylesAt(plan, r, 3).some((s) => s.input)).toBe(false);
    }
  });

  test("self-scored leaves have input cells D–F and a decimal validation 0..max on their score cells", () => {
    const plan = submissionTemplatePlan(commune);
    const { nodes, rowOf } = layout(plan, commune);
    const selfLeaves = nodes.filter((n) => n.children.length === 0 && n.source === "self");
    for (const n of selfLeaves) {
      const r = rowOf.get(n) as number;
      for (const c of [3, 4, 5]) expect(stylesAt(plan, r, c).some((s) => s.input)).toBe(true);
      const v = (plan.validations ?? []).filter((x) => {
        const b = parseRange(x.range);
        return b !== null && b.c0 === 3 && b.r0 <= r - 1 && r - 1 <= b.r1;
      });
      expect(v).toEqual([expect.objectContaining({ type: "decimal", min: 0, max: n.max })]);
    }
    // Parent rows are not inputs.
    const area = rowOf.get(commune.areas[0]) as number;
    expect(stylesAt(plan, area, 3).some((s) => s.input)).toBe(false);
  });

  test("the unit, year and group appear above the table; placeholders when not given", () => {
    const text = (p: SheetPlan) =>
      p.cells
        .slice(0, 6)
        .flat()
        .map((c) => c?.value)
        .filter(Boolean)
        .join(" | ");
    const named = text(submissionTemplatePlan(commune, { unitName: "Phường Hồng Hà", year: 2026, group: "Phường" }));
    expect(named).toContain("ỦY BAN NHÂN DÂN");
    expect(named).toContain("Đơn vị: Phường Hồng Hà");
    expect(named).toContain("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(named).toContain("Phường");
    const blank = text(submissionTemplatePlan(commune));
    expect(blank).toContain("Đơn vị: ……………");
    expect(blank).toContain("NĂM 2025");
  });

  test("with a group, leaves that do not apply to it are marked and not inputs", () => {
    const fw = structuredClone(commune);
    const leaf = fw.areas[1].children[0].children[0];
    leaf.appliesTo = ["Xã"];
    const plan = submissionTemplatePlan(fw, { group: "Phường" });
    const { rowOf } = layout(plan, fw);
    const r = rowOf.get(leaf) as number;
    expect(plan.cells[r - 1][5]?.value).toBe("Không áp dụng đối với Phường");
    expect(stylesAt(plan, r, 3).some((s) => s.input)).toBe(false);
    const forXa = submissionTemplatePlan(fw, { group: "Xã" });
    expect(stylesAt(forXa, r, 3).some((s) => s.input)).toBe(true);
  });

  test("looks like an official form: Times New Roman 13, A4 landscape (portrait prints below 9 pt), header repeated and frozen", () => {
    const plan = submissionTemplatePlan(commune);
    const { header } = layout(plan, commune);
    expect(plan.fontName).toBe("Times New Roman");
    expect(plan.fontSize).toBe(13);
    expect(plan.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      titleRows: `$${header + 1}:$${header + 1}`,
      fitToWidth: true,
    });
    expect(plan.freeze).toEqual({ rows: header + 1, columns: 0 });
    expect(plan.columnWidths).toHaveLength(8);
    expect(stylesAt(plan, header + 1, 0).some((s) => s.bold && s.border === "thin")).toBe(true);
    // The code column is formatted as text so Excel keeps "1.10".
    expect(stylesAt(plan, header + 2, 0).some((s) => s.numberFormat === "@")).toBe(true);
    expect(plan.cells.every((r) => r.length === 8)).toBe(true);
    // A title longer than its column gets the height of its lines (it would print over the next row).
    const heights = new Map((plan.rowHeights ?? []).map((x) => [x.row, x.height]));
    const long = plan.cells.findIndex((r, i) => i > header && String(r[1]?.value ?? "").length > 90);
    expect(long).toBeGreaterThan(header);
    expect(heights.get(long)).toBeGreaterThanOrEqual(2 * 13 * 1.3);
  });

  test("a unit's filled-in template is read by the submission validator without findings", () => {
    const plan = submissionTemplatePlan(commune, { unitName: "Phường Hồng Hà", year: 2025 });
    const { nodes, rowOf } = layout(plan, commune);
    const values: CellValue[][] = plan.cells.map((r) => r.map((c) => (c?.value ?? null) as CellValue));
    const formulas = plan.cells.map((r) => r.map((c) => c?.formula ?? null));
    for (const n of nodes.filter((x) => x.children.length === 0 && x.source === "self")) {
      const r = (rowOf.get(n) as number) - 1;
      values[r][3] = n.max;
      values[r][4] = "Quyết định số 12/QĐ-UBND";
    }
    const { submission, findings } = validateSheet(
      { name: "Hồng Hà", originRow: 0, originCol: 0, values, formulas },
      commune,
    );
    expect(findings).toEqual([]);
    expect(submission.unit).toBe("Phường Hồng Hà");
  });
});
