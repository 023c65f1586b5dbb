// What several value rules share: which leaves the unit scores itself, and their filled score cells.
import type { MatchedRow, ReadCell } from "../../submission/parseSubmission.js";
import { nodeMax } from "../../framework/model.js";
import type { CriterionNode, ScoringScale } from "../../types.js";

/** True for a leaf scored by the unit itself (not a survey). */
export function selfScored(n: CriterionNode): boolean {
  return n.children.length === 0 && n.source === "self";
}

/** A filled score cell of a self-scored leaf, with the leaf's maximum and scale and the column's name. */
export interface ScoreCell {
  cell: ReadCell;
  code: string;
  max: number;
  /** The column, as the Vietnamese message names it. */
  which: "tự chấm" | "thẩm định";
  /** The column, as the English message names it. */
  whichEn: "self" | "appraised";
  scale?: ScoringScale;
}

/** The filled self and appraised cells of the self-scored leaves, row by row (self first), with the group's own maxima. */
export function scoreCells(leafRows: MatchedRow[], group = ""): ScoreCell[] {
  const out: ScoreCell[] = [];
  for (const m of leafRows) {
    if (!selfScored(m.node)) continue;
    const columns = [
      [m.self, "tự chấm", "self"],
      [m.appraised, "thẩm định", "appraised"],
    ] as const;
    for (const [cell, which, whichEn] of columns) {
      if (cell && cell.num.kind !== "empty")
        out.push({ cell, code: m.node.code, max: nodeMax(m.node, group), which, whichEn, scale: m.node.scale });
    }
  }
  return out;
}
