// Writing the engine's sheet plans into the open workbook, all or nothing.
//
// Excel has no transactions and the add-in cannot rely on Undo, so a write never touches an
// existing sheet until the new ones are complete:
//   content syncs  every plan goes to a new sheet under a temporary name ("~PAR<nonce>-<i>"), marked
//                  as generated; its formulas refer to sibling sheets and tables by their temporary
//                  names (Excel carries references through renames). Packed into as few syncs as
//                  the 4 MB request budget allows (one for typical plans), calculation suspended.
//   (print setup and freeze panes wait for a final sync of their own, after the swap: see below)
//   swap           (1) the generated sheets being replaced are renamed to backup names,
//                  (2) the new sheets take their final names, (3) the backups are deleted with their
//                  marker names, (4) the new tables take their final names, (5) the new marker names
//                  are added (after the old ones are gone, so a re-run gives the same names).
// If anything fails, the recovery looks at the workbook (one sync, two when a sheet holding a final
// name must be checked for our marker) and, in one more sync, either rolls back (new sheets deleted,
// backups renamed back: the workbook is as it was) when step 2 did not finish, or completes steps
// 3–5 when it did. A user's sheet is never renamed, written or deleted: plans whose name a user's
// sheet holds get a free variant ("Tổng hợp (2)").
import { cleanTableName, freeName, isVariantOf, nameKey } from "../core/index.js";
import type { SheetPlan } from "../core/index.js";
import type { XRequestContext, XWorksheet } from "./api.js";
import { planSteps, type Step } from "./applyPlan.js";
import { checkPlans } from "./checkPlans.js";
import { officeCode, toGatewayError } from "./errors.js";
import { renameSheetRefs, renameTableRefs } from "./formulaRefs.js";
import type { OnProgress, WrittenSheet } from "./gateway.js";
import type { SheetInfo, WorkbookInfo } from "./inspect.js";
import { MARKER_PROPERTY, markerName, nameTargetSheet } from "./markers.js";
import { estimateBytes, OP_OVERHEAD, packBySize, runInSyncs, SYNC_BUDGET } from "./payload.js";

export interface WriteOptions {
  onProgress?: OnProgress;
  /** Request budget per sync (tests lower it to force several content syncs). */
  budget?: number;
  /** Random tag of the temporary names (tests fix it). */
  nonce?: string;
}

interface Entry {
  plan: SheetPlan;
  tempName: string;
  finalName: string;
  markerName: string;
  tables: { temp: string; final: string }[];
}

/** Where each plan goes and what it replaces, decided before anything is sent to Excel. */
export interface WriteLayout {
  nonce: string;
  entries: Entry[];
  replaced: { sheet: SheetInfo; backup: string }[];
  oldMarkerNames: string[];
}

/** Decides names: replaced generated sheets (same kind, same name or a numbered variant), free final names, table and marker names. */
export function layoutWrite(plans: readonly SheetPlan[], info: WorkbookInfo, nonce: string): WriteLayout {
  const claimed = new Set<string>();
  const replacedSheets: SheetInfo[] = [];
  for (const plan of plans) {
    for (const s of info.sheets) {
      if (claimed.has(s.id) || s.generated !== plan.kind || !isVariantOf(s.name, plan.name)) continue;
      claimed.add(s.id);
      replacedSheets.push(s);
    }
  }
  const staying = info.sheets.filter((s) => !claimed.has(s.id));
  const takenSheets = new Set(staying.map((s) => nameKey(s.name)));
  const takenTables = new Set([...staying.flatMap((s) => s.tables), ...info.names].map((n) => n.toLowerCase()));
  const replacedKeys = new Set(replacedSheets.map((s) => nameKey(s.name)));
  const oldMarkerNames = info.markerNames
    .filter((m) => m.sheet !== undefined && replacedKeys.has(nameKey(m.sheet)))
    .map((m) => m.name);
  const gone = new Set(oldMarkerNames.map((n) => n.toLowerCase()));
  const usedNames = new Set(info.names.filter((n) => !gone.has(n)));
  const entries = plans.map((plan, i): Entry => {
    const finalName = freeName(plan.name, takenSheets);
    takenSheets.add(nameKey(finalName));
    let n = 1;
    while (usedNames.has(markerName(plan.kind, n).toLowerCase())) n++;
    usedNames.add(markerName(plan.kind, n).toLowerCase());
    const tables = (plan.tables ?? []).map((t) => {
      const base = cleanTableName(t.name);
      let final = base;
      for (let k = 2; takenTables.has(final.toLowerCase()); k++) final = `${base}_${k}`;
      takenTables.add(final.toLowerCase());
      return { temp: `${final}_${nonce}`, final };
    });
    return { plan, tempName: `~PAR${nonce}-${i + 1}`, finalName, markerName: markerName(plan.kind, n), tables };
  });
  return {
    nonce,
    entries,
    replaced: replacedSheets.map((sheet, j) => ({ sheet, backup: `~PAR${nonce}-old${j + 1}` })),
    oldMarkerNames,
  };
}

