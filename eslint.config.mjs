import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

// Import restrictions. Flat config does not merge one rule's options across blocks: for a file, the
// last matching block that sets no-restricted-imports wins. So every block that sets it lists all
// the restrictions for its files, built from these.
/** Outside src/core, the engine is imported only from src/core/index.ts. */
const ENGINE_SURFACE = {
  regex: "(^|/)core/(?!index(\\.js)?$)",
  message: "Import the engine from src/core/index.ts, its one public surface.",
};
/** The fake Excel (src/excel/fake) serves tests, the preview and the bench, never production code. */
const NO_FAKE = {
  regex: "(^|/)fake(/|(\\.js)?$)",
  message:
    "src/excel/fake is for tests, the preview (src/preview) and the bench only; production code must not import it.",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bench-out/**", "sample/**"] },
  js.configs.recommended,
  // typescript-eslint's type-checked recommended rules on TypeScript (the project service finds each
  // file's tsconfig.json); plain JavaScript gets the untyped set.
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ["**/*.{ts,tsx}"] })),
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ["**/*.{js,cjs,mjs}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests: jest's asymmetric matchers (expect.any, expect.objectContaining) and JSON.parse are typed
    // `any`, expect(obj.method) passes methods around, and test doubles implement async interfaces
    // without awaiting. The other type-checked rules hold in tests too.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/require-await": "off",
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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "react", "exceljs", "../excel/*", "../cli/*", "../taskpane/*"] },
            NO_FAKE,
          ],
        },
      ],
    },
  },
  {
    // One public engine surface: outside src/core, the engine is imported only from src/core/index.ts.
    files: ["src/{excel,cli,taskpane,preview,commands}/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [ENGINE_SURFACE] }],
    },
  },
  {
    // Production code never imports the fake Excel; the preview, the fake itself, the bench and the
    // tests may. Repeats ENGINE_SURFACE, which this block would otherwise replace for these files.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**", "src/preview/**", "src/excel/fake/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [ENGINE_SURFACE, NO_FAKE] }] },
  },
  {
    // The React hooks rules (the classic two and the React Compiler's) on the task pane and the preview.
    files: ["src/{taskpane,preview}/**/*.{ts,tsx}", "test/unit/taskpane/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: { ...reactHooks.configs.flat["recommended-latest"].rules, "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", "Excel", "Office"] },
  },
);
