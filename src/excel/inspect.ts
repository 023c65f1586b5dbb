// What is in the workbook, in two syncs whatever the number of sheets: (1) the sheet list and the
// workbook names, (2) for every sheet at once its marker, its tables and whatever else the caller
// queues (the reader adds used ranges). Reading, writing and highlighting all start from this.
import { nameKey } from "../core/index.js";
import type { GeneratedKind } from "../core/index.js";
import type { XRequestContext, XSheetVisibility, XWorksheet } from "./api.js";
import { HIGHLIGHT_STORE_KIND, isGeneratedKind, MARKER_PROPERTY, nameTargetSheet, parseMarkerName } from "./markers.js";

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: XSheetVisibility;
  protected: boolean;
  /** Kind of a sheet this add-in generated (also the highlight store's marker); undefined for a user's sheet. */
  generated?: GeneratedKind | typeof HIGHLIGHT_STORE_KIND;
  /** Names of the Excel tables on the sheet. */
  tables: string[];
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Workbook-level names (lower-cased), which table names must not collide with. */
  names: string[];
  /** Marker names (the CLI's `_ParIndex_<kind>_<n>`) and the sheet each points to. */
  markerNames: { name: string; sheet?: string }[];
}

/**
 * Loads the workbook's sheets in two syncs. `perSheet` queues more loads for each sheet in the
 * second sync; its results are returned alongside, in sheet order, with the sheets' proxies.
 */
export async function inspectWorkbook<T>(
  ctx: XRequestContext,
  perSheet: (ws: XWorksheet) => T,
): Promise<{ info: WorkbookInfo; worksheets: XWorksheet[]; extras: T[] }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/id,items/name,items/position,items/visibility,items/protection/protected");
  const names = ctx.workbook.names;
  names.load("items/name,items/formula");
  await ctx.sync();

  const markers = sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(MARKER_PROPERTY).load("value"));
  const tables = sheets.items.map((ws) => ws.tables.load("items/name"));
  const extras = sheets.items.map((ws) => perSheet(ws));
  await ctx.sync();

  const markerNames = names.items
    .filter((n) => parseMarkerName(n.name))
    .map((n) => ({ name: n.name, sheet: nameTargetSheet(n.formula) }));
  const byNameMarker = new Map<string, GeneratedKind>();
  for (const m of markerNames) if (m.sheet) byNameMarker.set(nameKey(m.sheet), parseMarkerName(m.name)!);

  const info: WorkbookInfo = {
    sheets: sheets.items.map((ws, i) => {
      const marker = markers[i].isNullObject ? undefined : markers[i].value;
      const generated =
        isGeneratedKind(marker) || marker === HIGHLIGHT_STORE_KIND ? marker : byNameMarker.get(nameKey(ws.name));
      return {
        id: ws.id,
        name: ws.name,
        position: ws.position,
        visibility: ws.visibility,
        protected: ws.protection.protected,
        ...(generated ? { generated } : {}),
        tables: tables[i].items.map((t) => t.name),
      };
    }),
    names: names.items.map((n) => n.name.toLowerCase()),
    markerNames,
  };
  return { info, worksheets: sheets.items, extras };
}
