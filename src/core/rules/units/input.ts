import type { Rule } from "../rule.js";

/** Where a unit was read: its name, file, sheet(s) and the cell that named it. */
export interface UnitPlace {
  unit: string;
  file?: string;
  /** Its sheet (the first one when the unit was joined from several). */
  sheet: string;
  /** Every sheet read as this unit (one, or the tabs joined). */
  sheets: string[];
  /** The cell that named the unit (A1 when the sheet's name stands for it). */
  cell: string;
  /** The place is a unit sheet kept inside a result workbook of ours (our marked sheets are in its file). */
  inResultWorkbook: boolean;
}

/** What the unit rules check: every unit read in the run, in input order. */
export interface UnitsInput {
  places: UnitPlace[];
}

/** Declares a rule on the units of a run (its check gets UnitsInput and `report`). */
export function defineUnitsRule<const Id extends string>(rule: Rule<Id, UnitsInput>): Rule<Id, UnitsInput> {
  return rule;
}
