// Survey tables as offices keep them: one row per unit, and either one column per survey component
// ("SIPAS | Khảo sát lãnh đạo | Tác động KT-XH", headers naming the framework's survey leaves by title
// or code) or a single total column ("Điểm điều tra XHH"). Read in any input sheet or the workbook.
import { surveyLeaves } from "../framework/model.js";
import { foldTitle } from "../submission/abbreviations.js";
import { Grid } from "../submission/grid.js";
import { CriterionNode, Framework, SheetSnapshot } from "../types.js";
import { normalizeCode } from "../util/codes.js";
import { parseNumber } from "../util/numbers.js";
import { cellText, foldLoose } from "../util/text.js";
import type { SurveyEntry } from "./readers.js";

/** A survey table's header that names no survey component of the framework (its column is not read). */
export interface SurveyColumnUnknown {
  sheet: string;
  file?: string;
  cell: string;
  text: string;
  /** The components the header could name, when it names several. */
  candidates: string[];
}

/** What the survey tables of a workbook give: the entries, and the headers that named no component. */
export interface SurveyTables {
  entries: SurveyEntry[];
  unknownColumns: SurveyColumnUnknown[];
}

const UNIT = /^(ten )?(don vi|co quan|dia phuong)$|^unit$/;
/** A column of survey points as a whole (not one component). */
const SURVEY_TOTAL = /dieu tra|sipas|^survey|khao sat|\bxhh\b|^tong( cong| diem| so)?$|^total$|^cong$/;
/** Columns a survey table may have that are not points. */
const IGNORED =
  /^(stt|tt|so tt|so thu tu|no|ma|ma don vi|nhom|nhom don vi|trang tinh|sheet|ghi chu|note|notes|xep hang|xep loai|cap|loai)$/;
/** Words that say nothing about which component a header means. */
const STOP = new Set(
  "diem dieu tra xa hoi hoc khao sat ve cua ket qua chi so danh gia tong toi da muc do va cac doi voi trong nam tieu chi thanh phan phan".split(
    " ",
  ),
);

const words = (s: string) =>
  foldTitle(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP.has(w) && !/^\d+$/.test(w));

/**
 * Which survey leaf a header names: by code ("8.1", "8.1.2. SIPAS"), by title (equal, or one inside
 * the other), else by its telling words when they are all in exactly one leaf's title ("Khảo sát
 * lãnh đạo" → "Đánh giá của lãnh đạo, quản lý…"). `several` lists the leaves when words fit more.
 */
