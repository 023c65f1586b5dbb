// Users' formulas that a re-run will break: Excel cannot redirect a reference to a sheet that is
// deleted, so a user's formula pointing at a generated sheet about to be replaced becomes #REF!.
// Found from the snapshot the last read returned (no extra sync), so the task pane can warn first.
import { a1, nameKey } from "../core/index.js";
import type { SheetPlan, WorkbookSnapshot } from "../core/index.js";
import { renameSheetRefs } from "./formulaRefs.js";
import type { WorkbookInfo } from "./inspect.js";
import { layoutWrite } from "./writePlans.js";

/** A user's cell whose formula refers to a generated sheet the write will replace. */
export interface FormulaAtRisk {
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
  formula: string;
  /** The generated sheet it points at. */
  target: string;
}

/** The user's cells (not generated sheets) whose formulas refer to a sheet the plans will replace; at most `limit`. */
export function formulasAtRisk(
  snapshot: WorkbookSnapshot,
  info: WorkbookInfo,
  plans: readonly SheetPlan[],
  limit = 200,
): FormulaAtRisk[] {
  const replaced = new Map(
    layoutWrite(plans, info, "check").replaced.map((r) => [nameKey(r.sheet.name), r.sheet.name]),
  );
  if (replaced.size === 0) return [];
  const out: FormulaAtRisk[] = [];
  for (const s of snapshot.sheets) {
    if (s.generated !== undefined || replaced.has(nameKey(s.name))) continue;
    (s.formulas ?? []).forEach((row, i) =>
      row.forEach((f, j) => {
        if (typeof f !== "string" || out.length >= limit) return;
        renameSheetRefs(f, (name) => {
          const target = replaced.get(nameKey(name));
          if (target && !out.some((o) => o.sheet === s.name && o.cell === a1(s.originRow + i, s.originCol + j)))
            out.push({ sheet: s.name, cell: a1(s.originRow + i, s.originCol + j), formula: f, target });
          return undefined;
        });
      }),
    );
  }
  return out;
}
