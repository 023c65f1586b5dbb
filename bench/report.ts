// The bench's figures against the targets, as one table or one JSON document.
import type { AdapterFigures } from "./adapter.js";
import type { CliFigures } from "./cli.js";
import { CoreFigures, PHASES } from "./core.js";
import { growthExponent, roundTo } from "./stats.js";

export interface SizeFigures {
  units: number;
  core?: CoreFigures;
  adapter?: AdapterFigures & { peakRssMb: number };
  cli?: CliFigures;
  /** A part that could not be measured at this size, and why. */
  failures?: Record<string, string>;
}

export interface BenchRun {
  date: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverageAtStart: number[] };
  framework: { id: string; name: string; leaves: number; criteria: number };
  sizes: SizeFigures[];
  targets: TargetCheck[];
}

export interface TargetCheck {
  id: string;
  target: string;
  /** null when the figures it needs were not measured. */
  met: boolean | null;
  figures: string;
}

const MB = 1024 * 1024;
/** Largest growth exponent between two sizes still called "close to linear". */
export const LINEAR_ENOUGH = 1.15;

const at = (sizes: SizeFigures[], units: number) => sizes.find((s) => s.units === units);
const fmt = (x: number | undefined | null, digits = 0) =>
  x === undefined || x === null || Number.isNaN(x)
    ? "–"
    : x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Each target of issue 10 with the figures that decide it (null where they were not measured). */
