// The rules on a criteria set (framework sheet, JSON file, built-in sample), in report order
// (filled in as the rules move here).
export const FRAMEWORK_RULES = [] as const;
