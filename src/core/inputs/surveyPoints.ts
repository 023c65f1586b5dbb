// Each unit's survey points, component by component, from every place they can come from, in
// increasing precedence: the appraised column of the unit's own sheet (the Ministry's system puts
// SIPAS and the leaders' survey there), what staff typed into an earlier summary, the survey tables
// (the source: they win over the sheet), and what staff typed in this run.
import { unitSurveyLeaves, unitSurveyMax } from "../framework/model.js";
import type { Submission } from "../submission/parseSubmission.js";
import type { CriterionNode, Framework } from "../types.js";
import { foldLoose } from "../util/text.js";
import type { SummaryEntry, SurveyEntry } from "./readers.js";

/** Where a unit's survey points came from. */
export type SurveySource = "sheet" | "summary" | "table" | "input";

/** Survey points (one component's, or the whole part's) and where they were read. */
export interface SurveyPoints {
  points: number;
  from: SurveySource;
  /** The sheet and cell read (the unit's sheet for "sheet", the survey table for "table"). */
  sheet?: string;
  file?: string;
  cell?: string;
}

/** One unit's survey points as gathered. */
export interface UnitSurvey {
  sheet: string;
  file?: string;
  unit: string;
  group: string;
  /** The survey components that count for the unit (their codes are the keys of `parts`). */
  components: CriterionNode[];
  /** Points by component code. */
  parts: Map<string, SurveyPoints>;
  /** A total for the whole survey part, when the last source to speak gave only a total. */
  total: SurveyPoints | null;
  /** Points of the unit's survey part (its components' own maxima). */
  stake: number;
  /** Where on the unit's sheet its survey part is (the first component's appraised cell or code cell), for messages. */
  cell: string;
}

/** A survey table that says another figure than the unit's sheet (the table counts). */
export interface SurveyConflict {
  unit: string;
  /** The unit's sheet and the cell of its figure. */
  unitSheet: string;
  unitCell: string;
  sheetPoints: number;
  /** The table's cell and figure. */
  table: { sheet: string; file?: string; cell: string };
  tablePoints: number;
  /** The component, or undefined when the table gives only a total. */
  code?: string;
}

/** What gathering the survey points gives: per unit, and where a table and a sheet disagree. */
export interface GatheredSurveys {
  units: UnitSurvey[];
  conflicts: SurveyConflict[];
}

/** Survey points as staff give them for one unit: a total, or by component (as UnitInputs). */
export interface TypedSurvey {
  survey?: number | null;
  surveyParts?: Record<string, number | null>;
}

/** True when a unit got no survey points from anywhere. */
export function surveyEmpty(u: UnitSurvey): boolean {
  return u.parts.size === 0 && u.total === null;
}

/** The survey inputs to score a unit with: its total, or its parts. */
export function surveyInputs(u: UnitSurvey): TypedSurvey {
  if (u.parts.size > 0) return { surveyParts: Object.fromEntries([...u.parts].map(([k, p]) => [k, p.points])) };
  return u.total ? { survey: u.total.points } : {};
}

