// A plain, comparable picture of the fake workbook (tests compare them before and after; the
// preview hands them to the browser test). Its type, FakeDump, is derived from this function, so it
// follows the state types (state.ts) instead of repeating them.
import { type FakeSheet, type FakeWorkbookState, localAddress, MAX_COLS } from "./state.js";

/** A JSON round trip: plain data, no shared references. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** One sheet as plain data: cells by A1 address (untouched cells left out), sets and maps as arrays and records. */
function dumpSheet(s: FakeSheet) {
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    customProperties: Object.fromEntries([...s.customProperties.values()].map((p) => [p.key, p.value])),
    cells: Object.fromEntries(
      [...s.cells.entries()]
        .filter(([, c]) => Object.values(c).some((v) => v !== undefined))
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [
          localAddress({
            r0: Math.floor(k / MAX_COLS),
            c0: k % MAX_COLS,
            r1: Math.floor(k / MAX_COLS),
            c1: k % MAX_COLS,
          }),
          plain(c),
        ]),
    ),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    columnWidths: Object.fromEntries(s.columnWidths),
    rowHeights: Object.fromEntries(s.rowHeights),
    defaultFont: plain(s.defaultFont),
    merges: s.merges.map(localAddress),
    freeze: s.freeze && { ...s.freeze },
    conditionalFormats: plain(s.conditionalFormats),
    validations: plain(s.validations),
    charts: plain(s.charts),
    pageLayout: plain(s.pageLayout),
  };
}

/** Everything in the workbook as plain data, for before/after comparisons. */
export function dumpWorkbook(state: FakeWorkbookState) {
  const nameOf = (id?: string) => state.sheets.find((s) => s.id === id)?.name;
  return {
    sheets: state.sheets.map(dumpSheet),
    tables: plain(state.tables),
    names: plain(state.names),
    activeSheet: nameOf(state.activeSheetId),
    selection: state.selection && { sheet: nameOf(state.selection.sheetId) ?? "?", address: state.selection.address },
  };
}

/** A plain, comparable picture of everything in the fake workbook (what dumpWorkbook returns). */
export type FakeDump = ReturnType<typeof dumpWorkbook>;
