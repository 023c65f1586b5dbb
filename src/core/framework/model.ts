import { Band, CriterionNode, Framework } from "../types.js";
import { foldLoose } from "../util/text.js";
import { sum } from "../util/numbers.js";

/** Every node of the framework, depth first, in document order. */
export function allNodes(fw: Framework): CriterionNode[] {
  const out: CriterionNode[] = [];
  const walk = (n: CriterionNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  fw.areas.forEach(walk);
  return out;
}

/** The scored leaves, in document order. */
export function leaves(fw: Framework): CriterionNode[] {
  return allNodes(fw).filter((n) => n.children.length === 0);
}

/** Leaves under one node (the node itself when it is a leaf). */
export function leavesOf(node: CriterionNode): CriterionNode[] {
  if (node.children.length === 0) return [node];
  return node.children.flatMap(leavesOf);
}

/** Map from normalised code to node. */
export function nodeIndex(fw: Framework): Map<string, CriterionNode> {
  return new Map(allNodes(fw).map((n) => [n.code, n]));
}

/** The framework's total maximum (sum of its areas). */
export function frameworkTotal(fw: Framework): number {
  return sum(fw.areas.map((a) => a.max));
}

/** Maximum of the leaves units do not score themselves (surveys, SIPAS). */
export function surveyMax(fw: Framework): number {
  return sum(leaves(fw).filter((l) => l.source === "survey").map((l) => l.max));
}

/** True when the node applies to units of `group` (no list = every group). */
export function nodeApplies(node: CriterionNode, group: string): boolean {
  if (!node.appliesTo || node.appliesTo.length === 0) return true;
  const g = foldLoose(group);
  return node.appliesTo.some((a) => foldLoose(a) === g);
}

/** Bands sorted by threshold, highest first. */
export function sortedBands(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** The band an index (%) falls in; null when below every threshold. */
export function classify(bands: readonly Band[], index: number): Band | null {
  for (const b of sortedBands(bands)) if (index >= b.min) return b;
  return null;
}
