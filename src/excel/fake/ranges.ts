// The fake's ranges: a range (values, formulas, number formats, hidden rows, merging, selection,
// special cells, cell properties) and a set of areas (RangeAreas). Their formats, conditional
// formats and data validation are in formats.ts.
import type {
  XCellProperties,
  XCellPropertiesLoadOptions,
  XConditionalFormatCollection,
  XDataValidation,
  XRange,
  XRangeAreas,
  XRangeFormat,
  XSpecialCellType,
  XSpecialCellValueType,
} from "../api.js";
import { areasWhere, cellAt, enterInput, shownValue, valueType, visibleAreas } from "./cells.js";
import { FakeClientResult, FakeProxy, OpQueue } from "./context.js";
import { FakeConditionalFormatProxy, FakeDataValidation, FakeRangeFormat } from "./formats.js";
import type { FakeHost } from "./host.js";
import { checkGrid, dims, gridOf, type RangeTarget } from "./rangeTarget.js";
import {
  assertEditable,
  type Bounds,
  cellCount,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeFill,
  type FakeSheet,
  fillOf,
  localAddress,
  officeError,
  overlaps,
  parseLocal,
  qualified,
} from "./state.js";

/**
 * What Excel reports for a cell without fill. Rule of the fake: OfficeDev/office-js#4900 (a
 * Microsoft engineer): "If you are setting "No Fill", you will get "null"" for tintAndShade, "and if
 * you fill as white or other color, you will get a number"; the reporter saw `null` for
 * `format.fill.pattern` and "#FFFFFF" for `format.fill.color` (also #6218: "For cells with No Fill,
 * the following APIs return #FFFFFF"). RangeFill.tintAndShade: "A `null` value indicates that the
 * range doesn't have uniform `tintAndShade` settings."
 */
export const REPORTED_NO_FILL = {
  color: "#FFFFFF",
  pattern: null,
  patternColor: "#000000",
  tintAndShade: null,
  patternTintAndShade: null,
} as const;

/** Range.getMergedAreasOrNullObject fails above this many areas. */
export const MAX_MERGED_AREAS = 512;

