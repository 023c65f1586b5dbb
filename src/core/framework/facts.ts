// What the framework readers (sheet and JSON) met while reading, as facts: where, and what was
// there. The readers only record them; the framework rules (src/core/rules/framework) turn them
// into findings, so every message of a framework rule is written in its own module.
import type { Framework } from "../types.js";
import type { FrameworkColumn, FrameworkLocation } from "./layout.js";

/** Metadata fields whose value the sheet reader checks (the others are free text). */
export type CheckedMetaKey = "year" | "sample" | "notApplicableRule" | "bonusMax" | "penaltyMax" | "surveyMissingRule";

/** What is wrong with a part of a framework JSON file (the json-invalid rule words each one). */
export type JsonProblem =
  | "not-json"
  | "not-object"
  | "string-missing"
  | "not-string"
  | "not-number"
  | "not-string-list"
  | "not-criterion"
  | "bad-code"
  | "not-list"
  | "bad-source"
  | "not-boolean"
  | "not-scale"
  | "not-number-list"
  | "areas-missing"
  | "no-area"
  | "bad-band"
  | "band-min-missing"
  | "not-band-list"
  | "bad-not-applicable-rule"
  | "bad-survey-missing-rule"
  | "not-group-maxima";

/** One thing a reader met that a rule reports. Cells are A1 addresses in the sheet read. */
export type FrameworkFact =
  /** No row within the first `scannedRows` has the code, title and max columns. */
  | { kind: "header-not-found"; cell: string; missing: FrameworkColumn[]; partial: boolean; scannedRows: number }
  /** A metadata value that does not mean what its field needs (a year, yes/no, a rule, a number). */
  | { kind: "meta-unreadable"; cell: string; field: CheckedMetaKey; text: string }
  /** One entry of the bands cell that is not "label: threshold". */
  | { kind: "band-unreadable"; cell: string; text: string }
  /** A titled row with a maximum but no code; `row` is the 1-based sheet row. */
  | { kind: "row-without-code"; cell: string; row: number; title: string }
  /** A row with a maximum whose code is not a code. */
  | { kind: "code-unreadable"; cell: string; text: string }
  /** A second row with a code already read; `firstRow` is the 1-based sheet row of the first. */
  | { kind: "code-repeated"; cell: string; code: string; text: string; firstRow: number; typedAsNumber: boolean }
  /** A scale cell that is neither a list of values nor a step (kept as text). */
  | { kind: "scale-unreadable"; cell: string; code: string; text: string }
  /** A "Cách tính điểm" cell that is none of the rules (kept as text, not used to compute). */
  | { kind: "rule-unreadable"; cell: string; code: string; text: string }
  /** A source or evidence cell that means none of its words. */
  | { kind: "value-unreadable"; cell: string; code: string; column: "source" | "evidence"; text: string }
  /** A per-group maximum cell ("Điểm tối đa (Xã)") that is not a number. */
  | { kind: "group-max-unreadable"; cell: string; code: string; group: string; text: string }
  /** A code whose parent code is not in the sheet (the row and its children are dropped). */
  | { kind: "parent-missing"; cell: string; code: string; parent: string }
  /** No row below the header has a usable code. */
  | { kind: "no-criteria"; cell: string }
  /** A maximum cell that is empty (`text` null) or not a number; a parent then takes its children's sum. */
  | { kind: "max-unreadable"; cell: string; code: string; text: string | null; isParent: boolean }
  /** A part of a JSON file that does not have the shape of a framework; `path` is its JSON path. */
  | { kind: "json-invalid"; path: string; problem: JsonProblem; detail?: string; actual?: string | number | null }
  /** A criterion's maximum in a JSON file that is not a number. */
  | { kind: "json-max-unreadable"; path: string; code: string; actual: string | number | null };

/** What a reader gives the framework rules: the framework, where its parts are, and what it met. */
export interface FrameworkRead {
  /** The framework read; null when nothing usable was (then only the facts are reported). */
  framework: Framework | null;
  location: FrameworkLocation;
  /** In reading order, which is the order they are reported in. */
  facts: FrameworkFact[];
  /** The JSON file (or "JSON") the framework came from: it has no cells, so messages name it first. */
  source?: string;
}
