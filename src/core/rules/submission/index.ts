// The rules on a unit's submission sheet, in report order (filled in as the rules move here).
export const SUBMISSION_RULES = [] as const;
