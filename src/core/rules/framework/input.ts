import type { FrameworkFact, FrameworkRead } from "../../framework/facts.js";
import type { FrameworkColumn, FrameworkLocation, MetaKey } from "../../framework/layout.js";
import type { CriterionNode, Framework } from "../../types.js";
import { a1 } from "../../util/a1.js";
import type { Rule, Text } from "../rule.js";

/**
 * What the rules are shown in one run (runFrameworkRules): a fact a reader met, the framework as
 * read, or one of its leaves (rules that judge one leaf at a time, see FrameworkRule.perLeaf).
 */
export type FrameworkSubject =
  | { kind: "fact"; fact: FrameworkFact }
  | { kind: "framework"; framework: Framework }
  | { kind: "leaf"; leaf: CriterionNode };

/** What the framework rules check: the subject of this run, and the reader's whole record. */
export interface FrameworkInput {
  subject: FrameworkSubject;
  /** Where the framework's parts are in its sheet (no columns for JSON or a framework made in code). */
  location: FrameworkLocation;
  /** Everything the reader met, so a check does not repeat what a fact already reported. */
  facts: readonly FrameworkFact[];
  /** The JSON file (or "JSON") the framework came from: it has no cells, so messages name it first. */
  source?: string;
}

/** A framework rule. */
export interface FrameworkRule<Id extends string = string> extends Rule<Id, FrameworkInput> {
  /**
   * The rule judges leaves one at a time and is shown each leaf instead of the framework; rules
   * marked so that follow each other in the list are shown each leaf together, so their findings
   * come leaf by leaf (a scale is either invalid or above the maximum, reported in tree order).
   */
  perLeaf?: true;
}

/** Declares a framework rule (its check gets a FrameworkInput and `report`). */
export function defineFrameworkRule<const Id extends string>(rule: FrameworkRule<Id>): FrameworkRule<Id> {
  return rule;
}

/** Builds the input of one run from what a reader gave. */
export function frameworkInput(read: FrameworkRead, subject: FrameworkSubject): FrameworkInput {
  const input: FrameworkInput = { subject, location: read.location, facts: read.facts };
  if (read.source !== undefined) input.source = read.source;
  return input;
}

/** The fact shown in this run when it is of `kind`. */
export function factOf<K extends FrameworkFact["kind"]>(
  input: FrameworkInput,
  kind: K,
): Extract<FrameworkFact, { kind: K }> | undefined {
  const s = input.subject;
  return s.kind === "fact" && s.fact.kind === kind ? (s.fact as Extract<FrameworkFact, { kind: K }>) : undefined;
}

/** The framework, when this run shows it. */
export function frameworkOf(input: FrameworkInput): Framework | undefined {
  return input.subject.kind === "framework" ? input.subject.framework : undefined;
}

/** The leaf, when this run shows one. */
export function leafOf(input: FrameworkInput): CriterionNode | undefined {
  return input.subject.kind === "leaf" ? input.subject.leaf : undefined;
}

/** The codes that facts of `kind` name (e.g. maxima the reader already reported as unreadable). */
export function codesIn(facts: readonly FrameworkFact[], ...kinds: FrameworkFact["kind"][]): Set<string> {
  const out = new Set<string>();
  for (const f of facts) if (kinds.includes(f.kind) && "code" in f) out.add(f.code);
  return out;
}

/**
 * The cell of a node's column: its row (node.sourceRow) and the column where the sheet has it,
 * else the code column; "" for a node not read from a sheet.
 */
export function nodeCell(location: FrameworkLocation, n: CriterionNode, col: FrameworkColumn): string {
  if (n.sourceRow === undefined) return "";
  const c = location.columns[col] ?? location.columns.code ?? 0;
  return a1(n.sourceRow - 1, c);
}

/** The value cell of a metadata field; "" when the sheet has none. */
export function metaCell(location: FrameworkLocation, key: MetaKey): string {
  return location.meta?.[key] ?? "";
}

/** A message about the framework: from JSON, which has no cells, it starts with the file's name. */
export function message(input: FrameworkInput, vi: string, en: string): Text {
  return input.source === undefined ? { vi, en } : { vi: `${input.source}: ${vi}`, en: `${input.source}: ${en}` };
}

/** Calls `fn` for every node, parents before children, areas in order. */
export function eachNode(fw: Framework, fn: (n: CriterionNode, parent: CriterionNode | null) => void): void {
  const walk = (n: CriterionNode, parent: CriterionNode | null) => {
    fn(n, parent);
    for (const c of n.children) walk(c, n);
  };
  for (const a of fw.areas) walk(a, null);
}

/** A maximum the checks can compute with: a number, not negative. */
export function validMax(n: CriterionNode): boolean {
  return Number.isFinite(n.max) && n.max >= 0;
}

/** Tolerance of the sums: maxima are quarter or tenth points. */
export const EPS = 1e-9;
