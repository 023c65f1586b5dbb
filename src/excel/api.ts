// The subset of the Excel JavaScript API the adapter uses, as small structural interfaces. The real
// `Excel.RequestContext` satisfies them (office.ts proves it at compile time) and so does the
// in-memory fake (fake/), so every adapter function runs unchanged on both.
//
// Semantics are Office's: methods and property writes only queue commands; `load` asks for
// properties; nothing happens and nothing can be read until `context.sync()`.

/** A value computed by Excel, readable after the next sync. */
export interface XClientResult<T> {
  readonly value: T;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

/** Runs a batch against a fresh request context (`Excel.run` in Office). */
export type RunBatch = <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>;

export interface XLoadable {
  load(propertyNames?: string): this;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  /** Every table of the workbook. */
  readonly tables: XTableCollection;
  readonly names: XNamedItemCollection;
  readonly application: XApplication;
  insertWorksheetsFromBase64(base64File: string, options?: XInsertWorksheetOptions): XClientResult<string[]>;
}

export interface XInsertWorksheetOptions {
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  sheetNamesToInsert?: string[];
}

export interface XApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XWorksheetCollection extends XLoadable {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
}

export type XSheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface XWorksheet extends XLoadable {
  readonly id: string;
  name: string;
  position: number;
  visibility: XSheetVisibility;
  readonly isNullObject: boolean;
  readonly protection: { readonly protected: boolean };
  readonly customProperties: XWorksheetCustomPropertyCollection;
  readonly tables: XTableCollection;
  readonly charts: XChartCollection;
  readonly freezePanes: XFreezePanes;
  readonly pageLayout: XPageLayout;
  /** Manual page breaks between rows (ExcelApi 1.9). */
  readonly horizontalPageBreaks: XPageBreakCollection;
  /** The whole sheet when no address is given. */
  getRange(address?: string): XRange;
  /** Several areas at once ("A1:B2, D5:D9"), to format them with one set of commands. */
  getRanges(address: string): XRangeAreas;
  /** The used range; the top-left cell when the sheet is blank. */
  getUsedRange(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
}

export interface XWorksheetCustomPropertyCollection extends XLoadable {
  readonly items: XWorksheetCustomProperty[];
  add(key: string, value: string): unknown;
  getItemOrNullObject(key: string): XWorksheetCustomProperty;
}

export interface XWorksheetCustomProperty extends XLoadable {
  readonly key: string;
  value: string;
  readonly isNullObject: boolean;
  delete(): void;
}

export interface XNamedItemCollection extends XLoadable {
  readonly items: XNamedItem[];
  add(name: string, reference: XRange | string, comment?: string): XNamedItem;
  getItem(name: string): XNamedItem;
}

export interface XNamedItem extends XLoadable {
  readonly name: string;
  /** The reference, e.g. "='Tổng hợp'!$A$1" (Office types it `any`). */
  readonly formula: unknown;
  visible: boolean;
  delete(): void;
}

/** Special-cell kinds used here (Office's `getSpecialCells` vocabulary). */
export type XSpecialCellType = "Visible" | "Formulas" | "Constants";
export type XSpecialCellValueType = "All" | "Errors";

export interface XRange extends XLoadable {
  /** Sheet-qualified A1 address, e.g. "'P. Hồng Hà'!A1:H120". */
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  /**
   * Number formats: a grid, or one format for every cell of the range ("If the argument is a single
   * value, it will be applied to all cells in the range", the Range reference).
   */
  get numberFormat(): unknown[][];
  set numberFormat(v: unknown[][] | string);
  /** True when every row is hidden, false when none is, null when some are. */
  rowHidden: boolean | null;
  readonly format: XRangeFormat;
  readonly conditionalFormats: XConditionalFormatCollection;
  readonly dataValidation: XDataValidation;
  select(): void;
  merge(across?: boolean): void;
  getSpecialCellsOrNullObject(cellType: XSpecialCellType, cellValueType?: XSpecialCellValueType): XRangeAreas;
  /** Merged areas within the range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): XRangeAreas;
  getCellProperties(options: XCellPropertiesLoadOptions): XClientResult<XCellProperties[][]>;
  setCellProperties(data: XCellProperties[][]): void;
}

export interface XRangeAreas extends XLoadable {
  /** Comma-separated sheet-qualified areas, e.g. "Sheet1!A1:B4, Sheet1!D1:D4". */
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: XRangeFormat;
}

/** A fill as getCellProperties reports it; `null` where Excel reports null (no fill: tints null, see highlights.ts). */
export interface XFillProperties {
  color?: string;
  pattern?: string | null;
  patternColor?: string;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

export interface XCellProperties {
  format?: { fill?: XFillProperties };
}

export interface XCellPropertiesLoadOptions {
  format?: {
    fill?: {
      color?: boolean;
      pattern?: boolean;
      patternColor?: boolean;
      tintAndShade?: boolean;
      patternTintAndShade?: boolean;
    };
  };
}

export interface XRangeFormat {
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  readonly borders: XRangeBorderCollection;
  readonly protection: { locked: boolean };
}

export interface XRangeFill {
  color: string;
  clear(): void;
}

export interface XRangeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}

export interface XRangeBorderCollection {
  getItem(index: string): XRangeBorder;
}

export interface XRangeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XConditionalFormatCollection {
  add(type: "ColorScale" | "CellValue"): XConditionalFormat;
}

export interface XColorScaleCriterion {
  color?: string;
  formula?: string;
  type: string;
}

export interface XConditionalFormat {
  readonly colorScale: {
    criteria: { minimum: XColorScaleCriterion; midpoint?: XColorScaleCriterion; maximum: XColorScaleCriterion };
  };
  readonly cellValue: {
    rule: { formula1: string; formula2?: string; operator: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
}

/** Office's rule accepts ranges and dates too; the adapter writes strings and numbers. */
export interface XDataValidationRule {
  list?: { inCellDropDown: boolean; source: string | object };
  date?: { formula1: string | number | object; formula2?: string | number | object; operator: string };
  decimal?: { formula1: string | number | object; formula2?: string | number | object; operator: string };
}

export interface XDataValidation {
  rule: XDataValidationRule;
  /** Clears the data validation from the range (ExcelApi 1.8). */
  clear(): void;
  ignoreBlanks: boolean;
  prompt: { message?: string; showPrompt: boolean; title?: string };
}

export interface XTableCollection extends XLoadable {
  readonly items: XTable[];
  add(address: XRange | string, hasHeaders: boolean): XTable;
  getItem(key: string): XTable;
}

export interface XTable extends XLoadable {
  name: string;
  style: string;
  showFilterButton: boolean;
}

export interface XChartCollection {
  add(type: "BarClustered", sourceData: XRange, seriesBy?: "Auto" | "Columns" | "Rows"): XChart;
}

export interface XChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): XChartSeries };
  setPosition(startCell: XRange | string, endCell?: XRange | string): void;
}

export interface XChartSeries {
  setXAxisValues(sourceData: XRange): void;
}

export interface XFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: XRange | string): void;
}

export interface XPageBreakCollection {
  /** ExcelApi 1.9: "Adds a page break before the top-left cell of the range specified." */
  add(pageBreakRange: XRange | string): unknown;
}

export interface XPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: XRange | string): void;
  /** ExcelApi 1.9: "The range must span the entire column to be valid." */
  setPrintTitleColumns(printTitleColumns: string): void;
  /** ExcelApi 1.9: "The range or ranges of the content to print." */
  setPrintArea(printArea: string): void;
}
