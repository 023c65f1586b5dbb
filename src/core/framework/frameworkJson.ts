// Frameworks as JSON files (for the command line and for keeping a province's set beside the
// workbooks). Reading validates the shape and reports each problem with its JSON path; never throws.
import { Band, CriterionNode, Finding, Framework, ScoringScale } from "../types.js";
import { normalizeCode } from "../util/codes.js";
import { parseLocaleNumber } from "../util/numbers.js";
import { checkFramework } from "./checkFramework.js";
import { withoutSourceRows } from "./model.js";

/** The framework as indented JSON, without sheet row numbers. */
export function frameworkToJson(fw: Framework): string {
  return JSON.stringify(withoutSourceRows(fw), null, 2) + "\n";
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a framework from JSON text: the shape is validated (findings with rule
 * `framework-json-invalid` naming the JSON path) and checkFramework's findings are added.
 * The framework is null when the text is not JSON or has no usable areas.
 */
export function parseFrameworkJson(text: string, file?: string): { framework: Framework | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const where = file ?? "JSON";
  const bad = (path: string, vi: string, en: string, actual?: string | number | null) => {
    const f: Finding = {
      rule: "framework-json-invalid",
      severity: "error",
      sheet: "",
      cell: "",
      message: `${where}, ${path}: ${vi}`,
      messageEn: `${where}, ${path}: ${en}`,
    };
    if (actual !== undefined) f.actual = actual;
    findings.push(f);
  };
  const done = (framework: Framework | null) => {
    if (file !== undefined) for (const f of findings) f.file = file;
    return { framework, findings };
  };
  const shown = (v: Json): string | number | null =>
    v === undefined ? null : typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v).slice(0, 80);

  let root: Json;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    bad("$", `không phải JSON hợp lệ (${(e as Error).message}).`, `not valid JSON (${(e as Error).message}).`);
    return done(null);
  }
  if (!isObj(root)) {
    bad("$", "cần một đối tượng JSON mô tả bộ tiêu chí.", "expected a JSON object describing a framework.", shown(root));
    return done(null);
  }

  const str = (path: string, v: Json, required: boolean): string | undefined => {
    if (typeof v === "string") return v;
    if (v === undefined || v === null) {
      if (required) bad(path, "thiếu (cần chuỗi ký tự).", "missing (expected a string).");
      return undefined;
    }
    bad(path, "cần chuỗi ký tự.", "expected a string.", shown(v));
    return undefined;
  };
  const num = (path: string, v: Json): number | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string") {
      const n = parseLocaleNumber(v.trim());
      if (n !== null) return n;
    }
    bad(path, "cần một số.", "expected a number.", shown(v));
    return undefined;
  };
  const strList = (path: string, v: Json): string[] | undefined => {
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
    bad(path, "cần danh sách chuỗi ký tự.", "expected a list of strings.", shown(v));
    return undefined;
  };

  const node = (path: string, v: Json): CriterionNode | null => {
    if (!isObj(v)) {
      bad(path, "cần một đối tượng tiêu chí.", "expected a criterion object.", shown(v));
      return null;
    }
    const code = typeof v.code === "string" || typeof v.code === "number" ? normalizeCode(v.code) : null;
    if (code === null) {
      bad(`${path}.code`, "mã không hợp lệ (cần dạng 1, 1.1, 1.1.1).", "invalid code (expected 1, 1.1, 1.1.1).", shown(v.code));
      return null;
    }
    const childrenJson = v.children === undefined || v.children === null ? [] : v.children;
    let children: CriterionNode[] = [];
    if (!Array.isArray(childrenJson)) bad(`${path}.children`, "cần danh sách.", "expected a list.", shown(childrenJson));
    else children = childrenJson.map((c, i) => node(`${path}.children[${i}]`, c)).filter((c): c is CriterionNode => c !== null);
    // A maximum that is not a number stays NaN: checkFramework reports it as framework-max-invalid.
    let max = NaN;
    if (typeof v.max === "number" && Number.isFinite(v.max)) max = v.max;
    else if (typeof v.max === "string" && parseLocaleNumber(v.max.trim()) !== null) max = parseLocaleNumber(v.max.trim()) as number;
    else
      findings.push({
        rule: "framework-max-invalid",
        severity: "error",
        sheet: "",
        cell: "",
        code,
        message: `${where}, ${path}.max: điểm tối đa của mã ${code} không phải là số.`,
        messageEn: `${where}, ${path}.max: the maximum of code ${code} is not a number.`,
        actual: shown(v.max),
      });
    let source: CriterionNode["source"] = "self";
    if (v.source === "survey" || v.source === "self") source = v.source;
    else if (v.source !== undefined) bad(`${path}.source`, "cần “self” hoặc “survey”.", "expected “self” or “survey”.", shown(v.source));
    let evidenceRequired = source === "self";
    if (typeof v.evidenceRequired === "boolean") evidenceRequired = v.evidenceRequired;
    else if (v.evidenceRequired !== undefined) bad(`${path}.evidenceRequired`, "cần true hoặc false.", "expected true or false.", shown(v.evidenceRequired));
    const out: CriterionNode = { code, title: str(`${path}.title`, v.title, true) ?? "", max, children, source, evidenceRequired };
    if (v.scale !== undefined && v.scale !== null) {
      if (!isObj(v.scale)) bad(`${path}.scale`, "cần một đối tượng thang điểm.", "expected a scale object.", shown(v.scale));
      else {
        const scale: ScoringScale = {};
        if (v.scale.values !== undefined) {
          if (Array.isArray(v.scale.values) && v.scale.values.every((x) => typeof x === "number" && Number.isFinite(x))) scale.values = v.scale.values as number[];
          else bad(`${path}.scale.values`, "cần danh sách số.", "expected a list of numbers.", shown(v.scale.values));
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
    return out;
  };

  if (!Array.isArray(root.areas)) {
    bad("$.areas", "thiếu danh sách lĩnh vực (areas).", "the list of areas is missing.", shown(root.areas));
    return done(null);
  }
  const areas = root.areas.map((a, i) => node(`$.areas[${i}]`, a)).filter((a): a is CriterionNode => a !== null);
  if (areas.length === 0) {
    bad("$.areas", "không có lĩnh vực nào đọc được.", "no readable area.");
    return done(null);
  }

  const bands: Band[] = [];
  if (Array.isArray(root.bands)) {
    root.bands.forEach((b, i) => {
      const p = `$.bands[${i}]`;
      if (!isObj(b) || typeof b.label !== "string") {
        bad(p, "cần {label, min}.", "expected {label, min}.", shown(b));
        return;
      }
      const min = num(`${p}.min`, b.min);
      if (min === undefined) {
        if (b.min === undefined || b.min === null) bad(`${p}.min`, "thiếu ngưỡng xếp loại.", "the threshold is missing.");
        return;
      }
      const band: Band = { label: b.label, min };
      if (typeof b.labelEn === "string") band.labelEn = b.labelEn;
      bands.push(band);
    });
  } else if (root.bands !== undefined) bad("$.bands", "cần danh sách mức xếp loại.", "expected a list of bands.", shown(root.bands));

  let notApplicableRule: Framework["notApplicableRule"] = "rescale";
  if (root.notApplicableRule === "rescale" || root.notApplicableRule === "award-max") notApplicableRule = root.notApplicableRule;
  else if (root.notApplicableRule !== undefined)
    bad("$.notApplicableRule", "cần “rescale” hoặc “award-max”.", "expected “rescale” or “award-max”.", shown(root.notApplicableRule));

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
  if (root.sample !== undefined && typeof root.sample !== "boolean") bad("$.sample", "cần true hoặc false.", "expected true or false.", shown(root.sample));
  const year = num("$.year", root.year);
  if (year !== undefined) fw.year = year;
  const issuingBody = str("$.issuingBody", root.issuingBody, false);
  if (issuingBody !== undefined) fw.issuingBody = issuingBody;
  const bonusMax = num("$.bonusMax", root.bonusMax);
  if (bonusMax !== undefined) fw.bonusMax = bonusMax;
  const penaltyMax = num("$.penaltyMax", root.penaltyMax);
  if (penaltyMax !== undefined) fw.penaltyMax = penaltyMax;

  const seen = new Set(findings.filter((f) => f.rule === "framework-max-invalid").map((f) => f.code));
  for (const f of checkFramework(fw, "", { columns: {} })) {
    if (f.rule === "framework-max-invalid" && f.code !== undefined && seen.has(f.code)) continue;
    findings.push({ ...f, message: `${where}: ${f.message}`, messageEn: `${where}: ${f.messageEn}` });
  }
  return done(fw);
}
