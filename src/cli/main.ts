// `par-index`: the engine of the add-in on .xlsx files. validate | score | template | frameworks | sample.
import * as ExcelJS from "exceljs";
import * as path from "node:path";
import {
  acceptedErrorsNote,
  acceptedErrorsNoteEn,
  analyseWorkbook,
  buildPlans,
  builtinFrameworks,
  checkWorkbookSheets,
  frameworkGate,
  frameworkSheetPlan,
  frameworkSummary,
  getBuiltinFramework,
  Finding,
  KEPT_SECTION,
  keptPlanEntries,
  PipelineOptions,
  resolveSheetNames,
  submissionTemplatePlan,
} from "../core/index.js";
import { Args, parseArgs, USAGE, UsageError } from "./args.js";
import { readGroupsFile } from "./groups.js";
import { ChosenFramework, chooseFramework, gatherInputs, readPrevious } from "./inputs.js";
import { ReadFile, refuseOutputOverInput } from "./paths.js";
import { cleanTerminalText, jsonDocument, textReport, Warning } from "./report.js";
import { sampleWorkbook } from "./sample.js";
import {
  copySheetInto,
  DEFAULT_LIMITS,
  InputFileError,
  MIB,
  OutputFileError,
  ReadOptions,
  writePlans,
  writeXlsxAtomic,
} from "./xlsx/index.js";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const PROGRESS_FROM = 5;

/** Runs one command; resolves to the exit status (0 clean, 1 errors found, 2 usage or unreadable input). */
export async function main(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  // Whatever reaches the terminal as text is cleaned of control characters (escape sequences in a
  // file or sheet name); the JSON document is printed as it is (JSON.stringify escapes them).
  const raw = io;
  io = { out: raw.out, err: (s: string) => raw.err(cleanTerminalText(s)) };
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`par-index: ${e.messageVi} (${e.messageEn})\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  try {
    switch (args.command) {
      case "help":
        io.out(`${USAGE}\n`);
        return 0;
      case "frameworks":
        return frameworks(args, io);
      case "template":
        await refuseOverwrite(args);
        return await template(args, io);
      case "sample":
        await refuseOverwrite(args);
        return await sample(args, io);
      default:
        await refuseOverwrite(args);
        return await validateOrScore(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputFileError || e instanceof OutputFileError) {
      io.err(`par-index: ${e.messageVi} (${e.messageEn})\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`par-index: lỗi không mong đợi: ${msg} (unexpected error; PAR_DEBUG=1 shows details)\n`);
    if (process.env.PAR_DEBUG) io.err(`${e instanceof Error ? e.stack : ""}\n`);
    return 3;
  }
}

function readOptions(args: Args): ReadOptions {
  return {
    limits: {
      ...DEFAULT_LIMITS,
      ...(args.maxCells ? { maxCells: args.maxCells } : {}),
      ...(args.maxMb ? { maxBytes: args.maxMb * MIB } : {}),
    },
    usage: { cells: 0 },
  };
}

// --out is never a file this run reads (an input, the --framework file, the --previous file),
// whatever link or path leads to it: checked before anything is read.
async function refuseOverwrite(args: Args): Promise<void> {
  if (!args.out) return;
  const read: ReadFile[] = args.files.map((file) => ({ file, roleVi: "tệp đầu vào", roleEn: "input file" }));
  if (args.framework && !getBuiltinFramework(args.framework))
    read.push({
      file: args.framework,
      roleVi: "tệp bộ tiêu chí (--framework)",
      roleEn: "framework file (--framework)",
    });
  if (args.previous)
    read.push({ file: args.previous, roleVi: "tệp năm trước (--previous)", roleEn: "previous-year file (--previous)" });
  if (args.groups)
    read.push({ file: args.groups, roleVi: "tệp nhóm đơn vị (--groups)", roleEn: "groups file (--groups)" });
  await refuseOutputOverInput(args.out, read);
}

function frameworks(args: Args, io: Io): number {
  const list = builtinFrameworks().map((f) => ({
    id: f.id,
    name: f.name,
    level: f.level,
    year: f.year ?? null,
    sample: f.sample,
    ...frameworkSummary(f),
  }));
  if (args.json) io.out(`${JSON.stringify(list, null, 2)}\n`);
  else
    for (const f of list)
      io.out(
        `${f.id.padEnd(14)} ${f.name} – ${f.level}; ${f.areas} lĩnh vực, ${f.criteria} tiêu chí, ${f.leaves} tiêu chí chấm điểm, ${f.total} điểm (điều tra XHH ${f.surveyMax})\n`,
      );
  return 0;
}

