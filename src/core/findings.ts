// The engine's findings: a FindingOf whose rule is one of the catalogue's ids. Apart from types.ts
// because the RuleId union comes from the rule modules, which themselves import types.ts.
import type { RuleId } from "./rules/catalogue.js";
import type { FindingOf } from "./types.js";

/** A finding of one of the catalogue's rules: where (file, sheet, cell), what (vi, en), and values. */
export type Finding = FindingOf<RuleId>;
