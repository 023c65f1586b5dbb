// What a rule is, as ESLint writes one: a module with its `meta` (stable id, severity, titles, a
// one-line description) and a `check` that reports through a context. The context fills in the
// rule id, the severity, the sheet and the file, so a rule only says where and what.
import type { FindingOf, Severity } from "../types.js";

/** A user-facing text in Vietnamese (first) and English. */
export interface Text {
  vi: string;
  en: string;
}

/** What a rule is: shown in the catalogue, the task pane and the README. */
export interface RuleMeta<Id extends string = string> {
  /** Stable id, kebab-case: "score-over-max". Framework-sheet rules start with "framework-". */
  id: Id;
  severity: Severity;
  title: Text;
  /** One line: when the rule reports. */
  description: Text;
}

/** The optional parts of a report: the criterion, the values, and another sheet than the context's. */
export interface ReportDetails {
  code?: string;
  expected?: string | number | null;
  actual?: string | number | null;
  /** The sheet (and file) of this report, when it is not the one the rule runs on (e.g. a survey table). */
  at?: { sheet: string; file?: string };
  /** This report's severity, when it is not the rule's (framework-band-invalid: no bands at all is a warning). */
  severity?: Severity;
}

/** Reports one finding at a cell (A1, no sheet prefix; "" when the place is unknown). */
export type Report = (cell: string, message: Text, details?: ReportDetails) => void;

/** What a rule's check gets: its input (the family's context) and `report`. */
export type RuleContext<Input> = Input & { report: Report };

/** A rule of a family whose checks take `Input`. */
export interface Rule<Id extends string = string, Input = unknown> {
  meta: RuleMeta<Id>;
  check(ctx: RuleContext<Input>): void;
}

/** Declares a rule; the id's literal type is kept so the catalogue can derive the RuleId union. */
export function defineRule<const Id extends string, Input>(rule: Rule<Id, Input>): Rule<Id, Input> {
  return rule;
}

/** Where findings of a run are: the sheet (and file) the rules run on. */
export interface Where {
  sheet: string;
  file?: string;
}

/** The one finding builder: a report of `meta`'s rule at `where`. */
export function makeFinding<Id extends string>(
  meta: RuleMeta<Id>,
  where: Where,
  cell: string,
  message: Text,
  details: ReportDetails = {},
): FindingOf<Id> {
  const at = details.at ?? where;
  const f: FindingOf<Id> = {
    rule: meta.id,
    severity: details.severity ?? meta.severity,
    sheet: at.sheet,
    cell,
    message: message.vi,
    messageEn: message.en,
  };
  if (at.file !== undefined) f.file = at.file;
  if (details.code !== undefined) f.code = details.code;
  if (details.expected !== undefined) f.expected = details.expected;
  if (details.actual !== undefined) f.actual = details.actual;
  return f;
}

/** Runs rules on one input, in order, and returns what they reported. */
export function runRules<Id extends string, Input extends object>(
  rules: readonly Rule<Id, Input>[],
  input: Input,
  where: Where,
): FindingOf<Id>[] {
  const out: FindingOf<Id>[] = [];
  for (const rule of rules) {
    const report: Report = (cell, message, details) => out.push(makeFinding(rule.meta, where, cell, message, details));
    rule.check({ ...input, report });
  }
  return out;
}
