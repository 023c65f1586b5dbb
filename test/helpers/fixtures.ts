// The one fixtures module for tests: builders for frameworks, unit sheets and workbooks, so a test
// reads like the situation it checks.
export * from "./miniFramework";
export * from "./sheets";
export * from "./planSnapshot";
export * from "./recalc";
