import { appliesTo, classify, leaves, leavesOf, nodeMax, unitSurveyLeaves, unitSurveyMax } from "../framework/model.js";
import { countedScore, CountedRule, num } from "../submission/counted.js";
import { ValidatedSheet } from "../submission/validate.js";
import { Framework } from "../types.js";
import { a1 } from "../util/a1.js";
import { round, sum } from "../util/numbers.js";
import { sheetAdjustments } from "./adjustments.js";
import { UNCLASSIFIED } from "../framework/bandsText.js";

/** Inputs the office adds per unit: survey points (SIPAS…), bonus and penalty points. */
export interface UnitInputs {
  /** The survey part as one total (a survey table's total column, or a total typed). */
  survey?: number | null;
  /** Survey points by component (leaf code); when any is given they make the survey part, not `survey`. */
  surveyParts?: Record<string, number | null>;
  bonus?: number | null;
  penalty?: number | null;
}

export interface AreaScore {
  code: string;
  title: string;
  max: number;
  /** Points counted in this area from the unit's sheet (survey and not-applicable leaves excluded). */
  points: number;
  /** Maximum of the area's leaves marked not applicable. */
  naMax: number;
  /** Points / (max − not-applicable max, under the rescale rule) × 100, rounded to 2 decimals. */
  index: number | null;
}

export interface UnitScore {
  sheet: string;
  file?: string;
  unit: string;
  group: string;
  areas: AreaScore[];
  /** Sum of the counted scores (appraised where filled, else self). */
  appraisedPoints: number;
  /** Sum of the self scores, for the self-minus-appraised difference. */
  selfPoints: number;
  survey: number | null;
  /** Survey points counted by component (leaf code), each capped at the unit's own maximum of it. */
  surveyParts: Record<string, number>;
  /** Points of the unit's survey part (0 when the framework has none for its group). */
  surveyMax: number;
  /** Scored without survey points under "quy đổi về thang 100": its appraised part rescaled to its total. */
  rescaled: boolean;
  bonus: number | null;
  penalty: number | null;
  /** Where the bonus and penalty come from: the unit's own rows ("Điểm thưởng", "Điểm phạt"), what staff entered, or nowhere. */
  bonusFrom: "sheet" | "input" | null;
  penaltyFrom: "sheet" | "input" | null;
  /**
   * With several appraisal rounds on the sheet: each round (earliest first) and how many leaves
   * counted its score (the latest round with a value counts, criterion by criterion). Empty otherwise.
   */
  rounds: { label: string; cell: string; criteria: number }[];
  /** Maximum of the leaves marked not applicable. */
  naMax: number;
  /** Maximum of the leaves that do not apply to the unit's group at all. */
  notApplyingMax: number;
  total: number;
  max: number;
  /** Total / max × 100, rounded to 2 decimals (as the sheet's ROUND formula). */
  index: number;
  /** How many leaves counted the appraised score, how many the self score. */
  countedFrom: { appraised: number; self: number; none: number };
  /** Not yet appraised at all (every counted score is a self score). */
  appraisalStatus: "appraised" | "partial" | "not-appraised";
  /** The sheet has error findings: listed, not ranked. */
  blocked: boolean;
  errors: number;
  rank: number | null;
  /** The band's label; "Không xếp loại" below the lowest band; null for a unit held back by errors. */
  band: string | null;
}