export function matchComponent(
  header: string,
  comps: readonly CriterionNode[],
): { leaf?: CriterionNode; several: CriterionNode[] } {
  const t = header.normalize("NFC").trim();
  const code = /^([0-9IVXivx]+(?:\.\d+)*)\.?(?:\s|$)/.exec(t);
  if (code) {
    const c = normalizeCode(code[1]);
    const leaf = comps.find((l) => l.code === c);
    if (leaf) return { leaf, several: [] };
  }
  const h = foldTitle(t.replace(/^[0-9.]+\s*/, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (h === "") return { several: [] };
  const titled = comps.map((l) => ({
    l,
    f: foldTitle(l.title)
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  }));
  const equal = titled.filter((x) => x.f === h);
  if (equal.length === 1) return { leaf: equal[0].l, several: [] };
  const inside = titled.filter(
    (x) => h.length >= 4 && (` ${x.f} `.includes(` ${h} `) || ` ${h} `.includes(` ${x.f} `)),
  );
  if (inside.length === 1) return { leaf: inside[0].l, several: [] };
  const w = words(t);
  if (w.length === 0) return { several: inside.map((x) => x.l) };
  const fits = comps.filter((l) => {
    const lw = new Set(foldTitle(l.title).split(/[^a-z0-9]+/));
    return w.every((x) => lw.has(x));
  });
  if (fits.length === 1) return { leaf: fits[0], several: [] };
  return { several: fits.length > 1 ? fits : inside.map((x) => x.l) };
}

/** Reads one sheet as a survey table of `fw`; nothing when the sheet is not one. */
export function readSurveySheet(sheet: SheetSnapshot, fw: Framework): SurveyTables {
  const none: SurveyTables = { entries: [], unknownColumns: [] };
  if (sheet.generated) return none;
  const comps = surveyLeaves(fw);
  const g = new Grid(sheet);
  for (let r = g.firstRow; r < Math.min(g.endRow, g.firstRow + 40); r++) {
    let unitCol: number | undefined;
    const heads: { c: number; text: string }[] = [];
    for (let c = g.firstCol; c < g.endCol; c++) {
      const text = cellText(g.value(r, c)).trim();
      if (!text) continue;
      if (unitCol === undefined && UNIT.test(foldLoose(text))) unitCol = c;
      else heads.push({ c, text });
    }
    if (unitCol === undefined) continue;
    const parts: { c: number; leaf: CriterionNode }[] = [];
    const totals: number[] = [];
    const unknown: { c: number; text: string; several: CriterionNode[] }[] = [];
    for (const h of heads) {
      const k = foldLoose(h.text)
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
      if (IGNORED.test(k)) continue;
      const m = comps.length > 0 ? matchComponent(h.text, comps) : { several: [] };
      if (m.leaf && !parts.some((p) => p.leaf === m.leaf)) parts.push({ c: h.c, leaf: m.leaf });
      else if (!m.leaf && m.several.length === 0 && SURVEY_TOTAL.test(k) && totals.length === 0) totals.push(h.c);
      else unknown.push({ c: h.c, text: h.text, several: m.several });
    }
    // A table of survey points: a component column, or a column that says it holds survey points.
    const surveyish =
      parts.length > 0 ||
      totals.some((c) => /dieu tra|sipas|survey|khao sat|xhh/.test(foldLoose(cellText(g.value(r, c)))));
    if (!surveyish) continue;
    const out: SurveyTables = { entries: [], unknownColumns: [] };
    for (const u of unknown) {
      // A column without any number below is a remark, not points.
      let numbers = false;
      for (let rr = r + 1; rr < g.endRow && !numbers; rr++) numbers = parseNumber(g.value(rr, u.c)).kind === "number";
      if (!numbers) continue;
      out.unknownColumns.push({
        sheet: sheet.name,
        ...(sheet.file ? { file: sheet.file } : {}),
        cell: g.addr(r, u.c),
        text: u.text,
        candidates: u.several.map((l) => l.code),
      });
    }
    const total = totals[0];
    for (let rr = r + 1; rr < g.endRow; rr++) {
      const unit = cellText(g.value(rr, unitCol)).trim();
      if (!unit) continue;
      const got: NonNullable<SurveyEntry["parts"]> = {};
      for (const p of parts) {
        const n = parseNumber(g.value(rr, p.c));
        if (n.kind === "number") got[p.leaf.code] = { points: n.value, cell: g.addr(rr, p.c) };
      }
      const codes = Object.keys(got);
      const t = total === undefined ? null : parseNumber(g.value(rr, total));
      const where = { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) };
      if (codes.length > 0) {
        const points = codes.reduce((s, k) => s + got[k].points, 0);
        out.entries.push({ unit, points, parts: got, cell: got[codes[0]].cell, ...where });
      } else if (t && t.kind === "number")
        out.entries.push({ unit, points: t.value, cell: g.addr(rr, total), ...where });
    }
    return out;
  }
  return none;
}

/** Every survey table of the snapshot's sheets, read against the framework's survey components. */
export function readSurveyTables(sheets: readonly SheetSnapshot[], fw: Framework): SurveyTables {
  const out: SurveyTables = { entries: [], unknownColumns: [] };
  for (const s of sheets) {
    const r = readSurveySheet(s, fw);
    out.entries.push(...r.entries);
    out.unknownColumns.push(...r.unknownColumns);
  }
  return out;
}
