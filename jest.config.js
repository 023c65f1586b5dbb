// "unit": everything that needs npm only (`npm test`).
// "system": suites that need LibreOffice, xmllint or a real browser (`npm run test:all` runs all).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
// testTimeout: jest's default of 5 s is for an idle machine; on a 2-core machine shared with other
// work, a React render test or an ExcelJS round trip can take longer than that and fail for no fault
// of its own. Tests that start a process set their own, longer timeouts (test/helpers/processes.ts).
const common = {
  testTimeout: 30_000,
  transform: { "^.+\\.tsx?$": tsJest },
  // startEngineWorker.mts is webpack-only (import.meta): tests get a stand-in that cannot start a worker.
  moduleNameMapper: {
    "^.*/startEngineWorker\\.mjs$": "<rootDir>/test/helpers/noEngineWorker.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  testEnvironment: "node",
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"] },
    { ...common, displayName: "system", testMatch: ["<rootDir>/test/system/**/*.test.ts?(x)"] },
  ],
};