const labels = {
  write: (i: number, n: number) => (n > 1 ? `Đang ghi kết quả (${i}/${n})…` : "Đang ghi kết quả…"),
  recover: "Ghi không thành công, đang khôi phục sổ tính…",
};

/** Writes the plans (see the header); returns the sheets written and the workbook as it now is. */
export async function writePlansIn(
  ctx: XRequestContext,
  plans: readonly SheetPlan[],
  info: WorkbookInfo,
  options: WriteOptions = {},
): Promise<{ written: WrittenSheet[]; info: WorkbookInfo }> {
  checkPlans(plans);
  if (plans.length === 0) return { written: [], info };
  const progress = options.onProgress ?? (() => undefined);
  const layout = layoutWrite(plans, info, options.nonce ?? randomNonce());
  const sheets: XWorksheet[] = [];

  const steps: Step[] = [createStep(ctx, layout, sheets)];
  const cosmetic: Step[] = [];
  layout.entries.forEach((e, i) => {
    const sheet = () => sheets[i];
    steps.push(markerStep(e, sheet));
    for (const step of planSteps(e.plan, { sheet, rewrite: rewriterFor(layout), tableName: (k) => e.tables[k].temp }))
      (step.cosmetic ? cosmetic : steps).push(step);
  });
  steps.push(...swapSteps(ctx, layout, sheets));

  const budget = options.budget ?? SYNC_BUDGET;
  const groups = packBySize(steps, (s) => s.bytes, budget);
  let cosmeticError: string | undefined;
  let idOf = (i: number) => sheets[i].id;
  try {
    for (let g = 0; g < groups.length; g++) {
      progress({ done: g, total: groups.length, label: labels.write(g + 1, groups.length) });
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      for (const step of groups[g]) step.run();
      await ctx.sync();
    }
    // The results are in. Print setup and freeze panes follow in syncs of their own: a refusal there
    // (e.g. a page-layout setting this Excel does not take) leaves the written sheets as they are.
    if (cosmetic.length > 0)
      await runInSyncs(ctx, cosmetic, budget).catch((e: unknown) => (cosmeticError = officeCode(e)));
  } catch (e) {
    progress({ done: groups.length, total: groups.length + 2, label: labels.recover });
    const { committed, current } = await recover(ctx, layout, info).catch((r: unknown) => {
      const err = toGatewayError(e, {
        vi: "Ghi kết quả không thành công và chưa khôi phục hết",
        en: "The write failed and could not be fully undone",
      });
      (err as { recoveryError?: unknown }).recoveryError = r;
      throw err;
    });
    idOf = (i) => current.find((s) => s.name === layout.entries[i].finalName)?.id ?? "";
    if (!committed)
      throw toGatewayError(e, {
        vi: "Ghi kết quả không thành công; sổ tính được giữ nguyên như trước",
        en: "The write failed; the workbook was left as it was",
      });
    // Completed past the commit point: the print setup still comes last, on the sheets by their names.
    layout.entries.forEach((en, i) => (sheets[i] = ctx.workbook.worksheets.getItem(en.finalName)));
    if (cosmetic.length > 0)
      await runInSyncs(ctx, cosmetic, budget).catch((c: unknown) => (cosmeticError = officeCode(c)));
  }
  progress({ done: groups.length, total: groups.length, label: labels.write(groups.length, groups.length) });

  const written: WrittenSheet[] = layout.entries.map((e) => ({
    kind: e.plan.kind,
    name: e.finalName,
    requestedName: e.plan.name,
    ...(cosmeticError ? { layoutError: cosmeticError } : {}),
  }));
  return { written, info: infoAfter(info, layout, idOf) };
}

