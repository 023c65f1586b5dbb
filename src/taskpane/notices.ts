// What staff are told after an action: how many units are ready, ranked or planned, which sheets
// were written, whether last year's results were found. Pure: counts in, catalog messages out.
import { Message, msg } from "./i18n.js";
import type { Notice } from "./state.js";

type Named = { name: string };

/** After importing files: how many sheets from how many files, or that there was nothing to import. */
export function importedNotice(imported: readonly { fileName: string; name: string }[]): Notice {
  if (imported.length === 0) return { intent: "warning", messages: [msg("importedNothing")] };
  const files = new Set(imported.map((i) => i.fileName)).size;
  return {
    intent: "success",
    messages: [msg("imported", { sheets: imported.length, files, names: imported.map((i) => i.name) })],
  };
}

/** After checking every unit: how many are ready to score; a warning while any still has errors. */
export function checkedNotice(units: readonly { ready: boolean }[]): Notice {
  const ready = units.filter((u) => u.ready).length;
  return {
    intent: ready === units.length ? "success" : "warning",
    messages: [msg("checkedSummary", { units: units.length, ready, blocked: units.length - ready })],
  };
}

/** After checking one unit: its errors and warnings. */
export function checkedOneNotice(unit: { unit: string; ready: boolean; errors: number; warnings: number }): Notice {
  return {
    intent: unit.ready ? "success" : "warning",
    messages: [msg("checkedOne", { unit: unit.unit, errors: unit.errors, warnings: unit.warnings })],
  };
}

/** After scoring: units ranked and not, the sheets written, and last year's results when a sheet was chosen. */
export function scoredNotice(
  scores: readonly { rank: number | null }[],
  written: readonly Named[],
  previous: { sheet: string; count: number } | null,
): Notice {
  const ranked = scores.filter((u) => u.rank !== null).length;
  const messages: Message[] = [msg("scoredSummary", { ranked, blocked: scores.length - ranked }), wrote(written)];
  if (previous)
    messages.push(
      previous.count > 0
        ? msg("previousRead", { n: previous.count, sheet: previous.sheet })
        : msg("previousEmpty", { sheet: previous.sheet }),
    );
  return { intent: ranked === scores.length ? "success" : "warning", messages };
}

/** After planning: the criteria that lost points, for one unit or across all of them, and the sheets written. */
export function plannedNotice(
  items: number,
  target: { unit: string } | { units: number },
  written: readonly Named[],
): Notice {
  const summary =
    "unit" in target
      ? msg("plannedOne", { unit: target.unit, items })
      : msg("plannedAll", { items, units: target.units });
  return { intent: "success", messages: [summary, wrote(written)] };
}

const wrote = (written: readonly Named[]): Message => msg("wroteSheets", { names: written.map((w) => w.name) });
