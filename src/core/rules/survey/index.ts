import { surveyLeaves, surveyMax } from "../../framework/model.js";
import type { SurveyEntry } from "../../inputs/readers.js";
import type { GatheredSurveys } from "../../inputs/surveyPoints.js";
import type { SurveyColumnUnknown } from "../../inputs/surveyTable.js";
import type { FindingOf, Framework } from "../../types.js";
import { runRules } from "../rule.js";
import type { SurveyInput } from "./input.js";
import { surveyColumnUnknown } from "./surveyColumnUnknown.js";
import { surveyMissing } from "./surveyMissing.js";
import { surveyOverMax } from "./surveyOverMax.js";
import { surveySheetDiffers } from "./surveySheetDiffers.js";

/** The rules on survey tables and each unit's survey points, in report order. */
export const SURVEY_RULES = [surveyColumnUnknown, surveyOverMax, surveySheetDiffers, surveyMissing] as const;

/** A finding of one of these rules. */
export type SurveyFinding = FindingOf<(typeof SURVEY_RULES)[number]["meta"]["id"]>;

/** Runs the survey rules on the survey entries read for a framework (and, when given, each unit's gathered points). */
export function checkSurveys(
  surveys: SurveyEntry[],
  fw: Framework,
  more: { unknownColumns?: SurveyColumnUnknown[]; gathered?: GatheredSurveys } = {},
): SurveyFinding[] {
  const input: SurveyInput = {
    surveys,
    surveyMax: surveyMax(fw),
    components: surveyLeaves(fw),
    unknownColumns: more.unknownColumns ?? [],
    units: more.gathered?.units ?? [],
    conflicts: more.gathered?.conflicts ?? [],
    missingRule: fw.surveyMissingRule ?? "none",
  };
  // Each finding names its own sheet (the survey table's or the unit's); this is only the fallback.
  return runRules(SURVEY_RULES, input, { sheet: "" });
}