function randomNonce(): string {
  return Math.random().toString(36).slice(2, 7).padEnd(5, "0");
}

/** Formulas of the plans point at sibling sheets and tables by their temporary names. */
function rewriterFor(layout: WriteLayout): (formula: string) => string {
  const sheetMap = new Map<string, string>();
  const tableMap = new Map<string, string>();
  for (const e of layout.entries) {
    if (!sheetMap.has(nameKey(e.plan.name))) sheetMap.set(nameKey(e.plan.name), e.tempName);
    (e.plan.tables ?? []).forEach((t, k) => {
      tableMap.set(t.name.toLowerCase(), e.tables[k].temp);
      tableMap.set(cleanTableName(t.name).toLowerCase(), e.tables[k].temp);
    });
  }
  return (f) =>
    renameTableRefs(
      renameSheetRefs(f, (s) => sheetMap.get(nameKey(s))),
      (t) => tableMap.get(t.toLowerCase()),
    );
}

function createStep(ctx: XRequestContext, layout: WriteLayout, sheets: XWorksheet[]): Step {
  return {
    bytes: layout.entries.reduce((t, e) => t + 2 * OP_OVERHEAD + estimateBytes(e.tempName), 0),
    run: () => {
      for (const e of layout.entries) sheets.push(ctx.workbook.worksheets.add(e.tempName).load("id"));
    },
  };
}

function markerStep(e: Entry, sheet: () => XWorksheet): Step {
  return {
    bytes: 2 * OP_OVERHEAD + estimateBytes([MARKER_PROPERTY, e.plan.kind]),
    run: () => sheet().customProperties.add(MARKER_PROPERTY, e.plan.kind),
  };
}

function addMarkerName(ctx: XRequestContext, e: Entry, sheet: XWorksheet): void {
  ctx.workbook.names.add(e.markerName, sheet.getRange("A1")).visible = false;
}

function swapSteps(ctx: XRequestContext, layout: WriteLayout, sheets: XWorksheet[]): Step[] {
  const ws = ctx.workbook.worksheets;
  const steps: Step[] = [];
  for (const r of layout.replaced)
    steps.push({
      bytes: 2 * OP_OVERHEAD + estimateBytes([r.sheet.id, r.backup]),
      run: () => (ws.getItem(r.sheet.id).name = r.backup),
    });
  layout.entries.forEach((e, i) =>
    steps.push({ bytes: OP_OVERHEAD + estimateBytes(e.finalName), run: () => (sheets[i].name = e.finalName) }),
  );
  for (const r of layout.replaced)
    steps.push({
      bytes: 3 * OP_OVERHEAD + estimateBytes(r.sheet.id),
      run: () => {
        const old = ws.getItem(r.sheet.id);
        // Worksheet.delete fails with InvalidOperation on a very hidden sheet: it is made Hidden first.
        if (r.sheet.visibility === "VeryHidden") old.visibility = "Hidden";
        old.delete();
      },
    });
  for (const n of layout.oldMarkerNames)
    steps.push({ bytes: 2 * OP_OVERHEAD + estimateBytes(n), run: () => ctx.workbook.names.getItem(n).delete() });
  for (const e of layout.entries)
    for (const t of e.tables)
      steps.push({
        bytes: 2 * OP_OVERHEAD + estimateBytes([t.temp, t.final]),
        run: () => (ctx.workbook.tables.getItem(t.temp).name = t.final),
      });
  layout.entries.forEach((e, i) =>
    steps.push({ bytes: 4 * OP_OVERHEAD + estimateBytes(e.markerName), run: () => addMarkerName(ctx, e, sheets[i]) }),
  );
  return steps;
}

/**
 * After a failure: looks at the workbook, then rolls back (committed: false) if the new sheets had
 * not all taken their final names, else finishes the swap (committed: true). New sheets are told
 * apart by id: unknown before the write, and either a temporary name or a final name with our marker
 * (a sheet the user created meanwhile under that name has none, and is left alone).
 */
