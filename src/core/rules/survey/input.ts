import type { SurveyEntry } from "../../inputs/readers.js";
import type { Rule } from "../rule.js";

/** What the survey rules check: every survey entry read from the inputs, and the framework's survey part. */
export interface SurveyInput {
  surveys: SurveyEntry[];
  /** Points of the framework's survey part (0 when it has none). */
  surveyMax: number;
}

/** Declares a survey rule (its check gets a SurveyInput and `report`). */
export function defineSurveyRule<const Id extends string>(rule: Rule<Id, SurveyInput>): Rule<Id, SurveyInput> {
  return rule;
}
