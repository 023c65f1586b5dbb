// `par-index`: the engine of the add-in on .xlsx files. validate | score | template | frameworks | sample.
import * as ExcelJS from "exceljs";
import * as path from "node:path";
import { analyseWorkbook, buildPlans, builtinFrameworks, frameworkSheetPlan, frameworkSummary, PipelineOptions, resolveSheetNames, submissionTemplatePlan } from "../core/index.js";
import { Args, parseArgs, USAGE, UsageError } from "./args.js";
import { chooseFramework, gatherInputs, readPrevious } from "./inputs.js";
import { jsonDocument, textReport } from "./report.js";
import { sampleWorkbook } from "./sample.js";
import { copySheetInto, InputFileError, OutputFileError, writePlans, writeXlsxAtomic } from "./xlsx/index.js";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const PROGRESS_FROM = 5;

/** Runs one command; resolves to the exit status (0 clean, 1 errors found, 2 usage or unreadable input). */
export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
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
        return await template(args, io);
      case "sample":
        return await sample(args, io);
      default:
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

function frameworks(args: Args, io: Io): number {
  const list = builtinFrameworks().map((f) => ({ id: f.id, name: f.name, level: f.level, year: f.year ?? null, sample: f.sample, ...frameworkSummary(f) }));
  if (args.json) io.out(`${JSON.stringify(list, null, 2)}\n`);
  else for (const f of list) io.out(`${f.id.padEnd(14)} ${f.name} – ${f.level}; ${f.areas} lĩnh vực, ${f.criteria} tiêu chí, ${f.leaves} tiêu chí chấm điểm, ${f.total} điểm (điều tra XHH ${f.surveyMax})\n`);
  return 0;
}

async function template(args: Args, io: Io): Promise<number> {
  const fw = await chooseFramework(args.framework);
  const wb = new ExcelJS.Workbook();
  writePlans(wb, [submissionTemplatePlan(fw.framework)]);
  await writeXlsxAtomic(wb, args.out!);
  io.out(`Đã ghi mẫu bảng tự đánh giá theo ${fw.framework.name}: ${args.out}\n`);
  return 0;
}

async function sample(args: Args, io: Io): Promise<number> {
  const fw = await chooseFramework(args.framework);
  const count = args.units ?? 14;
  await writeXlsxAtomic(sampleWorkbook(fw.framework, count, { seed: args.seed }), args.out!);
  io.out(`Đã tạo sổ tính mẫu ${args.out}: ${count} phường, xã theo ${fw.framework.name}.\n`);
  return 0;
}

async function validateOrScore(args: Args, io: Io): Promise<number> {
  const many = args.files.length >= PROGRESS_FROM;
  const gathered = await gatherInputs(args.files, (i, file) => {
    if (many) io.err(`Đang đọc tệp ${i + 1}/${args.files.length}: ${path.basename(file)}\n`);
  });
  const fw = await chooseFramework(args.framework, gathered);
  // The framework's own sheet is not a unit.
  const snapshot = { sheets: gathered.snapshot.sheets.filter((s) => s.name !== fw.sheet) };
  const options: PipelineOptions = { framework: fw.framework, names: resolveSheetNames(snapshot) };
  if (args.previous) options.previous = await readPrevious(args.previous);
  const analysis = analyseWorkbook(snapshot, options);
  if (analysis.validation.sheets.length === 0) {
    const files = args.files.map((f) => path.basename(f)).join(", ");
    throw new UsageError(`Không tìm thấy bảng tự đánh giá nào (cần dòng tiêu đề STT, Nội dung, Điểm tối đa, Điểm tự đánh giá) trong: ${files}.`, `No self-assessment sheet (header Code, Title, Max, Self score) found in: ${files}.`);
  }
  let output: string | undefined;
  if (args.command === "score" && args.out) {
    const out = path.resolve(args.out);
    if ([...args.files, ...(args.previous ? [args.previous] : [])].some((f) => path.resolve(f) === out))
      throw new UsageError(`Tệp kết quả ${args.out} trùng với một tệp đầu vào; hãy chọn tên khác để không ghi đè hồ sơ.`, `The output ${args.out} is one of the input files; choose another name so no submission is overwritten.`);
    if (many) io.err("Đang ghi sổ kết quả…\n");
    const plans = buildPlans(analysis, snapshot, options, { remediation: true });
    // One input file: the result is that workbook (every sheet as it came, the user's file itself
    // untouched on disk) plus the generated sheets. Several files: the units' sheets are copied
    // into a new workbook.
    const single = gathered.workbooks.length === 1;
    const wb = single ? gathered.workbooks[0] : new ExcelJS.Workbook();
    if (!single) {
      wb.creator = "par-index";
      for (const v of analysis.validation.sheets) copySheetInto(wb, gathered.origins.get(v.submission.sheet)!.worksheet, v.submission.sheet);
    }
    const withFramework = single && fw.sheet !== undefined ? plans : [...plans, frameworkSheetPlan(fw.framework)];
    writePlans(wb, withFramework);
    await writeXlsxAtomic(wb, args.out);
    output = args.out;
  }
  const errors = [...fw.findings, ...analysis.validation.findings].some((f) => f.severity === "error");
  if (args.json) io.out(`${JSON.stringify(jsonDocument(fw, analysis, { output, frameworkFindings: fw.findings }), null, 2)}\n`);
  else io.out(textReport(fw, analysis, { ranking: args.command === "score", output, frameworkFindings: fw.findings }));
  return errors ? 1 : 0;
}