/** Scores one validated unit under the framework's rules (not-applicable rule, capped bonus/penalty). */
export function scoreUnit(
  v: ValidatedSheet,
  fw: Framework,
  inputs: UnitInputs = {},
  rule: CountedRule = "appraised-else-self",
): UnitScore {
  const s = v.submission;
  const rescale = fw.notApplicableRule === "rescale";
  const counted = { appraised: 0, self: 0, none: 0 };
  const header = s.header;
  const rounds =
    header && header.rounds.length > 1
      ? header.rounds.map((x) => ({ label: x.label, cell: a1(header.row, x.col), criteria: 0 }))
      : [];
  let naMax = 0;
  let notApplyingMax = 0;
  const selfScores: number[] = [];
  const areas: AreaScore[] = fw.areas.map((area) => {
    const pts: number[] = [];
    let areaNa = 0;
    let areaNotApplying = 0;
    for (const leaf of leavesOf(area)) {
      const leafMax = nodeMax(leaf, s.group);
      if (!appliesTo(fw, leaf, s.group)) {
        areaNotApplying += leafMax;
        continue;
      }
      if (leaf.source !== "self") continue;
      const m = s.byCode.get(leaf.code);
      if (!m) continue;
      const c = countedScore(m, rule);
      counted[c.from]++;
      // A row of a joined tab whose rounds the first tab's header does not list is counted, not named.
      const round = c.from === "appraised" && m.round !== undefined && m.round !== null ? rounds[m.round] : undefined;
      if (round) round.criteria++;
      if (c.notApplicable) areaNa += leafMax;
      else if (c.value !== null) pts.push(c.value);
      const sv = num(m.self);
      if (sv !== null) selfScores.push(sv);
    }
    naMax += areaNa;
    notApplyingMax += areaNotApplying;
    const points = sum(pts);
    const ownMax = nodeMax(area, s.group);
    const areaMax = ownMax - areaNotApplying - (rescale ? areaNa : 0);
    return {
      code: area.code,
      title: area.title,
      max: ownMax,
      points,
      naMax: round(areaNa, 6),
      index: areaMax > 0 ? round(((rescale ? points : points + areaNa) / areaMax) * 100, 2) : null,
    };
  });
  naMax = round(naMax, 6);
  notApplyingMax = round(notApplyingMax, 6);
  const appraisedPoints = sum(areas.map((a) => a.points));
  // Survey points: by component, each capped at its own maximum; or one total; never above the
  // unit's survey part (a pasted percentage would be).
  const cap = unitSurveyMax(fw, s.group);
  const surveyParts: Record<string, number> = {};
  for (const l of unitSurveyLeaves(fw, s.group)) {
    const x = inputs.surveyParts?.[l.code];
    if (x !== undefined && x !== null) surveyParts[l.code] = Math.min(Math.max(x, 0), nodeMax(l, s.group));
  }
  const partValues = Object.values(surveyParts);
  const survey =
    partValues.length > 0
      ? Math.min(sum(partValues), cap)
      : inputs.survey === undefined || inputs.survey === null
        ? null
        : cap > 0
          ? Math.min(inputs.survey, cap)
          : inputs.survey;
  // What staff entered wins; else the unit's own bonus and penalty rows.
  const own = sheetAdjustments(s, rule);
  const bonus = inputs.bonus !== undefined ? inputs.bonus : own.bonus;
  const penalty = inputs.penalty !== undefined ? inputs.penalty : own.penalty;
  const from = (entered: number | null | undefined, rows: unknown[]) =>
    entered !== undefined && entered !== null
      ? ("input" as const)
      : entered === undefined && rows.length
        ? ("sheet" as const)
        : null;
  const capped = (x: number | null, cap: number | undefined) =>
    x === null ? 0 : cap === undefined ? x : Math.min(x, cap);
  const unitTotal = sum(fw.areas.map((a) => nodeMax(a, s.group)));
  const max = round(unitTotal - notApplyingMax - (rescale ? naMax : 0), 6);
  const appraisedPart = sum([appraisedPoints, rescale ? 0 : naMax]);
  // "Khi chưa có điểm điều tra: quy đổi về thang 100": the appraised part stands for the whole.
  const rescaled = fw.surveyMissingRule === "rescale" && survey === null && cap > 0 && max - cap > 0;
  const total = sum([
    rescaled ? (appraisedPart * max) / (max - cap) : appraisedPart,
    survey ?? 0,
    capped(bonus, fw.bonusMax),
    -capped(penalty, fw.penaltyMax),
  ]);
  const index = max > 0 ? round((total / max) * 100, 2) : 0;
  const errors = v.summary.errors;
  const out: UnitScore = {
    sheet: s.sheet,
    unit: s.unit,
    group: s.group,
    areas,
    appraisedPoints,
    selfPoints: sum(selfScores),
    survey,
    surveyParts,
    surveyMax: cap,
    rescaled,
    bonus,
    penalty,
    bonusFrom: from(inputs.bonus, own.rows.bonus),
    penaltyFrom: from(inputs.penalty, own.rows.penalty),
    rounds,
    naMax,
    notApplyingMax,
    total,
    max,
    index,
    countedFrom: counted,
    appraisalStatus:
      counted.appraised === 0 ? "not-appraised" : counted.self + counted.none > 0 ? "partial" : "appraised",
    blocked: errors > 0,
    errors,
    rank: null,
    // Below the lowest band a unit is "Không xếp loại", never blank (only a unit held back has none).
    band: errors > 0 ? null : (classify(fw.bands, index)?.label ?? UNCLASSIFIED),
  };
  if (s.file !== undefined) out.file = s.file;
  return out;
}

/** Leaves of the framework a unit scores itself, in document order (the detail sheet's columns). */
export function scoredLeaves(fw: Framework) {
  return leaves(fw).filter((l) => l.source === "self");
}
