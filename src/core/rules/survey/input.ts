import type { SurveyEntry } from "../../inputs/readers.js";
import type { SurveyConflict, UnitSurvey } from "../../inputs/surveyPoints.js";
import type { SurveyColumnUnknown } from "../../inputs/surveyTable.js";
import type { CriterionNode, SurveyMissingRule } from "../../types.js";
import type { Rule } from "../rule.js";

/** What the survey rules check: the survey entries read, the framework's survey part, and each unit's survey points. */
export interface SurveyInput {
  surveys: SurveyEntry[];
  /** Points of the framework's survey part (0 when it has none). */
  surveyMax: number;
  /** The framework's survey components (its survey-scored leaves). */
  components?: CriterionNode[];
  /** Survey table headers that name no component. */
  unknownColumns?: SurveyColumnUnknown[];
  /** Each unit's survey points as gathered. */
  units?: UnitSurvey[];
  /** Where a survey table and a unit's sheet disagree. */
  conflicts?: SurveyConflict[];
  /** What a unit without survey points is scored on. */
  missingRule?: SurveyMissingRule;
}

/** Declares a survey rule (its check gets a SurveyInput and `report`). */
export function defineSurveyRule<const Id extends string>(rule: Rule<Id, SurveyInput>): Rule<Id, SurveyInput> {
  return rule;
}
