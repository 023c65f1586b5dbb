// A unit's ranking group. The framework's groups are the only groups: a unit's group comes, in this
// order, from a table "Đơn vị | Nhóm" in the inputs or the workbook, the CLI's --groups file, staff's
// choice in the pane, else its name matched to the framework's group names or keywords. A unit whose
// group cannot be decided gets none ("group-unknown": not ranked until staff choose).
import { readGroupTable, type GroupEntry } from "../inputs/groupTable.js";
import type { Framework, WorkbookSnapshot } from "../types.js";
import { foldLoose } from "../util/text.js";
import { unitKind } from "./unit.js";

/** Where a unit's group came from. */
export type GroupSource = "table" | "option" | "override" | "name" | "keyword" | "default" | "unknown";

/** The group tables a run has: read from the inputs (first), and given by the shell (the CLI's --groups). */
export interface GroupTables {
  table?: readonly GroupEntry[];
  option?: readonly GroupEntry[];
}

/** The group tables of a run: those in the snapshot's sheets, and the shell's (the CLI's --groups). */
export function groupTablesOf(snapshot: WorkbookSnapshot, option: readonly GroupEntry[] = []): GroupTables {
  return { table: snapshot.sheets.flatMap(readGroupTable), option };
}

/** The framework's own spelling of a group, or undefined when the framework has no such group. */
export function frameworkGroup(fw: Pick<Framework, "groups">, name: string): string | undefined {
  const k = foldLoose(name);
  return k === "" ? undefined : fw.groups.find((g) => foldLoose(g) === k);
}

/** Whole-word containment on folded text ("phong tu phap huyen x" contains "tu phap"). */
function containsWords(text: string, words: string): boolean {
  if (!words) return false;
  return ` ${text} `.includes(` ${words} `);
}

/** The group the unit's name points to: its kind named like a group, else a group's keyword in the name. */
function byName(
  name: string,
  fw: Pick<Framework, "groups" | "groupKeywords">,
): { group: string; source: GroupSource } | null {
  const t = foldLoose(name);
  // Keywords first: they are what the framework says about its groups ("Phòng Tư pháp" is a
  // "Phòng có chức năng giải quyết TTHC"), and more specific than the kind a name starts with.
  let best: { group: string; len: number } | null = null;
  for (const g of fw.groups)
    for (const kw of fw.groupKeywords?.[g] ?? []) {
      const k = foldLoose(kw);
      if (containsWords(t, k) && (!best || k.length > best.len)) best = { group: g, len: k.length };
    }
  if (best) return { group: best.group, source: "keyword" };
  const kind = unitKind(name);
  if (kind) {
    const k = foldLoose(kind);
    const exact = fw.groups.find((g) => foldLoose(g) === k);
    if (exact) return { group: exact, source: "name" };
    // "Sở, ban, ngành" is the group of a "Sở …"; "Phường, thị trấn" of a "Phường …".
    const first = k.split(" ")[0];
    const listed = fw.groups.filter((g) =>
      foldLoose(g)
        .split(/[ ,;/]+/)
        .includes(first),
    );
    if (listed.length === 1) return { group: listed[0], source: "name" };
  }
  // A group named exactly as the unit's name starts ("Phòng có chức năng …" typed as the unit's own label).
  const named = fw.groups.find((g) => containsWords(t, foldLoose(g)));
  if (named) return { group: named, source: "name" };
  return null;
}

function lookup(entries: readonly GroupEntry[] | undefined, keys: string[], fw: Pick<Framework, "groups">) {
  for (const e of entries ?? []) {
    if (!keys.includes(foldLoose(e.unit))) continue;
    const g = frameworkGroup(fw, e.group);
    if (g) return g;
  }
  return undefined;
}

/**
 * The ranking group of a unit, in the order of the issue: group table, --groups, the pane's choice,
 * the name. Never a group the framework lacks: a table or choice naming one is passed over (the
 * table's cell gets its own finding). A framework with one group holds every unit; one with none
 * ranks units by their kind.
 */
export function resolveGroup(
  unit: string,
  sheet: string,
  fw: Pick<Framework, "groups" | "groupKeywords">,
  opts: { override?: string; tables?: GroupTables } = {},
): { group: string; source: GroupSource } {
  if (fw.groups.length === 0) return { group: opts.override?.trim() || (unitKind(unit) ?? "Khác"), source: "default" };
  const keys = [foldLoose(unit), foldLoose(sheet)];
  const table = lookup(opts.tables?.table, keys, fw);
  if (table) return { group: table, source: "table" };
  const option = lookup(opts.tables?.option, keys, fw);
  if (option) return { group: option, source: "option" };
  const chosen = opts.override ? frameworkGroup(fw, opts.override) : undefined;
  if (chosen) return { group: chosen, source: "override" };
  const named = byName(unit, fw);
  if (named) return named;
  if (fw.groups.length === 1) return { group: fw.groups[0], source: "default" };
  return { group: "", source: "unknown" };
}
