// Plans are checked before anything is sent to Excel, so a bad plan is refused with a message that
// names the sheet and the range instead of failing half-way through a write.
import { a1, parseRange } from "../core/index.js";
import type { SheetPlan } from "../core/index.js";
import { GatewayError } from "./gateway.js";
import { isGeneratedKind } from "./markers.js";

/** Excel's limit on a formula's length. */
export const MAX_FORMULA_LENGTH = 8192;

type Bounds = { r0: number; c0: number; r1: number; c1: number };

const overlap = (a: Bounds, b: Bounds) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** Throws GatewayError (code "InvalidPlan") for the first plan Excel would refuse: bad ranges, merges inside tables, overlong lists. */
export function checkPlans(plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    const fail = (vi: string, en: string): never => {
      throw new GatewayError(
        `Không thể ghi trang "${plan.name}": ${vi}`,
        `Cannot write sheet "${plan.name}": ${en}`,
        "InvalidPlan",
      );
    };
    if (!isGeneratedKind(plan.kind))
      fail(`loại trang "${String(plan.kind)}" không hợp lệ.`, `unknown kind "${String(plan.kind)}".`);
    if (typeof plan.name !== "string" || plan.name.trim() === "") fail("thiếu tên trang.", "the sheet has no name.");
    if (!Array.isArray(plan.cells)) fail("thiếu dữ liệu ô.", "no cell grid.");
    plan.cells.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (cell?.formula !== undefined && typeof cell.formula !== "string")
          fail(
            `công thức ở hàng ${r + 1}, cột ${c + 1} không phải văn bản.`,
            `the formula at row ${r + 1}, column ${c + 1} is not text.`,
          );
        // Excel specifications and limits: "Length of formula contents: 8,192 characters".
        if (typeof cell?.formula === "string" && cell.formula.length > MAX_FORMULA_LENGTH)
          fail(
            `công thức ở ô ${a1(r, c)} dài ${cell.formula.length.toLocaleString("vi-VN")} ký tự, Excel chỉ nhận tối đa 8.192.`,
            `the formula in ${a1(r, c)} is ${cell.formula.length} characters long; Excel takes at most 8,192.`,
          );
      }),
    );
    const range = (address: string, what: string): Bounds => {
      const b = typeof address === "string" ? parseRange(address) : null;
      if (!b)
        return fail(
          `vùng "${String(address)}" (${what}) không hợp lệ.`,
          `invalid range "${String(address)}" (${what}).`,
        );
      return b;
    };
    for (const s of plan.styles ?? []) range(s.range, "định dạng / style");
    const merges = (plan.merges ?? []).map((m) => range(m, "gộp ô / merge"));
    const tables = (plan.tables ?? []).map((t) => ({ t, b: range(t.range, `bảng ${t.name}`) }));
    for (const { t, b } of tables) {
      if (b.r1 === b.r0)
        fail(
          `bảng ${t.name} cần ít nhất một hàng dữ liệu dưới hàng tiêu đề.`,
          `table ${t.name} needs a data row under its header.`,
        );
      if (merges.some((m) => overlap(m, b)))
        fail(
          `bảng ${t.name} chứa ô gộp (Excel không cho phép).`,
          `table ${t.name} contains merged cells (Excel forbids it).`,
        );
      if (tables.some((o) => o.t !== t && overlap(o.b, b)))
        fail(`bảng ${t.name} chồng lên bảng khác.`, `table ${t.name} overlaps another table.`);
    }
    for (const cf of plan.conditionalFormats ?? []) range(cf.range, "định dạng có điều kiện / conditional format");
    const validated: Bounds[] = [];
    for (const v of plan.validations ?? []) {
      const b = range(v.range, "kiểm tra dữ liệu / validation");
      if (validated.some((o) => overlap(o, b)))
        fail(
          `vùng kiểm tra dữ liệu ${v.range} chồng lên vùng kiểm tra khác.`,
          `the validation range ${v.range} overlaps another one.`,
        );
      validated.push(b);
      if (v.type === "list") {
        if (v.values.some((x) => x.includes(",")))
          fail("giá trị trong danh sách chọn không được chứa dấu phẩy.", "list values cannot contain commas.");
        if (v.values.join(",").length > 255)
          fail("danh sách chọn dài quá 255 ký tự.", "the list is longer than 255 characters.");
      }
    }
    for (const c of plan.charts ?? []) {
      range(c.values, "biểu đồ / chart");
      range(c.categories, "biểu đồ / chart");
      range(c.anchor, "biểu đồ / chart");
    }
    if (plan.print?.titleRows !== undefined && !/^\$?\d+:\$?\d+$/.test(plan.print.titleRows))
      fail(
        `hàng in lặp lại "${plan.print.titleRows}" không hợp lệ.`,
        `invalid print title rows "${plan.print.titleRows}".`,
      );
  }
}
