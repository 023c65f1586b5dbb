import { appraisalAboveSelf, appraisalAdjusted } from "./appraisal.js";
import { evidenceMissing } from "./evidenceMissing.js";
import { formulaError } from "./formulaError.js";
import { maxMismatch } from "./maxMismatch.js";
import { notApplicable, rowHidden, surveySelfScored } from "./other.js";
import { Rule } from "./rule.js";
import { scoreMissing, scoreNegative, scoreNotNumber, scoreOffScale, scoreOverMax } from "./scoreValues.js";
import { sumMismatch } from "./sumMismatch.js";
import { titleMismatch } from "./titleMismatch.js";
import { Severity } from "../../types.js";

/** The value rules run on every parsed submission, in report order. */
export const RULES: Rule[] = [
  titleMismatch,
  maxMismatch,
  scoreMissing,
  scoreNotNumber,
  scoreNegative,
  scoreOverMax,
  scoreOffScale,
  formulaError,
  sumMismatch,
  evidenceMissing,
  surveySelfScored,
  appraisalAboveSelf,
  appraisalAdjusted,
  notApplicable,
  rowHidden,
];

/** Every rule id the validator can report (reading rules included), with severity and title: the catalogue. */
export const RULE_CATALOGUE: { id: string; severity: Severity; title: string; titleEn: string }[] = [
  { id: "header-missing", severity: "error", title: "Không có dòng tiêu đề bảng", titleEn: "No table header" },
  { id: "unit-unknown", severity: "warning", title: "Không xác định được đơn vị", titleEn: "Unit not found" },
  { id: "criterion-missing", severity: "error", title: "Thiếu tiêu chí", titleEn: "Criterion missing" },
  { id: "criterion-unknown", severity: "error", title: "Tiêu chí lạ", titleEn: "Unknown criterion" },
  { id: "criterion-duplicate", severity: "error", title: "Tiêu chí trùng", titleEn: "Duplicate criterion" },
  { id: "code-ambiguous", severity: "warning", title: "Mã tiêu chí dạng số bị mất chữ số", titleEn: "Numeric code lost digits" },
  { id: "code-mismatch", severity: "warning", title: "Mã tiêu chí không khớp nội dung", titleEn: "Code does not match title" },
  ...RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, titleEn: r.titleEn })),
  { id: "survey-over-max", severity: "warning", title: "Điểm điều tra XHH vượt tối đa", titleEn: "Survey points above the maximum" },
];
