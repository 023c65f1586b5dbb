// The one fixtures module for tests: builders for frameworks, unit sheets and workbooks, so a test
// reads like the situation it checks. Everything here is pure engine and cheap to load; helpers that
// touch files or start processes live beside it (files.ts, processes.ts, libreoffice.ts), so the
// many engine tests importing this module do not load ExcelJS or child_process.
export * from "./miniFramework";
export * from "./sheets";
export * from "./planSnapshot";
export * from "./recalc";
export * from "./samples";
