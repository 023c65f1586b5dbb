// Ranking: ranks within groups (as Excel's RANK.EQ) and the order groups and units are published in.
import { Framework } from "../types.js";
import { foldLoose } from "../util/text.js";
import { UnitScore } from "./score.js";

/**
 * Ranks units within their group by index, highest first; ties share a rank and the next rank
 * is skipped (as Excel's RANK.EQ). Blocked units get no rank.
 */
export function rankWithinGroups(scores: UnitScore[]): void {
  const groups = new Map<string, UnitScore[]>();
  for (const u of scores) {
    u.rank = null;
    if (u.blocked) continue;
    const k = foldLoose(u.group);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(u);
  }
  for (const members of groups.values())
    for (const u of members) u.rank = 1 + members.filter((o) => o.index > u.index).length;
}

/** Ranked units by group, in the framework's group order, then any other group found. */
export function groupsInOrder(fw: Framework, scores: UnitScore[]): { group: string; units: UnitScore[] }[] {
  const order = [...fw.groups];
  for (const s of scores) if (!order.some((g) => foldLoose(g) === foldLoose(s.group))) order.push(s.group);
  return order
    .map((group) => ({
      group,
      units: scores
        .filter((s) => !s.blocked && foldLoose(s.group) === foldLoose(group))
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || b.index - a.index || a.unit.localeCompare(b.unit, "vi")),
    }))
    .filter((g) => g.units.length > 0);
}
