// The fake's formats: a range's (or every area's) format — column widths, row heights, alignment,
// wrapping, fill, font, borders, cell protection — its conditional formats and its data validation.
// Number formats are written through the range itself (ranges.ts).
import type {
  XColorScaleCriterion,
  XConditionalFormat,
  XDataValidation,
  XDataValidationRule,
  XRangeBorder,
  XRangeBorderCollection,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
} from "../api.js";
import { cellAt } from "./cells.js";
import type { OpQueue } from "./context.js";
import { formatCells, type RangeTarget } from "./rangeTarget.js";
import {
  assertEditable,
  type FakeConditionalFormat,
  type FakeFont,
  type FakeValidation,
  fillOf,
  localAddress,
  officeError,
  overlaps,
  parseLocal,
} from "./state.js";

/** The format of a range, or of every area of a RangeAreas (applied to each area, as Excel formats a multiple selection). */
export class FakeRangeFormat implements XRangeFormat {
  constructor(
    private readonly q: OpQueue,
    private readonly targets: () => RangeTarget[],
  ) {}

  private cmd(label: string, payload: unknown, apply: (t: RangeTarget) => void): void {
    this.q.queue(`format.${label}`, payload, () => this.targets().forEach(apply));
  }

  get columnWidth(): number {
    throw new Error("fake: format.columnWidth is write-only here");
  }
  set columnWidth(v: number) {
    this.cmd("columnWidth", v, (t) => {
      assertEditable(t.sheet);
      if (!(v >= 0)) throw officeError("InvalidArgument", "Invalid column width.");
      for (let c = t.b.c0; c <= t.b.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    throw new Error("fake: format.rowHeight is write-only here");
  }
  set rowHeight(v: number) {
    this.cmd("rowHeight", v, (t) => {
      assertEditable(t.sheet);
      if (!(v >= 0 && v <= 409)) throw officeError("InvalidArgument", "Invalid row height.");
      for (let r = t.b.r0; r <= t.b.r1; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  get horizontalAlignment(): string {
    throw new Error("fake: write-only");
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v))
      throw new Error(`fake: bad alignment ${v}`);
    this.cmd("horizontalAlignment", v, (t) => formatCells(t, (c) => (c.horizontalAlignment = v)));
  }
  get verticalAlignment(): string {
    throw new Error("fake: write-only");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) throw new Error(`fake: bad alignment ${v}`);
    this.cmd("verticalAlignment", v, (t) => formatCells(t, (c) => (c.verticalAlignment = v)));
  }
  get wrapText(): boolean {
    throw new Error("fake: write-only");
  }
  set wrapText(v: boolean) {
    this.cmd("wrapText", v, (t) => formatCells(t, (c) => (c.wrapText = v)));
  }

  get fill(): XRangeFill {
    const cmd = this.cmd.bind(this);
    return {
      get color(): string {
        throw new Error("fake: fill.color is write-only here; use getCellProperties");
      },
      set color(v: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new Error(`fake: colours are #RRGGBB, got ${v}`);
        cmd("fill.color", v, (t) => formatCells(t, (c) => (c.fill = fillOf({ color: v }))));
      },
      clear: () => cmd("fill.clear", undefined, (t) => formatCells(t, (c) => (c.fill = undefined))),
    };
  }

  get font(): XRangeFont {
    const cmd = this.cmd.bind(this);
    const setter = <K extends keyof FakeFont>(k: K) => ({
      get(): never {
        throw new Error(`fake: font.${k} is write-only here`);
      },
      set(v: FakeFont[K]) {
        cmd(`font.${k}`, v, (t) =>
          formatCells(
            t,
            (c) => (c.font = { ...c.font, [k]: v }),
            (s) => (s.defaultFont = { ...s.defaultFont, [k]: v }),
          ),
        );
      },
    });
    const font = {} as XRangeFont;
    for (const k of ["name", "size", "bold", "italic", "underline", "color"] as const)
      Object.defineProperty(font, k, setter(k));
    return font;
  }

  get borders(): XRangeBorderCollection {
    return {
      getItem: (index: string): XRangeBorder => {
        const border = {} as XRangeBorder;
        for (const k of ["style", "weight", "color"] as const) {
          Object.defineProperty(border, k, {
            get(): never {
              throw new Error("fake: write-only");
            },
            set: (v: string) => this.cmd(`borders.${index}.${k}`, v, (t) => setBorder(t, index, k, v)),
          });
        }
        return border;
      },
    };
  }

  get protection(): { locked: boolean } {
    const cmd = this.cmd.bind(this);
    return {
      get locked(): boolean {
        throw new Error("fake: write-only");
      },
      set locked(v: boolean) {
        cmd("protection.locked", v, (t) => formatCells(t, (c) => (c.locked = v)));
      },
    };
  }
}

/** Sets one part of a border on a range: edges on its outline, inside lines between its cells. */
function setBorder(t: RangeTarget, index: string, key: "style" | "weight" | "color", v: string): void {
  const { r0, r1, c0, c1 } = t.b;
  const edges: Record<string, (r: number, c: number) => string[]> = {
    EdgeTop: (r) => (r === r0 ? ["EdgeTop"] : []),
    EdgeBottom: (r) => (r === r1 ? ["EdgeBottom"] : []),
    EdgeLeft: (_r, c) => (c === c0 ? ["EdgeLeft"] : []),
    EdgeRight: (_r, c) => (c === c1 ? ["EdgeRight"] : []),
    InsideHorizontal: (r) => [...(r > r0 ? ["EdgeTop"] : []), ...(r < r1 ? ["EdgeBottom"] : [])],
    InsideVertical: (_r, c) => [...(c > c0 ? ["EdgeLeft"] : []), ...(c < c1 ? ["EdgeRight"] : [])],
  };
  const which = edges[index];
  if (!which) throw new Error(`fake: border ${index} is not modelled`);
  assertEditable(t.sheet);
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++)
      for (const e of which(r, c)) {
        const cell = cellAt(t.sheet, r, c);
        cell.borders = { ...cell.borders, [e]: { ...cell.borders?.[e], [key]: v } };
      }
}

/** One conditional format added to a range (its properties are write-only here). */
export class FakeConditionalFormatProxy implements XConditionalFormat {
  constructor(
    private readonly q: OpQueue,
    private readonly cf: () => FakeConditionalFormat,
  ) {}

  get colorScale(): XConditionalFormat["colorScale"] {
    const q = this.q;
    const cf = this.cf;
    return {
      get criteria(): { minimum: XColorScaleCriterion; maximum: XColorScaleCriterion } {
        throw new Error("fake: write-only");
      },
      set criteria(v) {
        q.queue("colorScale.criteria", v, () => (cf().criteria = v));
      },
    };
  }

  get cellValue(): XConditionalFormat["cellValue"] {
    const q = this.q;
    const cf = this.cf;
    return {
      get rule(): { formula1: string; operator: string } {
        throw new Error("fake: write-only");
      },
      set rule(v) {
        q.queue("cellValue.rule", v, () => (cf().rule = v));
      },
      format: {
        fill: {
          get color(): string {
            throw new Error("fake: write-only");
          },
          set color(v: string) {
            q.queue("cellValue.format.fill.color", v, () => (cf().fill = v));
          },
        },
        font: {
          get color(): string {
            throw new Error("fake: write-only");
          },
          set color(v: string) {
            q.queue("cellValue.format.font.color", v, () => (cf().fontColor = v));
          },
        },
      },
    };
  }
}

/** A range's data validation: one record per validated range, replacing any it overlaps. */
export class FakeDataValidation implements XDataValidation {
  constructor(
    private readonly q: OpQueue,
    private readonly t: () => RangeTarget,
  ) {}

  private record(): FakeValidation {
    const t = this.t();
    assertEditable(t.sheet);
    const range = localAddress(t.b);
    let v = t.sheet.validations.find((x) => x.range === range);
    if (!v) {
      // Rule: Excel refuses to set data validation on a range that partly holds another validation
      // (issue 16: "Excel rejects ... overlapping data validation"; Excel's own dialog offers only to
      // extend or clear a mixed selection). "Add data validation to Excel ranges": call
      // `Range.dataValidation.clear()` to remove validation; the range cleared need not be the one
      // validated. The adapter clears first.
      const clash = t.sheet.validations.find((x) => overlaps(parseLocal(x.range), t.b));
      if (clash)
        throw officeError(
          "InvalidOperation",
          `The range ${range} overlaps the data validation of ${clash.range}; clear it first.`,
        );
      v = { range };
      t.sheet.validations.push(v);
    }
    return v;
  }

  clear(): void {
    this.q.queue("dataValidation.clear", undefined, () => {
      const t = this.t();
      assertEditable(t.sheet);
      // The fake keeps one record per validated rectangle: clearing any of its cells drops it whole.
      t.sheet.validations = t.sheet.validations.filter((x) => !overlaps(parseLocal(x.range), t.b));
    });
  }

  get rule(): XDataValidationRule {
    throw new Error("fake: write-only");
  }
  set rule(v: XDataValidationRule) {
    const kinds = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) throw new Error("fake: a validation rule has exactly one kind");
    this.q.queue("dataValidation.rule", v, () => (this.record().rule = v));
  }
  get ignoreBlanks(): boolean {
    throw new Error("fake: write-only");
  }
  set ignoreBlanks(v: boolean) {
    this.q.queue("dataValidation.ignoreBlanks", v, () => (this.record().ignoreBlanks = v));
  }
  get prompt(): { message?: string; showPrompt: boolean; title?: string } {
    throw new Error("fake: write-only");
  }
  set prompt(v: { message?: string; showPrompt: boolean; title?: string }) {
    this.q.queue("dataValidation.prompt", v, () => (this.record().prompt = v));
  }
}
