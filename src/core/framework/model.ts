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
  return sum(
    leaves(fw)
      .filter((l) => l.source === "survey")
      .map((l) => l.max),
  );
}

/** True when the node itself lists `group` among the groups it applies to (no list = every group). */
export function nodeApplies(node: CriterionNode, group: string): boolean {
  if (!node.appliesTo || node.appliesTo.length === 0) return true;
  const g = foldLoose(group);
  return node.appliesTo.some((a) => foldLoose(a) === g);
}

const parentsOf = new WeakMap<Framework, Map<string, CriterionNode | null>>();

/**
 * True when a node applies to units of `group`: it and every ancestor apply (a criterion marked
 * "Phường" takes its sub-criteria with it).
 */
export function appliesTo(fw: Framework, node: CriterionNode, group: string): boolean {
  let parents = parentsOf.get(fw);
  if (!parents) {
    parents = new Map();
    const walk = (n: CriterionNode, parent: CriterionNode | null) => {
      parents!.set(n.code, parent);
      n.children.forEach((c) => walk(c, n));
    };
    fw.areas.forEach((a) => walk(a, null));
    parentsOf.set(fw, parents);
  }
  for (let n: CriterionNode | null | undefined = node; n; n = parents.get(n.code))
    if (!nodeApplies(n, group)) return false;
  return true;
}

/** The value a per-group table gives `group` ("Phường" matches "phuong", spacing and diacritics ignored). */
function byGroup(table: Record<string, number> | undefined, group: string): number | undefined {
  if (!table || group === "") return undefined;
  const g = foldLoose(group);
  for (const [k, v] of Object.entries(table)) if (foldLoose(k) === g) return v;
  return undefined;
}

/** True when the node or a node under it has a maximum of its own for some group. */
export function hasGroupMaxima(node: CriterionNode): boolean {
  return (
    (node.maxByGroup !== undefined && Object.keys(node.maxByGroup).length > 0) || node.children.some(hasGroupMaxima)
  );
}

/**
 * A node's maximum for a unit of `group`: its own per-group maximum where the framework gives one,
 * else (for a parent with per-group maxima below it) the sum of its children's, else `max`.
 */
export function nodeMax(node: CriterionNode, group: string): number {
  const own = byGroup(node.maxByGroup, group);
  if (own !== undefined) return own;
  if (node.children.length > 0 && node.children.some(hasGroupMaxima))
    return sum(node.children.map((c) => nodeMax(c, group)));
  return node.max;
}

/** The groups some node has a maximum of its own for, as first written, in framework order. */
export function groupsWithMaxima(fw: Framework): string[] {
  const out: string[] = [];
  for (const n of allNodes(fw))
    for (const g of Object.keys(n.maxByGroup ?? {})) if (!out.some((o) => foldLoose(o) === foldLoose(g))) out.push(g);
  return out;
}

/** The survey components (SIPAS, khảo sát lãnh đạo, tác động KT-XH…): the survey-scored leaves, in order. */
export function surveyLeaves(fw: Framework): CriterionNode[] {
  return leaves(fw).filter((l) => l.source === "survey");
}

/** The survey components that count for a unit of `group` (those that apply to it). */
export function unitSurveyLeaves(fw: Framework, group: string): CriterionNode[] {
  return surveyLeaves(fw).filter((l) => appliesTo(fw, l, group));
}

/** Points of the survey part for a unit of `group`: its components' own maxima. */
export function unitSurveyMax(fw: Framework, group: string): number {
  return sum(unitSurveyLeaves(fw, group).map((l) => nodeMax(l, group)));
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

/**
 * What a parent node inherits when its own row says nothing: it is a survey node only when every
 * leaf under it is scored by survey, and it asks for evidence when any child does.
 */
export function inheritedFlags(children: readonly CriterionNode[]): {
  source: CriterionNode["source"];
  evidenceRequired: boolean;
} {
  const ls = children.flatMap(leavesOf);
  return {
    source: ls.length > 0 && ls.every((l) => l.source === "survey") ? "survey" : "self",
    evidenceRequired: children.some((c) => c.evidenceRequired),
  };
}

/** A deep copy of the framework without `sourceRow` fields (for comparing and exporting). */
export function withoutSourceRows(fw: Framework): Framework {
  const strip = (n: CriterionNode): CriterionNode => {
    const { sourceRow: _row, children, ...rest } = n;
    const out: CriterionNode = { ...rest, children: children.map(strip) };
    if (n.scale) out.scale = { ...n.scale, ...(n.scale.values ? { values: [...n.scale.values] } : {}) };
    if (n.appliesTo) out.appliesTo = [...n.appliesTo];
    if (n.maxByGroup) out.maxByGroup = { ...n.maxByGroup };
    return out;
  };
  return { ...fw, groups: [...fw.groups], bands: fw.bands.map((b) => ({ ...b })), areas: fw.areas.map(strip) };
}

/** Counts that describe a framework at a glance (areas, criteria, sub-criteria, leaves, points). */
export interface FrameworkSummary {
  areas: number;
  /** Level-2 nodes (tiêu chí). */
  criteria: number;
  /** Nodes of level 3 and deeper (tiêu chí thành phần). */
  subCriteria: number;
  /** Scored leaves. */
  leaves: number;
  total: number;
  /** Points scored from surveys (SIPAS, điều tra xã hội học). */
  surveyMax: number;
  /** Points the unit scores itself (appraised by the office). */
  selfMax: number;
}

/** Summary counts and point totals of a framework. */
export function frameworkSummary(fw: Framework): FrameworkSummary {
  const nodes = allNodes(fw);
  const depth = (n: CriterionNode) => n.code.split(".").length;
  const total = frameworkTotal(fw);
  const survey = surveyMax(fw);
  return {
    areas: fw.areas.length,
    criteria: nodes.filter((n) => depth(n) === 2).length,
    subCriteria: nodes.filter((n) => depth(n) >= 3).length,
    leaves: leaves(fw).length,
    total,
    surveyMax: survey,
    selfMax: sum([total, -survey]),
  };
}
