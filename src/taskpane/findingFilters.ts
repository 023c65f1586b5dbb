// Which findings the check step shows: by severity (error, warning, note) and by rule.
import type { Finding, Severity } from "../core/index.js";

/** Every severity, in the order the pane lists them. */
export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The findings staff want to see. */
export interface FindingFilter {
  severities: Severity[];
  /** Rule id, or null for every rule. */
  rule: string | null;
}

/** What staff act on first: errors and warnings; notes are behind the "Lưu ý" filter. */
export function defaultFilter(): FindingFilter {
  return { severities: ["error", "warning"], rule: null };
}

/** The filter that shows every finding. */
export function showEverything(): FindingFilter {
  return { severities: [...ALL_SEVERITIES], rule: null };
}

/** Whether the filter shows the finding. */
export function passes(f: Finding, filter: FindingFilter): boolean {
  return filter.severities.includes(f.severity) && (filter.rule === null || f.rule === filter.rule);
}

/** Findings of the checked units that pass the filter, units in order. */
export function visibleFindings(units: readonly { findings: readonly Finding[] }[], filter: FindingFilter): Finding[] {
  return units.flatMap((u) => u.findings.filter((f) => passes(f, filter)));
}

/** The filter with one severity shown or hidden; severities stay in the pane's order. */
export function toggleSeverity(filter: FindingFilter, severity: Severity): FindingFilter {
  const shown = filter.severities.includes(severity);
  const severities = shown
    ? filter.severities.filter((s) => s !== severity)
    : ALL_SEVERITIES.filter((s) => s === severity || filter.severities.includes(s));
  return { ...filter, severities };
}

/** How many findings each rule reported, rules in order of first appearance. */
export function countByRule(findings: readonly Finding[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => ({ rule, count }));
}

/** How many findings have the severity. */
export function countSeverity(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** The findings that pass the filter, grouped by rule (rules in order of first appearance), with how many units each concerns. */
export function groupByRule(
  units: readonly { sheet: string; findings: readonly Finding[] }[],
  filter: FindingFilter,
): { rule: string; findings: Finding[]; units: number }[] {
  const groups = new Map<string, { findings: Finding[]; sheets: Set<string> }>();
  for (const u of units)
    for (const f of u.findings) {
      if (!passes(f, filter)) continue;
      const g = groups.get(f.rule) ?? { findings: [], sheets: new Set<string>() };
      g.findings.push(f);
      g.sheets.add(u.sheet);
      groups.set(f.rule, g);
    }
  return [...groups].map(([rule, g]) => ({ rule, findings: g.findings, units: g.sheets.size }));
}
