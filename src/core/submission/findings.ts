import { Finding, Severity } from "../types.js";

/** Builds a finding for a sheet (and file) context. */
export function finding(
  ctx: { sheet: string; file?: string },
  rule: string,
  severity: Severity,
  cell: string,
  code: string | undefined,
  message: string,
  messageEn: string,
  expected?: string | number | null,
  actual?: string | number | null,
): Finding {
  const f: Finding = { rule, severity, sheet: ctx.sheet, cell, message, messageEn };
  if (ctx.file !== undefined) f.file = ctx.file;
  if (code !== undefined) f.code = code;
  if (expected !== undefined) f.expected = expected;
  if (actual !== undefined) f.actual = actual;
  return f;
}
