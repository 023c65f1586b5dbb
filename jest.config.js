// "unit": everything that needs npm only (`npm test`).
// "system": suites that need LibreOffice, xmllint or a real browser (`npm run test:all` runs all).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testEnvironment: "node",
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"] },
    { ...common, displayName: "system", testMatch: ["<rootDir>/test/system/**/*.test.ts?(x)"] },
  ],
};
