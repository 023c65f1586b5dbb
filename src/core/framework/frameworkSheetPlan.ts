// The framework sheet as written: the values of the "Bộ tiêu chí" sheet (title, metadata, table,
// total) and the plan that gives it the official look. The reader is frameworkSheet.ts.
import { CellValue, Framework, PlanCell, SheetPlan, StyledRange, isCellError } from "../types.js";
import { a1, rangeA1 } from "../util/a1.js";
import { formatGroupsText } from "./groupsText.js";
import { codeDepth, displayCode } from "../util/codes.js";
import {
  FRAMEWORK_COLUMNS,
  FRAMEWORK_SHEET_NAME,
  FRAMEWORK_SHEET_TITLE,
  FrameworkColumn,
  GRID,
  META_FIELDS,
  OPTIONAL_META_FIELDS,
  MetaKey,
  NA_RULE_TEXT,
  NO,
  SOURCE_TEXT,
  SURVEY_MISSING_TEXT,
  groupMaxHeaderText,
  TOTAL_LABEL,
  YES,
  gridCol,
} from "./layout.js";
import { allNodes, frameworkTotal, groupsWithMaxima, inheritedFlags } from "./model.js";
import { formatBands, formatScale } from "./scaleText.js";
import { fitRowHeights } from "../plans/builder.js";

/** The values of the framework sheet, from A1: title, metadata, header, one row per node, total. */
export function frameworkToGrid(fw: Framework): CellValue[][] {
  // Per-group maxima ("Điểm tối đa (Phường)") follow the standard columns.
  const groupMax = groupsWithMaxima(fw);
  const width = GRID.width + groupMax.length;
  const row = (...cells: CellValue[]): CellValue[] => [
    ...cells,
    ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null),
  ];
  const orNull = (s: string | undefined) => (s === undefined || s === "" ? null : s);
  const metaValue: Record<MetaKey, CellValue> = {
    name: fw.name,
    id: fw.id,
    legalBasis: orNull(fw.legalBasis),
    year: fw.year ?? null,
    level: orNull(fw.level),
    issuingBody: orNull(fw.issuingBody),
    sample: fw.sample ? YES : NO,
    notApplicableRule: NA_RULE_TEXT[fw.notApplicableRule],
    groups: orNull(formatGroupsText(fw)),
    bands: orNull(formatBands(fw.bands)),
    bonusMax: fw.bonusMax ?? null,
    penaltyMax: fw.penaltyMax ?? null,
    surveyMissingRule: fw.surveyMissingRule ? SURVEY_MISSING_TEXT[fw.surveyMissingRule] : null,
  };
  const grid: CellValue[][] = [row(FRAMEWORK_SHEET_TITLE)];
  for (const m of META_FIELDS) grid.push(row(m.label, metaValue[m.key]));
  // The spacer row holds the optional metadata when the framework sets it.
  const optional = OPTIONAL_META_FIELDS.find((m) => metaValue[m.key] !== null);
  grid.push(optional ? row(optional.label, metaValue[optional.key]) : row());
  grid.push([...FRAMEWORK_COLUMNS.map((c) => c.header), ...groupMax.map(groupMaxHeaderText)]);
  for (const n of allNodes(fw)) {
    const leaf = n.children.length === 0;
    const inherited = leaf ? null : inheritedFlags(n.children);
    const cells: Record<FrameworkColumn, CellValue> = {
      code: displayCode(n.code),
      title: n.title,
      max: Number.isFinite(n.max) ? n.max : null,
      scale: leaf ? orNull(formatScale(n.scale)) : null,
      source: !inherited || inherited.source !== n.source ? SOURCE_TEXT[n.source] : null,
      evidence:
        !inherited || inherited.evidenceRequired !== n.evidenceRequired ? (n.evidenceRequired ? YES : NO) : null,
      appliesTo: orNull((n.appliesTo ?? []).join("; ")),
      rule: leaf ? orNull(n.ruleText) : null,
    };
    grid.push([...FRAMEWORK_COLUMNS.map((c) => cells[c.key]), ...groupMax.map((g) => n.maxByGroup?.[g] ?? null)]);
  }
  const total = frameworkTotal(fw);
  grid.push(row(null, TOTAL_LABEL, Number.isFinite(total) ? total : null));
  return grid;
}

