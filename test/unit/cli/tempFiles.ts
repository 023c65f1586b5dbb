// Moved to test/helpers/files.ts (shared with the system tests); kept so imports of "./tempFiles" still work.
export * from "../../helpers/files";
