// Marking the cells of findings, and taking the marks off again without losing a user's fills.
//
// Before a cell is filled, its exact original fill (colour, pattern, tints, or "no fill") is saved
// in a very hidden sheet of the workbook ("_ParIndex_highlights", marked as the add-in's), so the
// marks can be removed after the task pane was closed or the workbook reopened. Clearing restores a
// cell only if it still shows the highlight colour: a fill the user changed meanwhile is kept.
// Only fills are touched, never values or formulas. Highlight: 3 syncs, clear: 4, for up to some
// 15,000 cells; beyond that the reads and writes are spread over syncs within the 4 MB budget.
import { nameKey, parseA1 } from "../core/index.js";
import type { Finding, Severity } from "../core/index.js";
import type { XFillProperties, XRange, XRequestContext, XWorksheet } from "./api.js";
import { guardText } from "./cellInput.js";
import { GatewayError } from "./gateway.js";
import { HIGHLIGHT_STORE_KIND, HIGHLIGHT_STORE_SHEET, MARKER_PROPERTY } from "./markers.js";
import { estimateBytes, OP_OVERHEAD, runInSyncs, type SizedStep, SYNC_BUDGET } from "./payload.js";

type FillResult = ReturnType<XRange["getCellProperties"]>;

/** Expected response of one cell's fill properties (five values with their names). */
const READ_FILL_BYTES = 200;

/** Fill of a highlighted cell, by severity (Excel's own "bad / neutral / note" tints). */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/** At most this many cells are highlighted in one call (beyond that, marks stop helping). */
export const MAX_HIGHLIGHTS = 5000;

