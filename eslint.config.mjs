import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bench-out/**", "sample/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: no Office.js, no DOM, no Node I/O (see ARCHITECTURE.md).
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process", "require"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "react", "exceljs", "../excel/*", "../cli/*", "../taskpane/*"] }],
    },
  },
  {
    // One public engine surface: outside src/core, the engine is imported only from src/core/index.ts.
    files: ["src/{excel,cli,taskpane,preview,commands}/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)core/(?!index(\\.js)?$)", message: "Import the engine from src/core/index.ts, its one public surface." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", "Excel", "Office"] },
  },
);
