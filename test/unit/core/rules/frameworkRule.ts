// Runs one framework rule alone on a framework sheet, a JSON text or a framework made in code, read
// as readFrameworkSheet / parseFrameworkJson / checkFramework read them, so a rule's test sees only
// that rule's findings.
import { readFrameworkJsonFacts } from "../../../../src/core/framework/frameworkJson";
import { readFrameworkSheetFacts } from "../../../../src/core/framework/frameworkSheet";
import { frameworkToGrid } from "../../../../src/core/framework/frameworkSheetPlan";
import {
  defaultFrameworkLocation,
  FRAMEWORK_SHEET_NAME,
  gridCol,
  type FrameworkColumn,
  type FrameworkLocation,
} from "../../../../src/core/framework/layout";
import { runFrameworkRules, type FrameworkRuleId } from "../../../../src/core/rules/framework/index";
import type { FrameworkRule } from "../../../../src/core/rules/framework/input";
import type { Framework, SheetSnapshot } from "../../../../src/core/types";
import type { Finding } from "../../../../src/core/findings";
import { a1 } from "../../../../src/core/util/a1";
import { normalizeCode } from "../../../../src/core/util/codes";

/** The findings one framework rule reports on a framework sheet. */
export function onSheet(rule: FrameworkRule<FrameworkRuleId>, sheet: SheetSnapshot, file?: string): Finding[] {
  return runFrameworkRules(readFrameworkSheetFacts(sheet), { sheet: sheet.name, file }, [rule]);
}

/** The findings one framework rule reports on a framework JSON text. */
export function onJson(rule: FrameworkRule<FrameworkRuleId>, text: string, file?: string): Finding[] {
  return runFrameworkRules(readFrameworkJsonFacts(text, file), { sheet: "", file }, [rule]);
}

/** The findings one framework rule reports on a framework made in code (as checkFramework checks it). */
export function onFramework(
  rule: FrameworkRule<FrameworkRuleId>,
  fw: Framework,
  location: FrameworkLocation = defaultFrameworkLocation(),
  sheet = FRAMEWORK_SHEET_NAME,
): Finding[] {
  return runFrameworkRules({ framework: fw, location, facts: [] }, { sheet }, [rule]);
}

/** The framework sheet of a framework, as frameworkToGrid writes it from A1. */
export function frameworkSheet(fw: Framework): SheetSnapshot {
  return { name: FRAMEWORK_SHEET_NAME, originRow: 0, originCol: 0, values: frameworkToGrid(fw) };
}

/** A1 of a node's cell in one of the framework sheet's columns (found by its code). */
export function nodeCellOf(sheet: SheetSnapshot, code: string, col: FrameworkColumn): string {
  const r = sheet.values.findIndex(
    (row) => typeof row?.[gridCol("code")] === "string" && normalizeCode(row[gridCol("code")]) === code,
  );
  if (r < 0) throw new Error(`no row for ${code}`);
  return a1(sheet.originRow + r, sheet.originCol + gridCol(col));
}