/** Gathers every unit's survey points (see the module's comment for the order). */
export function gatherSurveys(
  validation: { sheets: readonly { submission: Submission }[] },
  fw: Framework,
  tables: readonly SurveyEntry[],
  carried: ReadonlyMap<string, SummaryEntry>,
  typed: Readonly<Record<string, TypedSurvey>> | undefined,
): GatheredSurveys {
  const byName = new Map<string, SurveyEntry[]>();
  for (const e of tables) {
    const k = foldLoose(e.unit);
    byName.set(k, [...(byName.get(k) ?? []), e]);
  }
  const conflicts: SurveyConflict[] = [];
  const units = validation.sheets.map((v): UnitSurvey => {
    const s = v.submission;
    const components = unitSurveyLeaves(fw, s.group);
    const own = new Set(components.map((l) => l.code));
    const u: UnitSurvey = {
      sheet: s.sheet,
      unit: s.unit,
      group: s.group,
      components,
      parts: new Map(),
      total: null,
      stake: unitSurveyMax(fw, s.group),
      cell: "A1",
    };
    const firstRow = components.map((l) => s.byCode.get(l.code)).find((m) => m !== undefined);
    if (firstRow) u.cell = firstRow.appraised?.addr ?? firstRow.codeCell;
    if (s.file !== undefined) u.file = s.file;
    // A source that gives only a total replaces every component; one that gives components replaces a total.
    const setParts = (parts: Record<string, SurveyPoints>) => {
      const codes = Object.keys(parts).filter((c) => own.has(c));
      if (codes.length === 0) return;
      u.total = null;
      for (const c of codes) u.parts.set(c, parts[c]);
    };
    const setTotal = (p: SurveyPoints) => {
      u.parts.clear();
      u.total = p;
    };
    // 1. The unit's own sheet: the appraised column of the survey rows.
    const fromSheet: Record<string, SurveyPoints> = {};
    for (const l of components) {
      const m = s.byCode.get(l.code);
      const c = m?.appraised;
      if (c && c.num.kind === "number" && !c.na)
        fromSheet[l.code] = { points: c.num.value, from: "sheet", sheet: s.sheet, cell: c.addr };
    }
    setParts(fromSheet);
    // 2. An earlier summary's typed entries.
    const prev = carried.get(s.sheet);
    if (prev?.surveyParts)
      setParts(
        Object.fromEntries(Object.entries(prev.surveyParts).map(([k, x]) => [k, { points: x, from: "summary" }])),
      );
    else if (prev?.survey !== undefined) setTotal({ points: prev.survey, from: "summary" });
    // 3. The survey tables (by the unit's name, else its sheet's).
    const entries = byName.get(foldLoose(s.unit)) ?? byName.get(foldLoose(s.sheet)) ?? [];
    for (const e of entries) {
      const where = { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.file ? { file: e.file } : {}) };
      if (e.parts) {
        for (const [code, p] of Object.entries(e.parts)) {
          const mine = fromSheet[code];
          if (mine && e.sheet && Math.abs(mine.points - p.points) > 1e-9)
            conflicts.push({
              unit: s.unit,
              unitSheet: s.sheet,
              unitCell: mine.cell!,
              sheetPoints: mine.points,
              table: { sheet: e.sheet, cell: p.cell, ...(e.file ? { file: e.file } : {}) },
              tablePoints: p.points,
              code,
            });
        }
        setParts(
          Object.fromEntries(
            Object.entries(e.parts).map(([k, p]) => [k, { points: p.points, from: "table", cell: p.cell, ...where }]),
          ),
        );
      } else {
        const mine = Object.values(fromSheet);
        const sheetTotal = mine.reduce((a, p) => a + p.points, 0);
        if (mine.length > 0 && e.sheet && e.cell && Math.abs(sheetTotal - e.points) > 1e-6)
          conflicts.push({
            unit: s.unit,
            unitSheet: s.sheet,
            unitCell: mine[0].cell!,
            sheetPoints: sheetTotal,
            table: { sheet: e.sheet, cell: e.cell, ...(e.file ? { file: e.file } : {}) },
            tablePoints: e.points,
          });
        setTotal({ points: e.points, from: "table", ...(e.cell ? { cell: e.cell } : {}), ...where });
      }
    }
    // 4. What staff typed in this run.
    const t = typed?.[s.sheet];
    if (t?.surveyParts) {
      const parts: Record<string, SurveyPoints> = {};
      for (const [k, x] of Object.entries(t.surveyParts))
        if (x !== null && x !== undefined) parts[k] = { points: x, from: "input" };
      setParts(parts);
    }
    if (t?.survey !== undefined && t.survey !== null) setTotal({ points: t.survey, from: "input" });
    return u;
  });
  return { units, conflicts };
}
