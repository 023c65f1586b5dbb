// Which findings the check step shows, by severity and by rule.
import type { Finding, Severity } from "../../../src/core/index.js";
import {
  countByRule,
  countSeverity,
  defaultFilter,
  FindingFilter,
  groupByRule,
  passes,
  showEverything,
  toggleSeverity,
  visibleFindings,
} from "../../../src/taskpane/findingFilters.js";

const finding = (sheet: string, cell: string, severity: Severity, rule: Finding["rule"]): Finding => ({
  sheet,
  cell,
  severity,
  rule,
  message: `${rule} ở ${cell}`,
  messageEn: `${rule} at ${cell}`,
});

const HA = [
  finding("P. Hồng Hà", "E12", "error", "score-over-max"),
  finding("P. Hồng Hà", "F12", "warning", "evidence-missing"),
  finding("P. Hồng Hà", "E20", "error", "score-over-max"),
];
const DAN_CHU = [
  finding("X. Dân Chủ", "E9", "info", "appraisal-adjusted"),
  finding("X. Dân Chủ", "E30", "error", "sum-mismatch"),
];
const UNITS = [{ findings: HA }, { findings: DAN_CHU }];

test("everything is shown at first", () => {
  expect(visibleFindings(UNITS, showEverything())).toEqual([...HA, ...DAN_CHU]);
});

test("errors only, units in order", () => {
  const filter: FindingFilter = { severities: ["error"], rule: null };
  expect(visibleFindings(UNITS, filter).map((f) => `${f.sheet}!${f.cell}`)).toEqual([
    "P. Hồng Hà!E12",
    "P. Hồng Hà!E20",
    "X. Dân Chủ!E30",
  ]);
});

test("one rule, whatever its severity; a rule no unit broke shows nothing", () => {
  expect(visibleFindings(UNITS, { ...showEverything(), rule: "score-over-max" })).toEqual([HA[0], HA[2]]);
  expect(visibleFindings(UNITS, { ...showEverything(), rule: "code-mismatch" })).toEqual([]);
});

test("severity and rule together", () => {
  const filter: FindingFilter = { severities: ["warning", "info"], rule: "score-over-max" };
  expect(HA.some((f) => passes(f, filter))).toBe(false);
});

test("nothing ticked shows nothing", () => {
  expect(visibleFindings(UNITS, { severities: [], rule: null })).toEqual([]);
});

test("unticking and ticking a severity again keeps the order error, warning, note", () => {
  let filter = showEverything();
  filter = toggleSeverity(filter, "error");
  expect(filter.severities).toEqual(["warning", "info"]);
  filter = toggleSeverity(filter, "info");
  expect(filter.severities).toEqual(["warning"]);
  filter = toggleSeverity(filter, "error");
  expect(filter.severities).toEqual(["error", "warning"]);
  expect(toggleSeverity({ severities: [], rule: "sum-mismatch" }, "info")).toEqual({
    severities: ["info"],
    rule: "sum-mismatch",
  });
});

test("rules are counted in order of first appearance, severities one by one", () => {
  const all = [...HA, ...DAN_CHU];
  expect(countByRule(all)).toEqual([
    { rule: "score-over-max", count: 2 },
    { rule: "evidence-missing", count: 1 },
    { rule: "appraisal-adjusted", count: 1 },
    { rule: "sum-mismatch", count: 1 },
  ]);
  expect([countSeverity(all, "error"), countSeverity(all, "warning"), countSeverity(all, "info")]).toEqual([3, 1, 1]);
  expect(countByRule([])).toEqual([]);
});

test("by default errors and warnings are shown and notes are not", () => {
  expect(visibleFindings(UNITS, defaultFilter())).toEqual([HA[0], HA[1], HA[2], DAN_CHU[1]]);
  expect(visibleFindings(UNITS, toggleSeverity(defaultFilter(), "info"))).toEqual([...HA, ...DAN_CHU]);
});

test("findings grouped by rule keep the filter, in order of first appearance, with the units they concern", () => {
  const units = [
    { sheet: "P. Hồng Hà", findings: HA },
    { sheet: "X. Dân Chủ", findings: [...DAN_CHU, finding("X. Dân Chủ", "E40", "error", "score-over-max")] },
  ];
  const groups = groupByRule(units, defaultFilter());
  expect(groups.map((g) => [g.rule, g.findings.length, g.units])).toEqual([
    ["score-over-max", 3, 2],
    ["evidence-missing", 1, 1],
    ["sum-mismatch", 1, 1],
  ]);
  expect(groupByRule(units, { severities: ["info"], rule: null }).map((g) => g.rule)).toEqual(["appraisal-adjusted"]);
  expect(groupByRule(units, { ...defaultFilter(), rule: "sum-mismatch" }).map((g) => g.rule)).toEqual(["sum-mismatch"]);
});
