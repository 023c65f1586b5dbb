// Survey points typed in the pane component by component (SIPAS, the leaders' survey, …): kept as
// typed, checked field by field (not a number, above the component's maximum for the unit's group),
// and given to the engine as each unit's `surveyParts`. Also which units have no survey points in
// the workbook (`survey-missing`), shown before scoring so staff can type them.
import { gatherInputs, nodeMax, parseLocaleNumber, unitSurveyLeaves } from "../core/index.js";
import type {
  CriterionNode,
  Finding,
  Framework,
  UnitInputs,
  WorkbookSnapshot,
  WorkbookValidation,
} from "../core/index.js";
import { PaneProblem } from "./errors.js";
import { Message, msg } from "./i18n.js";
import type { Settings } from "./settings.js";

/** A unit as the pane lists it: its sheet, name and ranking group (blank: the common maxima). */
export interface SurveyUnit {
  sheet: string;
  unit: string;
  group?: string;
}

/** The survey components a unit types points for, with the unit's own maximum of each. */
export function surveyComponentsOf(fw: Framework, group: string): { leaf: CriterionNode; max: number }[] {
  return unitSurveyLeaves(fw, group).map((leaf) => ({ leaf, max: nodeMax(leaf, group) }));
}

/** What is wrong with one typed field, or null when it is blank or a number from 0 to `max`. */
export function surveyPartProblem(text: string, max: number): Message | null {
  const t = text.trim();
  if (!t) return null;
  const n = parseLocaleNumber(t);
  if (n === null || n < 0) return msg("surveyPartNotNumber", { value: t });
  if (n > max + 1e-9) return msg("surveyPartOverMax", { max });
  return null;
}

/** The settings with one unit's points for one component retyped. */
export function withSurveyPart(settings: Settings, sheet: string, code: string, text: string): Settings {
  const parts = { ...settings.surveyParts, [sheet]: { ...settings.surveyParts[sheet], [code]: text } };
  return { ...settings, surveyParts: parts };
}

/**
 * The typed points by component of the listed units, as numbers ("2,75" or "2.75"), blanks left
 * out. A field that is not a number or is above its maximum stops the action with a message naming
 * the unit and the component; so does a unit with both a typed total and typed components.
 */
export function parseSurveyParts(
  settings: Pick<Settings, "surveyParts" | "inputs">,
  units: readonly SurveyUnit[],
  fw: Framework,
): Record<string, NonNullable<UnitInputs["surveyParts"]>> {
  const out: Record<string, NonNullable<UnitInputs["surveyParts"]>> = {};
  for (const u of units) {
    const typed = settings.surveyParts[u.sheet];
    if (!typed) continue;
    const parts: Record<string, number> = {};
    for (const { leaf, max } of surveyComponentsOf(fw, u.group ?? "")) {
      const t = (typed[leaf.code] ?? "").trim();
      if (!t) continue;
      const problem = surveyPartProblem(t, max);
      if (problem)
        throw new PaneProblem(
          msg("surveyPartInvalid", {
            unit: u.unit,
            code: leaf.code,
            value: t,
            ...(problem.key === "surveyPartOverMax" ? { max } : {}),
          }),
        );
      parts[leaf.code] = parseLocaleNumber(t)!;
    }
    if (Object.keys(parts).length === 0) continue;
    if ((settings.inputs[u.sheet]?.survey ?? "").trim())
      throw new PaneProblem(msg("surveyPartsAndTotal", { unit: u.unit }));
    out[u.sheet] = parts;
  }
  return out;
}

/** True when staff typed survey points for the unit in the pane (a total or any component). */
export function surveyTyped(settings: Pick<Settings, "surveyParts" | "inputs">, sheet: string): boolean {
  if ((settings.inputs[sheet]?.survey ?? "").trim()) return true;
  return Object.values(settings.surveyParts[sheet] ?? {}).some((t) => t.trim() !== "");
}

/**
 * The `survey-missing` warnings of the workbook as it is (survey tables, the units' own sheets, an
 * earlier summary), before anything is typed in the pane: the units whose survey part would count 0.
 */
export function missingSurveys(snapshot: WorkbookSnapshot, v: WorkbookValidation, fw: Framework): Finding[] {
  if (v.sheets.length === 0) return [];
  return gatherInputs(snapshot, v, { framework: fw }).findings.filter((f) => f.rule === "survey-missing");
}