/** One rectangular range of a worksheet. */
export class FakeRangeProxy extends FakeProxy<RangeTarget> implements XRange {
  constructor(
    q: OpQueue,
    private readonly host: FakeHost,
  ) {
    super(q, "Range");
  }

  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => RangeTarget | null): this {
    return this.bindWith(label, payload, resolve);
  }

  protected override isGone(t: RangeTarget): boolean {
    return t.sheet.deleted === true;
  }

  protected override loadable(): string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
      "rowHidden",
    ];
  }

  protected override get(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case "address":
        return qualified(t.sheet, t.b);
      case "rowIndex":
        return t.b.r0;
      case "columnIndex":
        return t.b.c0;
      case "rowCount":
        return dims(t.b).rows;
      case "columnCount":
        return dims(t.b).cols;
      case "values":
        return gridOf(t, (cell) => shownValue(cell));
      case "formulas":
        return gridOf(t, (cell) => cell?.formula ?? shownValue(cell));
      case "numberFormat":
        return gridOf(t, (cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return gridOf(t, (cell) => valueType(cell));
      case "rowHidden": {
        let hidden = 0;
        for (let r = t.b.r0; r <= t.b.r1; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === dims(t.b).rows ? true : null;
      }
    }
    throw new Error(`fake: Range.${prop}`);
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.setCells("values", grid);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.setCells("formulas", grid);
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  /**
   * A grid of the range's shape, or one format for all its cells. Range.numberFormat: "When setting
   * number format to a range, the argument can be either a single value (string, number or boolean)
   * or a two-dimensional array. If the argument is a single value, it will be applied to all cells in
   * the range" (the Range reference, quoted in office-js-docs-reference#578; a scalar works at run
   * time though the TypeScript type says any[][], office-js-docs-pr#2013).
   */
  set numberFormat(grid: unknown[][] | string) {
    this.command("numberFormat", grid, (t) => {
      assertEditable(t.sheet);
      if (!Array.isArray(grid)) {
        if (typeof grid !== "string") throw officeError("InvalidArgument", "A number format is text.");
        for (let r = t.b.r0; r <= t.b.r1; r++)
          for (let c = t.b.c0; c <= t.b.c1; c++) cellAt(t.sheet, r, c).numberFormat = grid;
        return;
      }
      checkGrid(t.b, grid).forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw officeError("InvalidArgument", "A number format is text.");
          cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j).numberFormat = f;
        }),
      );
    });
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  set rowHidden(v: boolean | null) {
    this.command("rowHidden", v, (t) => {
      assertEditable(t.sheet);
      for (let r = t.b.r0; r <= t.b.r1; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  private setCells(label: string, grid: unknown[][]): void {
    this.command(label, grid, (t) => {
      assertEditable(t.sheet);
      checkGrid(t.b, grid).forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null || input === undefined) return;
          enterInput(cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j), input);
        }),
      );
    });
  }

  get format(): XRangeFormat {
    return new FakeRangeFormat(this.q, () => [this.target()]);
  }

  get conditionalFormats(): XConditionalFormatCollection {
    return {
      add: (type: "ColorScale" | "CellValue") => {
        const record: { cf?: FakeConditionalFormat } = {};
        this.command(`conditionalFormats.add(${type})`, type, (t) => {
          assertEditable(t.sheet);
          record.cf = { range: localAddress(t.b), type };
          t.sheet.conditionalFormats.push(record.cf);
        });
        return new FakeConditionalFormatProxy(this.q, () => record.cf!);
      },
    };
  }

  get dataValidation(): XDataValidation {
    return new FakeDataValidation(this.q, () => this.target());
  }

  select(): void {
    this.command("select", undefined, (t) => {
      if (t.sheet.visibility !== "Visible")
        throw officeError("InvalidOperation", `The worksheet "${t.sheet.name}" is hidden.`);
      this.host.state.activeSheetId = t.sheet.id;
      this.host.state.selection = { sheetId: t.sheet.id, address: localAddress(t.b) };
    });
  }

  merge(across?: boolean): void {
    this.command("merge", across ?? false, (t) => {
      assertEditable(t.sheet);
      const parts = across
        ? Array.from({ length: dims(t.b).rows }, (_, i) => ({ ...t.b, r0: t.b.r0 + i, r1: t.b.r0 + i }))
        : [t.b];
      for (const b of parts) {
        if (cellCount(b) === 1) continue;
        if (t.sheet.merges.some((m) => overlaps(m, b)))
          throw officeError("InvalidOperation", "Cannot merge a range that overlaps a merged range.");
        if (this.host.state.tables.some((tb) => tb.sheetId === t.sheet.id && overlaps(parseLocal(tb.range), b))) {
          throw officeError("InvalidOperation", "Cannot merge cells inside a table.");
        }
        t.sheet.merges.push(b);
      }
    });
  }

  getSpecialCellsOrNullObject(cellType: XSpecialCellType, cellValueType?: XSpecialCellValueType): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom(
      "range.getSpecialCellsOrNullObject",
      [cellType, cellValueType ?? null],
      () => {
        const t = this.target();
        const errorsOnly = cellValueType === "Errors";
        const isError = (c: FakeCell | undefined) => typeof c?.value === "object";
        let areas: Bounds[];
        if (cellType === "Visible") areas = visibleAreas(t.sheet, t.b);
        else if (cellType === "Formulas")
          areas = areasWhere(t.sheet, t.b, (c) => c?.formula !== undefined && (!errorsOnly || isError(c)));
        else
          areas = areasWhere(
            t.sheet,
            t.b,
            (c) => c?.formula === undefined && c?.value !== undefined && (!errorsOnly || isError(c)),
          );
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      },
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreasProxy {
    return new FakeRangeAreasProxy(this.q).bindFrom("range.getMergedAreasOrNullObject", null, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => overlaps(m, t.b));
      // Rule (Range.getMergedAreasOrNullObject, ExcelApi 1.13): "Note that if the merged areas
      // count in this range is more than 512, then this method will fail to return the result."
      // The reference names no error code; the fake throws GeneralException.
      if (areas.length > MAX_MERGED_AREAS)
        throw officeError("GeneralException", `The range has ${areas.length} merged areas (more than 512).`);
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  getCellProperties(options: XCellPropertiesLoadOptions): FakeClientResult<XCellProperties[][]> {
    const result = new FakeClientResult<XCellProperties[][]>();
    this.q.queue("range.getCellProperties", options, (staged) => {
      const t = this.target();
      const want = options.format?.fill ?? {};
      const keys = (Object.keys(want) as (keyof FakeFill)[]).filter((k) => want[k]);
      result.stage(
        gridOf(t, (cell) => {
          const fill: Record<keyof FakeFill, unknown> = cell?.fill ?? REPORTED_NO_FILL;
          return { format: { fill: Object.fromEntries(keys.map((k) => [k, fill[k]])) } };
        }),
        staged,
      );
    });
    return result;
  }

  setCellProperties(data: XCellProperties[][]): void {
    this.command("setCellProperties", data, (t) => {
      assertEditable(t.sheet);
      checkGrid(t.b, data).forEach((row, i) =>
        row.forEach((p, j) => {
          const fill = (p as XCellProperties | null)?.format?.fill;
          if (!fill) return;
          const cell = cellAt(t.sheet, t.b.r0 + i, t.b.c0 + j);
          if (fill.pattern === "None") cell.fill = undefined;
          else
            cell.fill = fillOf({
              ...(cell.fill ?? {}),
              ...(fill as Partial<FakeFill>),
              pattern: fill.pattern ?? "Solid",
            });
        }),
      );
    });
  }
}

/** Several areas of one worksheet (special cells, merged areas, getRanges). */
export class FakeRangeAreasProxy extends FakeProxy<{ sheet: FakeSheet; areas: Bounds[] }> implements XRangeAreas {
  constructor(q: OpQueue) {
    super(q, "RangeAreas");
  }
  /** Binds this proxy through a queued command (FakeProxy.bindWith, made public to the proxy families). */
  bindFrom(label: string, payload: unknown, resolve: () => { sheet: FakeSheet; areas: Bounds[] } | null): this {
    return this.bindWith(label, payload, resolve);
  }
  protected override loadable(): string[] {
    return ["address"];
  }
  protected override get(): unknown {
    const t = this.target();
    return t.areas.map((b) => qualified(t.sheet, b)).join(", ");
  }
  get address(): string {
    return this.read("address");
  }
  get format(): XRangeFormat {
    return new FakeRangeFormat(this.q, () => {
      const t = this.target();
      return t.areas.map((b) => ({ sheet: t.sheet, b }));
    });
  }
}
