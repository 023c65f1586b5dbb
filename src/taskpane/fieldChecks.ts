// What is wrong with one field of the pane as typed, said at the field (Fluent Field's
// validationMessage) while staff type, before any action refuses it. Each check returns null when
// the text is fine (blank is fine wherever blank means "as the sheet or the criteria set says").
import { parseLocaleNumber, textDate } from "../core/index.js";
import { Message, msg } from "./i18n.js";
import { INPUT_FIELDS, parseGroups, Settings } from "./settings.js";

/** What a field check says: an error stops the action; a warning is shown but does not. */
export interface FieldProblem {
  intent: "error" | "warning";
  message: Message;
}

const error = (message: Message): FieldProblem => ({ intent: "error", message });

/** Survey, bonus or penalty points as typed: a number, not negative; above `max` is a warning (the engine caps and reports it). */
export function checkPoints(text: string, max?: number): FieldProblem | null {
  const t = text.trim();
  if (!t) return null;
  const n = parseLocaleNumber(t);
  if (n === null) return error(msg("fieldNotNumber", { value: t }));
  if (n < 0) return error(msg("fieldNegative"));
  if (max !== undefined && n > max) return { intent: "warning", message: msg("fieldOverMax", { max }) };
  return null;
}

/** A band's threshold as typed (bands highest first): a number from 0 to 100, below the band above. */
export function checkBand(bands: Settings["bands"], index: number): FieldProblem | null {
  const min = parseLocaleNumber(bands[index].minText.trim());
  if (min === null || min < 0 || min > 100) return error(msg("fieldBandRange"));
  const above = index > 0 ? parseLocaleNumber(bands[index - 1].minText.trim()) : null;
  if (above !== null && min >= above) return error(msg("fieldBandOrder", { above }));
  return null;
}

/** The year as typed: blank, or four digits. */
export function checkYear(text: string): FieldProblem | null {
  const t = text.trim();
  return !t || /^\d{4}$/.test(t) ? null : error(msg("fieldYear"));
}

/** The ranking groups as typed: at least one. */
export function checkGroups(text: string): FieldProblem | null {
  return parseGroups(text).length ? null : error(msg("fieldGroups"));
}

/**
 * The document's date as typed: blank, a whole date (15/12/2025), or a month and year with the day
 * left open (… /12/2025). Anything else is printed as typed, so it is a warning, not an error.
 */
export function checkDate(text: string): FieldProblem | null {
  const t = text.trim().replace(/^ngày\s+/iu, "");
  if (!t || textDate(t)) return null;
  const open =
    /^(…|\.{2,}|_+)?\s*\/\s*\d{1,2}\s*\/\s*\d{4}$/u.test(t) ||
    /^(…|\.{2,}|_+)?\s*tháng\s+\d{1,2}\s+năm\s+\d{4}$/iu.test(t);
  return open ? null : { intent: "warning", message: msg("fieldDate") };
}

/** The maximum of each typed field for the criteria set (survey from its survey part, bonus and penalty from its limits). */
export interface PointLimits {
  survey?: number;
  bonus?: number;
  penalty?: number;
}

/** Every problem of the scoring step's fields, as [field id, problem]: what the section summaries count. */
export function settingsProblems(
  settings: Settings,
  units: readonly { sheet: string }[],
  limits: PointLimits,
): [string, FieldProblem][] {
  const out: [string, FieldProblem][] = [];
  const add = (id: string, p: FieldProblem | null) => {
    if (p) out.push([id, p]);
  };
  add("groups", checkGroups(settings.groupsText));
  settings.bands.forEach((_, i) => add(`band-${i}`, checkBand(settings.bands, i)));
  add("year", checkYear(settings.year));
  add("dateText", checkDate(settings.dateText));
  for (const u of units)
    for (const f of INPUT_FIELDS) add(`${u.sheet}|${f}`, checkPoints(settings.inputs[u.sheet]?.[f] ?? "", limits[f]));
  return out;
}