async function template(args: Args, io: Io): Promise<number> {
  const fw = await chooseFramework(args.framework, undefined, readOptions(args));
  const wb = new ExcelJS.Workbook();
  writePlans(wb, [submissionTemplatePlan(fw.framework)]);
  await writeXlsxAtomic(wb, args.out!);
  io.out(`Đã ghi mẫu bảng tự đánh giá theo ${fw.framework.name}: ${args.out}\n`);
  return 0;
}

async function sample(args: Args, io: Io): Promise<number> {
  const fw = await chooseFramework(args.framework, undefined, readOptions(args));
  const count = args.units ?? 14;
  await writeXlsxAtomic(sampleWorkbook(fw.framework, count, { seed: args.seed }), args.out!);
  io.out(`Đã tạo sổ tính mẫu ${args.out}: ${count} phường, xã theo ${fw.framework.name}.\n`);
  return 0;
}

async function validateOrScore(args: Args, io: Io): Promise<number> {
  const many = args.files.length >= PROGRESS_FROM;
  const read = readOptions(args);
  const gathered = await gatherInputs(
    args.files,
    (i, file) => {
      if (many) io.err(`Đang đọc tệp ${i + 1}/${args.files.length}: ${path.basename(file)}\n`);
    },
    read,
  );
  const fw = await chooseFramework(args.framework, gathered, read);
  // A broken framework does not rank: scoring stops with the framework's findings, unless staff
  // accept its errors knowingly (then every generated sheet says so).
  const gate = frameworkGate(fw.findings, args.acceptFrameworkErrors === true);
  if (args.command === "score" && gate.blocked) return refuseBrokenFramework(fw, gate.errors, args, io);
  // The framework's own sheet is not a unit.
  const snapshot = { sheets: gathered.snapshot.sheets.filter((s) => s.name !== fw.sheet) };
  const options: PipelineOptions = { framework: fw.framework, names: resolveSheetNames(snapshot) };
  // The document header from the command line; the engine completes it from the workbook's
  // "Thông tin văn bản" sheet, then the framework's issuing body as the parent body (resolveHeader).
  if (args.header) options.header = args.header;
  if (args.previous) options.previous = await readPrevious(args.previous, read);
  if (args.groups) options.groups = await readGroupsFile(args.groups, read);
  if (args.command === "score" && gate.errors.length) options.acceptedFrameworkErrors = gate.errors;
  const analysis = analyseWorkbook(snapshot, options);
  // Sheets the files list but that could not be read, and unit-like sheets named like a framework:
  // findings, never silent drops.
  const fileFindings = checkWorkbookSheets({
    sheets: gathered.snapshot.sheets,
    unread: gathered.unread,
    skipped: analysis.validation.skipped,
    frameworkSheet: fw.sheet,
  });
  if (analysis.validation.sheets.length === 0) {
    const files = args.files.map((f) => path.basename(f)).join(", ");
    const lost = fileFindings.length
      ? `; ${fileFindings.length} trang không đọc được, ví dụ "${fileFindings[0].sheet}" (${gathered.unread[0].reasonVi})`
      : "";
    const lostEn = fileFindings.length
      ? `; ${fileFindings.length} sheet(s) could not be read, e.g. "${fileFindings[0].sheet}" (${gathered.unread[0].reasonEn})`
      : "";
    throw new UsageError(
      `Không tìm thấy bảng tự đánh giá nào (cần dòng tiêu đề STT, Nội dung, Điểm tối đa, Điểm tự đánh giá) trong: ${files}${lost}.`,
      `No self-assessment sheet (header Code, Title, Max, Self score) found in: ${files}${lostEn}.`,
    );
  }
  let output: string | undefined;
  let written: string[] | undefined;
  const warnings: Warning[] = [];
  if (args.command === "score" && args.out) {
    if (many) io.err("Đang ghi sổ kết quả…\n");
    const plans = buildPlans(analysis, snapshot, options, {
      remediation: true,
      unitPlans: unitPlanSheets(args, analysis),
    });
    // One input file: the result is that workbook (every sheet as it came, the user's file itself
    // untouched on disk) plus the generated sheets. Several files: the units' sheets are copied
    // into a new workbook.
    const single = gathered.workbooks.length === 1;
    const wb = single ? gathered.workbooks[0] : new ExcelJS.Workbook();
    if (!single) {
      wb.creator = "par-index";
      // Every tab of a unit joined from several: the live formulas read them all.
      for (const v of analysis.validation.sheets)
        for (const sheet of v.submission.joined ?? [v.submission.sheet])
          copySheetInto(wb, gathered.origins.get(sheet)!.worksheet, sheet);
    }
    const withFramework = single && fw.sheet !== undefined ? plans : [...plans, frameworkSheetPlan(fw.framework)];
    const sheets = writePlans(wb, withFramework);
    written = sheets.map((w) => w.name);
    for (const w of sheets)
      for (const k of w.skipped)
        if (k.feature === "text") warnings.push({ message: k.messageVi, messageEn: k.messageEn });
    // Staff entries of criteria that left the plan are kept at its end: say so.
    const kept = keptPlanEntries(
      analysis,
      snapshot.sheets.filter((s) => s.generated === "plan" || s.generated === "unit-plan"),
    );
    if (kept.length) {
      const planSheet = sheets.find((w) => w.kind === "plan")?.name ?? "Kế hoạch khắc phục";
      const list =
        kept
          .slice(0, 5)
          .map((k) => `${k.unit} ${k.code}`)
          .join("; ") + (kept.length > 5 ? "; …" : "");
      warnings.push({
        message: `${kept.length} nội dung đã nhập trong kế hoạch cho tiêu chí nay đã đạt điểm tối đa (${list}) được giữ ở mục "${KEPT_SECTION}" cuối trang "${planSheet}".`,
        messageEn: `${kept.length} plan entries typed for criteria now at their maximum (${list}) are kept in the section "${KEPT_SECTION}" at the end of sheet "${planSheet}".`,
      });
    }
    await writeXlsxAtomic(wb, args.out);
    output = args.out;
  }
  if (options.acceptedFrameworkErrors)
    warnings.push({
      message: acceptedErrorsNote(options.acceptedFrameworkErrors),
      messageEn: acceptedErrorsNoteEn(options.acceptedFrameworkErrors),
    });
  const errors = [...fw.findings, ...fileFindings, ...analysis.validation.findings].some((f) => f.severity === "error");
  const skippedMore = gathered.unread.map((u) => ({
    file: u.file,
    sheet: u.sheet,
    reason: u.reason,
    message: u.reasonVi,
    messageEn: u.reasonEn,
  }));
  if (args.json)
    io.out(
      `${JSON.stringify(jsonDocument(fw, analysis, { output, frameworkFindings: fw.findings, fileFindings, skipped: skippedMore, warnings }), null, 2)}\n`,
    );
  else
    io.out(
      cleanTerminalText(
        textReport(fw, analysis, {
          ranking: args.command === "score",
          output,
          written,
          frameworkFindings: fw.findings,
          fileFindings,
          unread: gathered.unread,
          warnings,
        }),
      ),
    );
  return errors ? 1 : 0;
}

