// One unit, one entry (issue 14): the tabs of one file that hold parts of the same unit (one tab per
// part, disjoint criteria) are read as one unit; the same unit read in two places is unit-duplicate.
import { differingSums } from "../rules/submission/sums.js";
import { checkUnits } from "../rules/units/index.js";
import type { UnitPlace } from "../rules/units/input.js";
import type { Finding } from "../findings.js";
import type { Framework } from "../types.js";
import { foldLoose } from "../util/text.js";
import type { Submission } from "./parseSubmission.js";

/** A sheet read as a submission, with the options it was read with (as validate.ts's ParsedSheet). */
interface Parsed {
  submission: Submission;
  options: { file?: string };
}

function codes(s: Submission): Set<string> {
  return new Set(s.rows.map((m) => m.node.code));
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  for (const c of a) if (b.has(c)) return false;
  return true;
}

/**
 * The parsed sheets grouped into units, in input order. Within one file, sheets naming the same unit
 * whose criteria do not overlap are one unit; so is a sheet that names no unit and holds only
 * criteria the unit of the tab before it lacks (a unit's later tabs rarely repeat its title).
 */
export function unitGroups<P extends Parsed>(sheets: P[]): P[][] {
  const groups: P[][] = [];
  const byFile = new Map<string, P[][]>();
  const lastNamed = new Map<string, P[]>();
  for (const p of sheets) {
    const file = p.options.file ?? "";
    const fileGroups = byFile.get(file) ?? [];
    byFile.set(file, fileGroups);
    const s = p.submission;
    const mine = codes(s);
    const fits = (g: P[]) => mine.size > 0 && g.every((q) => disjoint(codes(q.submission), mine));
    let home: P[] | undefined;
    if (s.unitSource !== "sheet")
      home = fileGroups.find((g) => foldLoose(g[0].submission.unit) === foldLoose(s.unit) && fits(g));
    else {
      const before = lastNamed.get(file);
      if (before && fits(before)) home = before;
    }
    if (home) home.push(p);
    else {
      home = [p];
      fileGroups.push(home);
      groups.push(home);
    }
    if (s.unitSource !== "sheet") lastNamed.set(file, home);
  }
  return groups;
}

/** The parts of a unit read as one submission: rows and bonus/penalty rows of later tabs name their sheet. */
export function joinSubmissions(parts: Submission[]): Submission {
  const [first, ...rest] = parts;
  const out: Submission = {
    ...first,
    rows: [...first.rows],
    byCode: new Map(first.byCode),
    reading: { ...first.reading, adjustments: [...first.reading.adjustments], options: [...first.reading.options] },
    joined: parts.map((p) => p.sheet),
  };
  for (const p of rest) {
    for (const m of p.rows) {
      const row = { ...m, sheet: p.sheet };
      out.rows.push(row);
      out.byCode.set(m.node.code, row);
    }
    out.reading.adjustments.push(...p.reading.adjustments.map((a) => ({ ...a, sheet: p.sheet })));
    out.reading.options.push(...p.reading.options);
    out.totalRow ??= p.totalRow;
  }
  out.reading.missing = parts.flatMap((p) => p.reading.missing).filter((x) => !out.byCode.has(x.node.code));
  // Appraisal rounds are counted by the first tab's columns: a later tab's rows keep their own cells.
  return out;
}

/**
 * The findings of the parts of a joined unit that still hold for the whole: a criterion one tab lacks
 * but another has is not missing; a tab without a title is named by the others; a grand total on one
 * tab that adds every tab's areas is right; a criterion no tab has is reported once.
 */
export function joinedFindings(
  parts: { submission: Submission; findings: Finding[] }[],
  whole: Submission,
  fw: Framework,
): Finding[] {
  const out: Finding[] = [];
  for (const p of parts) {
    const total = p.submission.totalRow;
    const totalCells = new Set(
      total
        ? differingSums({ ...whole, totalRow: total }, fw)
            .filter((d) => d.code === undefined)
            .map((d) => d.cell.addr)
        : [],
    );
    for (const f of p.findings) {
      if (f.rule === "criterion-missing" && f.code !== undefined && whole.byCode.has(f.code)) continue;
      if (f.rule === "unit-unknown" && whole.unitSource !== "sheet") continue;
      // A later tab without a title takes the first tab's unit, and with it its group.
      if (f.rule === "group-unknown" && whole.groupSource !== "unknown") continue;
      const onTotal = total && f.code === undefined && [total.self?.addr, total.appraised?.addr].includes(f.cell);
      if ((f.rule === "sum-mismatch" || f.rule === "sum-rounding") && onTotal && !totalCells.has(f.cell)) continue;
      out.push(f);
    }
  }
  // A criterion no tab has is missing once (where the last tab would hold it), not once per tab.
  const lastMissing = new Map<string, Finding>();
  for (const f of out) if (f.rule === "criterion-missing" && f.code !== undefined) lastMissing.set(f.code, f);
  return out.filter((f) => f.rule !== "criterion-missing" || f.code === undefined || lastMissing.get(f.code) === f);
}

/** unit-duplicate over the units of a run; `resultFiles` are the inputs that hold our marked result sheets. */
export function duplicateFindings(units: Submission[], resultFiles: Set<string>): Finding[] {
  const places: UnitPlace[] = units.map((s) => ({
    unit: s.unit,
    ...(s.file !== undefined ? { file: s.file } : {}),
    sheet: s.sheet,
    sheets: s.joined ?? [s.sheet],
    cell: s.unitCell,
    inResultWorkbook: resultFiles.has(s.file ?? ""),
  }));
  return checkUnits({ places });
}
