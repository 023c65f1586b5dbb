// The catalogue is derived from the rule modules; every rule in it has a test file of its own here.
import * as fs from "node:fs";
import * as path from "node:path";
import { RULE_CATALOGUE } from "../../../../src/core/rules/catalogue";
import { SUBMISSION_RULES } from "../../../../src/core/rules/submission/index";

describe("the rule catalogue", () => {
  it("has unique kebab-case ids, titles and descriptions in both languages", () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULE_CATALOGUE) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.title.vi && r.title.en && r.description.vi && r.description.en).toBeTruthy();
    }
  });

  it("lists the submission rules reading rules first, then value rules, as they are reported", () => {
    expect(SUBMISSION_RULES.map((r) => r.meta.id)).toEqual([
      "header-missing",
      "unit-unknown",
      "group-unknown",
      "criterion-missing",
      "criterion-unknown",
      "criterion-duplicate",
      "code-ambiguous",
      "code-mismatch",
      "title-mismatch",
      "max-mismatch",
      "score-missing",
      "score-not-number",
      "score-negative",
      "score-over-max",
      "score-off-scale",
      "declared-invalid",
      "score-off-rule",
      "formula-error",
      "sum-mismatch",
      "sum-rounding",
      "evidence-missing",
      "survey-self-scored",
      "appraisal-above-self",
      "appraisal-adjusted",
      "appraisal-proposal",
      "not-applicable",
      "row-hidden",
    ]);
  });

  it("has a test file per rule, named after its id", () => {
    const missing = RULE_CATALOGUE.map((r) => `${r.id}.test.ts`).filter((f) => !fs.existsSync(path.join(__dirname, f)));
    expect(missing).toEqual([]);
  });
});