async function recover(
  ctx: XRequestContext,
  layout: WriteLayout,
  info: WorkbookInfo,
): Promise<{ committed: boolean; current: { id: string; name: string }[] }> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/id,items/name,items/visibility");
  wb.tables.load("items/name");
  wb.names.load("items/name,items/formula,items/visible");
  await ctx.sync();

  const known = new Set(info.sheets.map((s) => s.id));
  const kindOfFinal = new Map(layout.entries.map((e) => [nameKey(e.finalName), e.plan.kind as string]));
  const prefix = nameKey(`~PAR${layout.nonce}-`);
  const items = wb.worksheets.items;
  const current = items.map((w) => ({ id: w.id, name: w.name }));
  const unknown = items.filter((w) => !known.has(w.id));
  const temps = unknown.filter((w) => nameKey(w.name).startsWith(prefix));
  const maybe = unknown
    .filter((w) => kindOfFinal.has(nameKey(w.name)))
    .map((w) => ({ w, marker: w.customProperties.getItemOrNullObject(MARKER_PROPERTY).load("value") }));
  if (maybe.length > 0) await ctx.sync();
  const finals = maybe
    .filter((m) => !m.marker.isNullObject && m.marker.value === kindOfFinal.get(nameKey(m.w.name)))
    .map((m) => m.w);
  const fresh = [...temps, ...finals];
  const committed = layout.entries.every((e) => finals.some((w) => w.name === e.finalName));
  // A marker name now pointing at a final name is new; one pointing elsewhere (a backup, #REF!) is old.
  const names = new Map(wb.names.items.map((n) => [n.name.toLowerCase(), nameTargetSheet(n.formula)]));
  const tables = new Set(wb.tables.items.map((t) => t.name.toLowerCase()));
  const byId = new Map(current.map((s) => [s.id, s]));

  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  if (committed) {
    for (const w of items)
      if (layout.replaced.some((r) => r.sheet.id === w.id)) {
        if (w.visibility === "VeryHidden") w.visibility = "Hidden";
        w.delete();
      }
    const isNew = (e: Entry) => names.get(e.markerName.toLowerCase()) === e.finalName;
    const renewed = new Set(layout.entries.filter(isNew).map((e) => e.markerName.toLowerCase()));
    for (const n of layout.oldMarkerNames)
      if (names.has(n.toLowerCase()) && !renewed.has(n.toLowerCase())) wb.names.getItem(n).delete();
    for (const e of layout.entries)
      for (const t of e.tables) if (tables.has(t.temp.toLowerCase())) wb.tables.getItem(t.temp).name = t.final;
    for (const e of layout.entries) if (!isNew(e)) addMarkerName(ctx, e, wb.worksheets.getItem(e.finalName));
    for (const n of wb.names.items) if (n.visible && renewed.has(n.name.toLowerCase())) n.visible = false;
  } else {
    // Marker names are added only after the commit point: the ones present are the old sheets'.
    for (const w of fresh) {
      if (w.visibility === "VeryHidden") w.visibility = "Hidden";
      w.delete();
    }
    for (const r of layout.replaced) {
      const now = byId.get(r.sheet.id);
      if (now && now.name !== r.sheet.name) wb.worksheets.getItem(r.sheet.id).name = r.sheet.name;
    }
  }
  await ctx.sync();
  return { committed, current };
}

/** The workbook description after a successful write (so the next write needs no inspection). */
function infoAfter(info: WorkbookInfo, layout: WriteLayout, idOf: (i: number) => string): WorkbookInfo {
  const gone = new Set(layout.replaced.map((r) => r.sheet.id));
  const goneNames = new Set(layout.oldMarkerNames.map((n) => n.toLowerCase()));
  const kept = info.sheets.filter((s) => !gone.has(s.id));
  const added: SheetInfo[] = layout.entries.map((e, i) => ({
    id: idOf(i),
    name: e.finalName,
    position: kept.length + i,
    visibility: e.plan.hidden ? "Hidden" : "Visible",
    protected: false,
    generated: e.plan.kind,
    tables: e.tables.map((t) => t.final),
  }));
  return {
    sheets: [...kept, ...added],
    names: [...info.names.filter((n) => !goneNames.has(n)), ...layout.entries.map((e) => e.markerName.toLowerCase())],
    markerNames: [
      ...info.markerNames.filter((m) => !goneNames.has(m.name.toLowerCase())),
      ...layout.entries.map((e) => ({ name: e.markerName, sheet: e.finalName })),
    ],
  };
}