/** The unit sheets --unit-plans names (all units for "all"); a name that is no unit's sheet is a usage error. */
function unitPlanSheets(args: Args, analysis: ReturnType<typeof analyseWorkbook>): string[] | undefined {
  if (!args.unitPlans) return undefined;
  const sheets = analysis.validation.sheets.map((v) => v.submission.sheet);
  if (args.unitPlans === "all") return sheets;
  const unknown = args.unitPlans.filter((s) => !sheets.includes(s));
  if (unknown.length)
    throw new UsageError(
      `--unit-plans: không có trang tính đơn vị "${unknown.join('", "')}". Các trang: ${sheets.slice(0, 8).join(", ")}${sheets.length > 8 ? ", …" : ""}.`,
      `--unit-plans: no unit sheet "${unknown.join('", "')}". Sheets: ${sheets.slice(0, 8).join(", ")}${sheets.length > 8 ? ", …" : ""}.`,
    );
  return args.unitPlans;
}

/** Scoring refused: the framework has errors and staff did not accept them (exit 2, its findings listed). */
function refuseBrokenFramework(fw: ChosenFramework, errors: Finding[], args: Args, io: Io): number {
  const where = (f: Finding) => `${f.file ? `${path.basename(f.file)} › ` : ""}${f.sheet}${f.cell ? `!${f.cell}` : ""}`;
  const lines = fw.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `  [${f.severity === "error" ? "lỗi" : "cảnh báo"}] ${where(f)} ${f.rule}: ${f.message}`);
  io.err(
    `par-index: bộ tiêu chí ${fw.framework.name} (${fw.how}) có ${errors.length} lỗi nên không chấm điểm, xếp hạng:\n` +
      `${lines.join("\n")}\n` +
      `Sửa bộ tiêu chí, hoặc chấm điểm dù có lỗi bằng --accept-framework-errors (mọi trang kết quả sẽ ghi chú điều này).\n` +
      `(The framework has ${errors.length} error(s), so nothing is scored or ranked; fix it, or pass --accept-framework-errors.)\n`,
  );
  if (args.json)
    io.out(
      `${JSON.stringify({ error: "framework-errors", framework: { name: fw.framework.name, from: fw.howEn }, frameworkFindings: fw.findings }, null, 2)}\n`,
    );
  return 2;
}