/** The framework sheet as a plan to write: values, text codes, official styling, print setup. */
export function frameworkSheetPlan(fw: Framework): SheetPlan {
  const grid = frameworkToGrid(fw);
  const nodes = allNodes(fw);
  const last = grid[GRID.headerRow].length - 1;
  const h = GRID.headerRow;
  const firstNode = h + 1;
  const totalRow = firstNode + nodes.length;
  const cells: (PlanCell | null)[][] = grid.map((r) =>
    r.map((v) => (v === null || isCellError(v) ? null : { value: v })),
  );
  const maxCol = gridCol("max");
  const areaRows = nodes.map((n, i) => (codeDepth(n.code) === 1 ? firstNode + i : -1)).filter((r) => r >= 0);
  if (areaRows.length > 0) cells[totalRow][maxCol] = { formula: "=" + areaRows.map((r) => a1(r, maxCol)).join("+") };

  const styles: StyledRange[] = [
    { range: rangeA1(0, 0, 0, last), style: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" } },
    { range: rangeA1(GRID.firstMetaRow, 0, GRID.firstMetaRow + META_FIELDS.length - 1, 0), style: { bold: true } },
    {
      range: rangeA1(GRID.firstMetaRow, 1, GRID.firstMetaRow + META_FIELDS.length - 1, 1),
      style: { wrap: true, hAlign: "left" },
    },
    {
      range: rangeA1(h, 0, h, last),
      style: { bold: true, fill: "#D9E1F2", hAlign: "center", vAlign: "middle", wrap: true, border: "thin" },
    },
  ];
  if (nodes.length > 0) {
    const lastNode = totalRow - 1;
    styles.push(
      { range: rangeA1(firstNode, 0, totalRow, last), style: { border: "thin", vAlign: "middle" } },
      { range: rangeA1(firstNode, 0, lastNode, 0), style: { numberFormat: "@", hAlign: "center" } },
      { range: rangeA1(firstNode, 1, lastNode, 1), style: { wrap: true } },
      { range: rangeA1(firstNode, 2, totalRow, 2), style: { hAlign: "center" } },
      { range: rangeA1(firstNode, 3, lastNode, 3), style: { wrap: true } },
      { range: rangeA1(firstNode, 4, lastNode, last), style: { hAlign: "center", wrap: true } },
    );
    nodes.forEach((n, i) => {
      const r = firstNode + i;
      if (codeDepth(n.code) === 1)
        styles.push({ range: rangeA1(r, 0, r, last), style: { bold: true, fill: "#F2F2F2" } });
      else if (n.children.length > 0) styles.push({ range: rangeA1(r, 0, r, last), style: { bold: true } });
    });
  }
  styles.push({ range: rangeA1(totalRow, 0, totalRow, last), style: { bold: true, fill: "#F2F2F2" } });

  const merges = [rangeA1(0, 0, 0, last)];
  for (let i = 0; i < META_FIELDS.length; i++)
    merges.push(rangeA1(GRID.firstMetaRow + i, 1, GRID.firstMetaRow + i, last));

  const plan: SheetPlan = {
    name: FRAMEWORK_SHEET_NAME,
    kind: "framework",
    cells,
    styles,
    merges,
    // About 145 characters at 13 pt in all (the rule column too): A4 landscape fitted to the width prints
    // it at 9 pt or more; 167 printed at 8,2 pt. A maximum column per group adds 11 each.
    columnWidths: [12, 44, 9, 30, 11, 11, 14, 14, ...Array<number>(last + 1 - GRID.width).fill(11)],
    freeze: { rows: h + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", titleRows: `$${h + 1}:$${h + 1}`, fitToWidth: true },
    fontName: "Times New Roman",
    fontSize: 13,
  };
  // Wrapped titles and scales get the height of their lines (Excel never grows a row on opening).
  fitRowHeights(plan, h, totalRow, [1, 3, 4, 5, 6, 7]);
  if (nodes.length > 0) {
    plan.validations = [
      {
        type: "list",
        range: rangeA1(firstNode, gridCol("source"), totalRow - 1, gridCol("source")),
        values: [SOURCE_TEXT.self, SOURCE_TEXT.survey],
      },
      {
        type: "list",
        range: rangeA1(firstNode, gridCol("evidence"), totalRow - 1, gridCol("evidence")),
        values: [YES, NO],
      },
    ];
  }
  return plan;
}