const HEADER = ["sheetId", "sheet", "cell", "fill", "color"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const FILL_PROPS = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

interface StoredCell {
  sheetId: string;
  sheet: string;
  cell: string;
  fill: XFillProperties;
  color: string;
}

interface SheetRow {
  id: string;
  name: string;
  protected: boolean;
  ws: XWorksheet;
}

/** Lists the sheets (one sync) and finds the store. */
async function listSheets(ctx: XRequestContext): Promise<{ sheets: SheetRow[]; store?: XWorksheet }> {
  const items = ctx.workbook.worksheets;
  items.load("items/id,items/name,items/visibility,items/protection/protected");
  await ctx.sync();
  const sheets = items.items.map((ws) => ({ id: ws.id, name: ws.name, protected: ws.protection.protected, ws }));
  const store = items.items.find((ws) => ws.name === HIGHLIGHT_STORE_SHEET && ws.visibility === "VeryHidden");
  return { sheets: sheets.filter((s) => s.ws !== store), store };
}

function readStore(store: XWorksheet | undefined): () => StoredCell[] {
  if (!store) return () => [];
  const used = store.getUsedRange(true).load("values");
  return () =>
    used.values
      .slice(1)
      .filter((r) => typeof r[0] === "string" && r[0] !== "")
      .map((r) => ({
        sheetId: String(r[0]),
        sheet: String(r[1]),
        cell: String(r[2]),
        fill: JSON.parse(String(r[3])) as XFillProperties,
        color: String(r[4]),
      }));
}

function refuseProtected(sheets: SheetRow[], ids: Set<string>): void {
  const locked = sheets.filter((s) => ids.has(s.id) && s.protected).map((s) => s.name);
  if (locked.length > 0) {
    throw new GatewayError(
      `Không thể tô/bỏ tô màu vì trang tính đang được bảo vệ: ${locked.join(", ")}. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
      `Cannot change highlights on protected sheets: ${locked.join(", ")}. Unprotect them (Review → Unprotect Sheet) and try again.`,
      "AccessDenied",
    );
  }
}

/** Fills the cells of the findings (most severe finding wins); returns how many cells were newly highlighted. */
export async function highlightIn(
  ctx: XRequestContext,
  findings: readonly Finding[],
  budget = SYNC_BUDGET,
): Promise<number> {
  const { sheets, store } = await listSheets(ctx);
  const byName = new Map(sheets.map((s) => [nameKey(s.name), s]));
  const wanted = new Map<string, { sheet: SheetRow; cell: string; severity: Severity }>();
  for (const f of findings) {
    const sheet = byName.get(nameKey(f.sheet));
    const p = parseA1(f.cell ?? "");
    if (!sheet || !p) continue;
    const cell = f.cell.replace(/\$/g, "").toUpperCase();
    const key = `${sheet.id}|${cell}`;
    const prev = wanted.get(key);
    if (!prev && wanted.size >= MAX_HIGHLIGHTS) continue;
    if (!prev || RANK[f.severity] < RANK[prev.severity]) wanted.set(key, { sheet, cell, severity: f.severity });
  }
  if (wanted.size === 0) return 0;
  refuseProtected(sheets, new Set([...wanted.values()].map((w) => w.sheet.id)));

  const stored = readStore(store);
  const targets = [...wanted.entries()].map(([key, w]) => ({ key, ...w, props: undefined as FillResult | undefined }));
  // The store is read with the first group of original fills; the fills are read in groups whose
  // expected response stays within the budget.
  await runInSyncs(
    ctx,
    targets.map((t) => ({
      bytes: OP_OVERHEAD * 2 + READ_FILL_BYTES,
      run: () => (t.props = t.sheet.ws.getRange(t.cell).getCellProperties(FILL_PROPS)),
    })),
    budget,
  );

  const entries = stored();
  const known = new Map(entries.map((e) => [`${e.sheetId}|${e.cell}`, e]));
  let added = 0;
  for (const t of targets) {
    const color = HIGHLIGHT_COLORS[t.severity];
    const e = known.get(t.key);
    if (e) e.color = color;
    else {
      const fill = t.props!.value[0][0].format?.fill ?? {};
      const entry = { sheetId: t.sheet.id, sheet: t.sheet.name, cell: t.cell, fill, color };
      entries.push(entry);
      known.set(t.key, entry);
      added++;
    }
  }
  // The originals are saved before any fill changes (the store's blocks come first, in order): if a
  // later sync fails, clearing finds the saved cells whose colour never changed and leaves them alone.
  const steps: SizedStep[] = [...storeSteps(ctx, store, entries)];
  for (const t of targets) {
    const color = HIGHLIGHT_COLORS[t.severity];
    steps.push({
      bytes: 3 * OP_OVERHEAD + estimateBytes(t.cell) + estimateBytes(color),
      run: () => (t.sheet.ws.getRange(t.cell).format.fill.color = color),
    });
  }
  await runInSyncs(ctx, steps, budget);
  return added;
}

/** Rows of the store per block written in one command. */
const STORE_BLOCK_ROWS = 2000;

function storeSteps(ctx: XRequestContext, existing: XWorksheet | undefined, entries: StoredCell[]): SizedStep[] {
  const rows = [HEADER, ...entries.map((e) => [e.sheetId, e.sheet, e.cell, JSON.stringify(e.fill), e.color])].map((r) =>
    r.map(guardText),
  );
  let store = existing;
  const steps: SizedStep[] = [];
  if (!store)
    steps.push({
      bytes: 6 * OP_OVERHEAD + estimateBytes([HIGHLIGHT_STORE_SHEET, MARKER_PROPERTY, HIGHLIGHT_STORE_KIND]),
      run: () => {
        store = ctx.workbook.worksheets.add(HIGHLIGHT_STORE_SHEET);
        store.customProperties.add(MARKER_PROPERTY, HIGHLIGHT_STORE_KIND);
        store.visibility = "VeryHidden";
      },
    });
  for (let r = 0; r < rows.length; r += STORE_BLOCK_ROWS) {
    const block = rows.slice(r, r + STORE_BLOCK_ROWS);
    steps.push({
      bytes: 3 * OP_OVERHEAD + estimateBytes(block),
      run: () => {
        const range: XRange = store!.getRange(`A${r + 1}:E${r + block.length}`);
        range.formulas = block;
      },
    });
  }
  return steps;
}

/**
 * Excel reports a cell without fill as colour #FFFFFF with `tintAndShade` null (and, reportedly,
 * `pattern` null); a real fill, white included, has a number as its tint (OfficeDev/office-js#4900,
 * #6218). Such a cell is restored with `fill.clear()`, never with a white fill.
 */
export function isNoFill(fill: XFillProperties | undefined): boolean {
  if (!fill) return true;
  if (fill.pattern === "None") return true;
  const white = (fill.color ?? "#FFFFFF").toUpperCase() === "#FFFFFF";
  if (white && (fill.tintAndShade === null || fill.tintAndShade === undefined)) return true;
  return fill.pattern === undefined && fill.color === undefined;
}

/** The fill to give back to a cell through setCellProperties: only the parts Excel reported (null means "not uniform"). */
function restorable(fill: XFillProperties): XFillProperties {
  return Object.fromEntries(Object.entries(fill).filter(([, v]) => v !== null && v !== undefined));
}

/** Restores the original fill of every highlighted cell still showing its highlight; returns how many were restored. */
export async function clearHighlightsIn(ctx: XRequestContext, budget = SYNC_BUDGET): Promise<number> {
  const { sheets, store } = await listSheets(ctx);
  if (!store) return 0;
  const stored = readStore(store);
  await ctx.sync();

  const byId = new Map(sheets.map((s) => [s.id, s]));
  const entries = stored().filter((e) => byId.has(e.sheetId));
  refuseProtected(sheets, new Set(entries.map((e) => e.sheetId)));
  const now = entries.map((e) => ({ e, ws: byId.get(e.sheetId)!.ws, props: undefined as FillResult | undefined }));
  await runInSyncs(
    ctx,
    now.map((n) => ({
      bytes: OP_OVERHEAD * 2 + READ_FILL_BYTES,
      run: () => (n.props = n.ws.getRange(n.e.cell).getCellProperties(FILL_PROPS)),
    })),
    budget,
  );

  let restored = 0;
  const steps: SizedStep[] = [];
  for (const { e, ws, props } of now) {
    const fill = props!.value[0][0].format?.fill;
    // Still ours: the cell shows the highlight colour (whatever pattern Excel reports for it).
    const stillOurs = !isNoFill(fill) && (fill?.color ?? "").toUpperCase() === e.color.toUpperCase();
    if (!stillOurs) continue;
    if (isNoFill(e.fill))
      steps.push({
        bytes: 3 * OP_OVERHEAD + estimateBytes(e.cell),
        run: () => ws.getRange(e.cell).format.fill.clear(),
      });
    else {
      const data = [[{ format: { fill: restorable(e.fill) } }]];
      steps.push({
        bytes: 3 * OP_OVERHEAD + estimateBytes(e.cell) + estimateBytes(data),
        run: () => ws.getRange(e.cell).setCellProperties(data),
      });
    }
    restored++;
  }
  // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation
  // will fail with an InvalidOperation exception. You should first change its visibility to hidden
  // or visible before deleting it." The store goes last, after every fill is back.
  steps.push({
    bytes: 3 * OP_OVERHEAD,
    run: () => {
      store.visibility = "Hidden";
      store.delete();
    },
  });
  await runInSyncs(ctx, steps, budget);
  return restored;
}