export function checkTargets(sizes: SizeFigures[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  const withAdapter = sizes.filter((s) => s.adapter);
  const syncs = withAdapter.map((s) => s.adapter!.syncs);
  out.push({
    id: "syncs",
    target: "Syncs: the same small constant at every size, at most 4 for the whole pipeline",
    met: syncs.length ? syncs.every((n) => n === syncs[0]) && Math.max(...syncs) <= 4 : null,
    figures: withAdapter.map((s) => `${s.units}: ${s.adapter!.syncs}`).join(", "),
  });
  out.push({
    id: "request-size",
    target: "No request above 5 MB at any size",
    met: withAdapter.length ? withAdapter.every((s) => s.adapter!.largestRequestBytes <= 5 * MB) : null,
    figures: withAdapter.map((s) => `${s.units}: ${fmt(s.adapter!.largestRequestBytes / MB, 2)} MB`).join(", "),
  });
  const coreAt = (n: number) => at(sizes, n)?.core?.totalMs;
  for (const [units, limit] of [
    [150, 150],
    [1000, 1000],
  ] as const) {
    const ms = coreAt(units);
    out.push({
      id: `core-${units}`,
      target: `Core: ${units} units in under ${limit} ms`,
      met: ms === undefined ? null : ms < limit,
      figures: ms === undefined ? "not measured" : `${fmt(ms)} ms`,
    });
  }
  const withCore = sizes.filter((s) => s.core).sort((a, b) => a.units - b.units);
  const ks = withCore.slice(1).map((s, i) => ({
    from: withCore[i].units,
    to: s.units,
    k: growthExponent(
      { units: withCore[i].units, ms: withCore[i].core!.totalMs },
      { units: s.units, ms: s.core!.totalMs },
    ),
  }));
  out.push({
    id: "core-growth",
    target: `Core: growth close to linear (time ∝ units^k, k ≤ ${LINEAR_ENOUGH})`,
    met: ks.length ? ks.every((g) => g.k !== null && g.k <= LINEAR_ENOUGH) : null,
    figures: ks.map((g) => `k(${g.from}→${g.to}) = ${fmt(g.k, 2)}`).join(", ") || "needs two sizes",
  });
  const withCli = sizes.filter((s) => s.cli);
  out.push({
    id: "cli-ratio",
    target: "CLI: within 1.5× of ExcelJS's own read-and-write time",
    met: withCli.length ? withCli.every((s) => s.cli!.ratio <= 1.5) : null,
    figures: withCli.map((s) => `${s.units}: ${fmt(s.cli!.ratio, 2)}×`).join(", "),
  });
  return out;
}

/** The whole run as one JSON-ready document, figures rounded to what is meaningful. */
export function jsonReport(run: BenchRun): unknown {
  return JSON.parse(
    JSON.stringify(run, (_k, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? roundTo(v, 2) : v)),
  );
}

/** The run as one readable table: a column per size, a row per figure, then the targets. */
export function tableReport(run: BenchRun): string {
  const sizes = [...run.sizes].sort((a, b) => a.units - b.units);
  const rows: (string[] | string)[] = [];
  const row = (label: string, cell: (s: SizeFigures) => string) => rows.push([label, ...sizes.map(cell)]);
  const section = (title: string) => rows.push(title);
  const runsOf = (pick: (s: SizeFigures) => number | undefined) => sizes.map((s) => pick(s) ?? "–").join("/");

  section(`Core engine, ms (median of ${runsOf((s) => s.core?.runs)} runs after warm-up)`);
  for (const p of PHASES) row(`  ${p}`, (s) => fmt(s.core?.phases[p], 1));
  row("  total (analyse + plans)", (s) => fmt(s.core?.totalMs, 1));
  row("  total, CPU time", (s) => fmt(s.core?.totalCpuMs, 1));
  row("  first run in a fresh process", (s) => fmt(s.core?.coldMs, 1));
  row("  per unit", (s) => fmt(s.core && s.core.totalMs / s.units, 2));
  row("  growth k since previous size", (s) => {
    const i = sizes.indexOf(s);
    const prev = sizes[i - 1];
    return prev?.core && s.core
      ? fmt(growthExponent({ units: prev.units, ms: prev.core.totalMs }, { units: s.units, ms: s.core.totalMs }), 2)
      : "–";
  });
  row("  cells in the plans", (s) => fmt(s.core?.planCells));
  row("  peak memory, MB", (s) => fmt(s.core?.peakRssMb));
  row("  live heap with snapshot + results, MB", (s) => fmt(s.core?.liveHeapMb));

  section(`Excel adapter on the fake, 100 ms per sync (median of ${runsOf((s) => s.adapter?.runs)})`);
  row("  syncs (read + write)", (s) =>
    s.adapter ? `${s.adapter.syncs} (${s.adapter.readSyncs} + ${s.adapter.writeSyncs})` : "–",
  );
  row("  largest request, MB", (s) => fmt(s.adapter && s.adapter.largestRequestBytes / MB, 2));
  row("  largest response, MB", (s) => fmt(s.adapter && s.adapter.largestResponseBytes / MB, 2));
  row("  write payload (estimate), MB", (s) => fmt(s.adapter?.writeBytes && s.adapter.writeBytes / MB, 2));
  const terms = [...new Set(sizes.flatMap((s) => Object.keys(s.adapter?.writeTerms ?? {})))];
  const biggest = (t: string) => Math.max(...sizes.map((s) => s.adapter?.writeTerms?.[t] ?? 0));
  for (const t of terms.sort((a, b) => biggest(b) - biggest(a)).slice(0, 12))
    row(`    ${t}, MB`, (s) => fmt((s.adapter?.writeTerms?.[t] ?? 0) / MB, 2));
  row("  read, ms", (s) => fmt(s.adapter?.readMs));
  row("  write, ms", (s) => fmt(s.adapter?.writeMs));
  row("  total, ms", (s) => fmt(s.adapter?.totalMs));
  row("  of which round trips, ms", (s) => fmt(s.adapter?.roundTripMs));
  row("  of which the fake's own work, ms", (s) => fmt(s.adapter?.fakeWorkMs));
  row("  of which adapter + engine, ms", (s) => fmt(s.adapter?.ownMs));
  row("  peak memory, MB", (s) => fmt(s.adapter?.peakRssMb));

  section(`Command line vs ExcelJS alone, ms (median of ${runsOf((s) => s.cli?.runs)}, same run)`);
  row("  input / result file, MB", (s) =>
    s.cli ? `${fmt(s.cli.inputBytes / MB, 1)} / ${fmt(s.cli.outputBytes / MB, 1)}` : "–",
  );
  row("  par-index score --out", (s) => fmt(s.cli?.cliMs));
  row("  ExcelJS read + write", (s) => fmt(s.cli?.floorMs));
  row("  ratio", (s) => (s.cli ? `${fmt(s.cli.ratio, 2)}×` : "–"));
  row("  ExcelJS read + write of our result", (s) => fmt(s.cli?.sameOutputFloorMs));
  row("  ratio to that", (s) => (s.cli ? `${fmt(s.cli.sameOutputRatio, 2)}×` : "–"));
  row("  peak memory cli / floor, MB", (s) =>
    s.cli ? `${fmt(s.cli.cliPeakRssMb)} / ${fmt(s.cli.floorPeakRssMb)}` : "–",
  );
  if (sizes.some((s) => s.cli?.cliCpu)) {
    for (const k of ["exceljs", "core", "shell", "gc", "node"] as const)
      row(`  CPU ${k}, cli / floor`, (s) =>
        s.cli?.cliCpu && s.cli.floorCpu ? `${fmt(s.cli.cliCpu[k])} / ${fmt(s.cli.floorCpu[k])}` : "–",
      );
  }

  const header = ["", ...sizes.map((s) => `${fmt(s.units)} units`)];
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   ");
  const m = run.machine;
  const out = [
    `PAR Index bench: ${run.framework.name} (${run.framework.id}, ${run.framework.leaves} scored criteria), node ${m.node}, ${m.cpus} CPUs, load ${m.loadAverageAtStart.map((x) => x.toFixed(1)).join(" ")} at start`,
    "",
    line(header),
    ...rows.map((r) => (Array.isArray(r) ? line(r) : r)),
  ];
  const failed = sizes.flatMap((s) =>
    Object.entries(s.failures ?? {}).map(([part, why]) => `  ${s.units} units, ${part}: ${why}`),
  );
  if (failed.length) out.push("", "Not measured:", ...failed);
  out.push("", "Targets:");
  for (const t of run.targets)
    out.push(`  [${t.met === null ? " ? " : t.met ? "met" : "MISSED"}] ${t.target}: ${t.figures}`);
  return `${out.join("\n")}\n`;
}
