import { surveyMax } from "../../framework/model.js";
import type { SurveyEntry } from "../../inputs/readers.js";
import type { FindingOf, Framework } from "../../types.js";
import { runRules } from "../rule.js";
import type { SurveyInput } from "./input.js";
import { surveyOverMax } from "./surveyOverMax.js";

/** The rules on survey tables, in report order. */
export const SURVEY_RULES = [surveyOverMax] as const;

/** A finding of one of these rules. */
export type SurveyFinding = FindingOf<(typeof SURVEY_RULES)[number]["meta"]["id"]>;

/** Runs the survey rules on the survey entries read for a framework. */
export function checkSurveys(surveys: SurveyEntry[], fw: Framework): SurveyFinding[] {
  const input: SurveyInput = { surveys, surveyMax: surveyMax(fw) };
  // Each finding names its own sheet (the survey table's); this is only the fallback.
  return runRules(SURVEY_RULES, input, { sheet: "" });
}
