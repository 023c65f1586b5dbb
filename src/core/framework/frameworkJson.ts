// Frameworks as JSON files (for the command line and for keeping a province's set beside the
// workbooks). Reading validates the shape and records each problem with its JSON path as a fact;
// the framework rules report them and check the framework read. Never throws.
import { runFrameworkRules } from "../rules/framework/index.js";
import { Band, CriterionNode, Framework, ScoringScale } from "../types.js";
import type { Finding } from "../findings.js";
import { normalizeCode } from "../util/codes.js";
import { parseLocaleNumber } from "../util/numbers.js";
import type { FrameworkFact, FrameworkRead, JsonProblem } from "./facts.js";
import { withoutSourceRows } from "./model.js";
import { parseScoreRule } from "./scoreRule.js";

/** The framework as indented JSON, without sheet row numbers. */
export function frameworkToJson(fw: Framework): string {
  return JSON.stringify(withoutSourceRows(fw), null, 2) + "\n";
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a framework from JSON text: the shape is validated (findings with rule
 * `framework-json-invalid` naming the JSON path) and the framework rules check what was read.
 * The framework is null when the text is not JSON or has no usable areas.
 */
export function parseFrameworkJson(text: string, file?: string): { framework: Framework | null; findings: Finding[] } {
  const read = readFrameworkJsonFacts(text, file);
  return { framework: read.framework, findings: runFrameworkRules(read, { sheet: "", file }) };
}

/** Reads a framework from JSON text into the framework and every problem met (unreported). */
export function readFrameworkJsonFacts(text: string, file?: string): FrameworkRead {
  const facts: FrameworkFact[] = [];
  // JSON has no cells: findings name the file (or "JSON") in their message instead.
  const source = file ?? "JSON";
  const bad = (path: string, problem: JsonProblem, actual?: string | number | null, detail?: string) => {
    const fact: FrameworkFact = { kind: "json-invalid", path, problem };
    if (detail !== undefined) fact.detail = detail;
    if (actual !== undefined) fact.actual = actual;
    facts.push(fact);
  };
  const done = (framework: Framework | null): FrameworkRead => ({
    framework,
    location: { columns: {} },
    facts,
    source,
  });
  const shown = (v: Json): string | number | null =>
    v === undefined ? null : typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v).slice(0, 80);

  let root: Json;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    bad("$", "not-json", undefined, (e as Error).message);
    return done(null);
  }
  if (!isObj(root)) {
    bad("$", "not-object", shown(root));
    return done(null);
  }

  const str = (path: string, v: Json, required: boolean): string | undefined => {
    if (typeof v === "string") return v;
    if (v === undefined || v === null) {
      if (required) bad(path, "string-missing");
      return undefined;
    }
    bad(path, "not-string", shown(v));
    return undefined;
  };
  const num = (path: string, v: Json): number | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string") {
      const n = parseLocaleNumber(v.trim());
      if (n !== null) return n;
    }
    bad(path, "not-number", shown(v));
    return undefined;
  };
  const strList = (path: string, v: Json): string[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
    bad(path, "not-string-list", shown(v));
    return undefined;
  };

  const node = (path: string, v: Json): CriterionNode | null => {
    if (!isObj(v)) {
      bad(path, "not-criterion", shown(v));
      return null;
    }
    const code = typeof v.code === "string" || typeof v.code === "number" ? normalizeCode(v.code) : null;
    if (code === null) {
      bad(`${path}.code`, "bad-code", shown(v.code));
      return null;
    }
    const childrenJson = v.children === undefined || v.children === null ? [] : v.children;
    let children: CriterionNode[] = [];
    if (!Array.isArray(childrenJson)) bad(`${path}.children`, "not-list", shown(childrenJson));
    else
      children = childrenJson
        .map((c, i) => node(`${path}.children[${i}]`, c))
        .filter((c): c is CriterionNode => c !== null);
    // A maximum that is not a number stays NaN (the framework-max-invalid rule reports it once).
    let max = NaN;
    if (typeof v.max === "number" && Number.isFinite(v.max)) max = v.max;
    else if (typeof v.max === "string" && parseLocaleNumber(v.max.trim()) !== null)
      max = parseLocaleNumber(v.max.trim()) as number;
    else facts.push({ kind: "json-max-unreadable", path: `${path}.max`, code, actual: shown(v.max) });
    let source: CriterionNode["source"] = "self";
    if (v.source === "survey" || v.source === "self") source = v.source;
    else if (v.source !== undefined) bad(`${path}.source`, "bad-source", shown(v.source));
    let evidenceRequired = source === "self";
    if (typeof v.evidenceRequired === "boolean") evidenceRequired = v.evidenceRequired;
    else if (v.evidenceRequired !== undefined)
      bad(`${path}.evidenceRequired`, "not-boolean", shown(v.evidenceRequired));
    const out: CriterionNode = {
      code,
      title: str(`${path}.title`, v.title, true) ?? "",
      max,
      children,
      source,
      evidenceRequired,
    };
    if (v.scale !== undefined && v.scale !== null) {
      if (!isObj(v.scale)) bad(`${path}.scale`, "not-scale", shown(v.scale));
      else {
        const scale: ScoringScale = {};
        if (v.scale.values !== undefined) {
          if (Array.isArray(v.scale.values) && v.scale.values.every((x) => typeof x === "number" && Number.isFinite(x)))
            scale.values = v.scale.values as number[];
          else bad(`${path}.scale.values`, "not-number-list", shown(v.scale.values));
        }
        const step = num(`${path}.scale.step`, v.scale.step);
        if (step !== undefined) scale.step = step;
        const t = str(`${path}.scale.text`, v.scale.text, false);
        if (t !== undefined) scale.text = t;
        if (Object.keys(scale).length > 0) out.scale = scale;
      }
    }
    const applies = strList(`${path}.appliesTo`, v.appliesTo);
    if (applies && applies.length > 0) out.appliesTo = applies;
    // "Cách tính điểm": the rule's text, as on the sheet; one that is no rule is reported at its path.
    const rule = str(`${path}.ruleText`, v.ruleText, false);
    if (rule !== undefined && rule.trim() !== "") {
      if (parseScoreRule(rule)) out.ruleText = rule;
      else facts.push({ kind: "rule-unreadable", cell: `${path}.ruleText`, code, text: rule });
    }
    if (v.maxByGroup !== undefined && v.maxByGroup !== null) {
      if (!isObj(v.maxByGroup)) bad(`${path}.maxByGroup`, "not-group-maxima", shown(v.maxByGroup));
      else {
        const table: Record<string, number> = {};
        for (const [g, x] of Object.entries(v.maxByGroup)) {
          const n = num(`${path}.maxByGroup.${g}`, x);
          if (n !== undefined) table[g] = n;
        }
        if (Object.keys(table).length > 0) out.maxByGroup = table;
      }
    }
    return out;
  };

  if (!Array.isArray(root.areas)) {
    bad("$.areas", "areas-missing", shown(root.areas));
    return done(null);
  }
  const areas = root.areas.map((a, i) => node(`$.areas[${i}]`, a)).filter((a): a is CriterionNode => a !== null);
  if (areas.length === 0) {
    bad("$.areas", "no-area");
    return done(null);
  }

  const bands: Band[] = [];
  if (Array.isArray(root.bands)) {
    root.bands.forEach((b, i) => {
      const p = `$.bands[${i}]`;
      if (!isObj(b) || typeof b.label !== "string") {
        bad(p, "bad-band", shown(b));
        return;
      }
      const min = num(`${p}.min`, b.min);
      if (min === undefined) {
        if (b.min === undefined || b.min === null) bad(`${p}.min`, "band-min-missing");
        return;
      }
      const band: Band = { label: b.label, min };
      if (typeof b.labelEn === "string") band.labelEn = b.labelEn;
      bands.push(band);
    });
  } else if (root.bands !== undefined) bad("$.bands", "not-band-list", shown(root.bands));

  let notApplicableRule: Framework["notApplicableRule"] = "rescale";
  if (root.notApplicableRule === "rescale" || root.notApplicableRule === "award-max")
    notApplicableRule = root.notApplicableRule;
  else if (root.notApplicableRule !== undefined)
    bad("$.notApplicableRule", "bad-not-applicable-rule", shown(root.notApplicableRule));

  let surveyMissingRule: Framework["surveyMissingRule"];
  if (root.surveyMissingRule === "rescale" || root.surveyMissingRule === "none")
    surveyMissingRule = root.surveyMissingRule;
  else if (root.surveyMissingRule !== undefined && root.surveyMissingRule !== null)
    bad("$.surveyMissingRule", "bad-survey-missing-rule", shown(root.surveyMissingRule));

  const name = str("$.name", root.name, true) ?? "";
  const fw: Framework = {
    id: str("$.id", root.id, true) ?? "",
    name,
    legalBasis: str("$.legalBasis", root.legalBasis, false) ?? "",
    level: str("$.level", root.level, false) ?? "",
    sample: root.sample === true,
    notApplicableRule,
    groups: strList("$.groups", root.groups) ?? [],
    bands,
    areas,
  };
  if (root.sample !== undefined && typeof root.sample !== "boolean") bad("$.sample", "not-boolean", shown(root.sample));
  const year = num("$.year", root.year);
  if (year !== undefined) fw.year = year;
  const issuingBody = str("$.issuingBody", root.issuingBody, false);
  if (issuingBody !== undefined) fw.issuingBody = issuingBody;
  const bonusMax = num("$.bonusMax", root.bonusMax);
  if (bonusMax !== undefined) fw.bonusMax = bonusMax;
  const penaltyMax = num("$.penaltyMax", root.penaltyMax);
  if (penaltyMax !== undefined) fw.penaltyMax = penaltyMax;
  // Keywords by group: {"Phòng có chức năng giải quyết TTHC": ["Tư pháp", …]}.
  if (isObj(root.groupKeywords)) {
    const kw: Record<string, string[]> = {};
    for (const [g, list] of Object.entries(root.groupKeywords)) {
      const l = strList(`$.groupKeywords[${JSON.stringify(g)}]`, list);
      if (l?.length) kw[g] = l;
    }
    if (Object.keys(kw).length) fw.groupKeywords = kw;
  } else if (root.groupKeywords !== undefined) bad("$.groupKeywords", "not-object", shown(root.groupKeywords));
  if (surveyMissingRule !== undefined) fw.surveyMissingRule = surveyMissingRule;

  return done(fw);
}
