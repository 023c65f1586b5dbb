// Command-line arguments of `par-index`, parsed by hand (no dependency): a command, options, files.

export type Command = "validate" | "score" | "template" | "frameworks" | "sample" | "help";

export interface Args {
  command: Command;
  framework?: string;
  out?: string;
  previous?: string;
  /** --groups: a table "Đơn vị | Nhóm" (.xlsx or .csv) giving units' ranking groups. */
  groups?: string;
  json: boolean;
  /** --accept-framework-errors: score with a framework that has errors (every sheet says so). */
  acceptFrameworkErrors?: boolean;
  units?: number;
  seed?: number;
  /** --max-cells: cells over all input files of the run (default DEFAULT_LIMITS.maxCells). */
  maxCells?: number;
  /** --max-mb: MiB of one input file, on disk and inflated (default DEFAULT_LIMITS.maxBytes). */
  maxMb?: number;
  /** --issuer, --parent, --place, --date, --number, --sign, --signer: the document header of the generated sheets. */
  header?: HeaderArgs;
  /** --unit-plans: sheets of the units that also get their own plan ("all": every unit). */
  unitPlans?: string[] | "all";
  files: string[];
}

/** The issuing body, its parent, place and date of the official documents the CLI writes. */
export interface HeaderArgs {
  issuingBody?: string;
  parentBody?: string;
  place?: string;
  date?: { year: number; month: number; day: number };
  /** The number line, e.g. "125/BC-SNV". */
  number?: string;
  /** The signature lines, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] (typed "KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC"). */
  sign?: string[];
  /** The signer's full name. */
  signer?: string;
}

/** A mistake in how the command was called (exit status 2). */
export class UsageError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} / ${messageEn}`);
    this.name = "UsageError";
  }
}

export const USAGE = `Cách dùng / Usage:
  par-index validate [--framework <mã|tệp.xlsx|tệp.json>] [--json] <tệp.xlsx>...
  par-index score    [--framework …] [--out ket-qua.xlsx] [--previous nam-truoc.xlsx] [--json] <tệp.xlsx>...
    [--accept-framework-errors]  chấm điểm dù bộ tiêu chí có lỗi / score despite framework errors
  validate, score: [--groups nhom.xlsx|nhom.csv]  bảng "Đơn vị | Nhóm" / the units' groups
  Đầu văn bản / document header (score):
    [--issuer "Sở Nội vụ"] [--parent "Ủy ban nhân dân tỉnh Quảng Ninh"] [--place "Hạ Long"]
    [--date 2025-12-15 | 15/12/2025] [--number "125/BC-SNV"]
    [--sign "KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC"] [--signer "Nguyễn Văn A"]
    (hoặc một trang "Thông tin văn bản" trong tệp / or a sheet "Thông tin văn bản" in the input)
  Kế hoạch riêng của đơn vị / a unit's own plan (score): [--unit-plans "P. Hồng Hà,X. Dân Chủ" | all]
  par-index template [--framework …] --out mau.xlsx
  par-index frameworks [--json]
  par-index sample   --out ho-so-mau.xlsx [--units 14] [--seed 2025]
  Giới hạn tệp đầu vào / input limits: [--max-cells 3000000] [--max-mb 512]

Mã thoát / exit status: 0 không có lỗi / no errors; 1 có lỗi trong hồ sơ / errors found;
2 sai cách gọi, tệp không đọc được hoặc bộ tiêu chí có lỗi (score) / usage error, unreadable input
or a framework with errors (score).`;

const COMMANDS: Command[] = ["validate", "score", "template", "frameworks", "sample", "help"];
const WITH_VALUE = new Set([
  "--framework",
  "--out",
  "--previous",
  "--groups",
  "--units",
  "--seed",
  "--max-cells",
  "--max-mb",
  "--issuer",
  "--parent",
  "--place",
  "--date",
  "--number",
  "--sign",
  "--signer",
  "--unit-plans",
]);
const HEADER_FLAGS = new Set(["--issuer", "--parent", "--place", "--date", "--number", "--sign", "--signer"]);
const LIMIT_MAX = { "--max-cells": 1_000_000_000, "--max-mb": 4096 } as const;

/** Parses argv (without node and script); throws UsageError on anything it does not understand. */
export function parseArgs(argv: string[]): Args {
  if (argv.length === 0) throw new UsageError("Thiếu lệnh.", "No command given.");
  if (argv[0] === "--help" || argv[0] === "-h") return { command: "help", json: false, files: [] };
  const command = argv[0] as Command;
  if (!COMMANDS.includes(command))
    throw new UsageError(`Lệnh không hợp lệ: "${argv[0]}".`, `Unknown command "${argv[0]}".`);
  const args: Args = { command, json: false, files: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--accept-framework-errors") args.acceptFrameworkErrors = true;
    else if (a === "--help" || a === "-h") return { command: "help", json: false, files: [] };
    else if (a.startsWith("--")) {
      const [flag, inline] = a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
      if (!WITH_VALUE.has(flag)) throw new UsageError(`Tùy chọn không hợp lệ: ${flag}.`, `Unknown option ${flag}.`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        throw new UsageError(`Thiếu giá trị cho ${flag}.`, `${flag} needs a value.`);
      if (flag === "--units" || flag === "--seed") {
        const n = Number(value);
        if (!Number.isInteger(n) || n < (flag === "--units" ? 1 : 0) || n > 100000)
          throw new UsageError(`${flag} cần một số nguyên hợp lệ.`, `${flag} needs a valid whole number.`);
        if (flag === "--units") args.units = n;
        else args.seed = n;
      } else if (flag === "--max-cells" || flag === "--max-mb") {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > LIMIT_MAX[flag])
          throw new UsageError(
            `${flag} cần một số nguyên từ 1 đến ${LIMIT_MAX[flag]}.`,
            `${flag} needs a whole number from 1 to ${LIMIT_MAX[flag]}.`,
          );
        if (flag === "--max-cells") args.maxCells = n;
        else args.maxMb = n;
      } else if (HEADER_FLAGS.has(flag)) {
        const h = (args.header ??= {});
        if (flag === "--date") h.date = parseDate(value);
        else {
          const text = value.trim();
          if (!text) throw new UsageError(`Thiếu giá trị cho ${flag}.`, `${flag} needs a value.`);
          if (flag === "--issuer") h.issuingBody = text;
          else if (flag === "--parent") h.parentBody = text;
          else if (flag === "--number") h.number = text;
          else if (flag === "--signer") h.signer = text;
          else if (flag === "--sign")
            h.sign = text
              .split("/")
              .map((t) => t.trim().toLocaleUpperCase("vi"))
              .filter(Boolean);
          else h.place = text;
        }
      } else if (flag === "--unit-plans") {
        const list = value
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean);
        if (!list.length) throw new UsageError(`Thiếu giá trị cho ${flag}.`, `${flag} needs a value.`);
        args.unitPlans = list.length === 1 && list[0].toLowerCase() === "all" ? "all" : list;
      } else if (flag === "--framework") args.framework = value;
      else if (flag === "--out") args.out = value;
      else if (flag === "--groups") args.groups = value;
      else args.previous = value;
    } else args.files.push(a);
  }
  if ((command === "validate" || command === "score") && args.files.length === 0)
    throw new UsageError("Cần ít nhất một tệp .xlsx hồ sơ đơn vị.", "At least one .xlsx submission file is needed.");
  if ((command === "template" || command === "sample") && !args.out)
    throw new UsageError(`Lệnh ${command} cần --out <tệp.xlsx>.`, `${command} needs --out <file.xlsx>.`);
  if (args.out && !/\.xlsx$/i.test(args.out))
    throw new UsageError(
      `Tệp kết quả phải có đuôi .xlsx: ${args.out}`,
      `The output file must end in .xlsx: ${args.out}`,
    );
  if ((args.header || args.unitPlans) && command !== "score")
    throw new UsageError(
      `Lệnh ${command} không ghi văn bản nên không nhận --issuer, --parent, --place, --date, --number, --sign, --signer, --unit-plans.`,
      `${command} writes no document: --issuer, --parent, --place, --date, --number, --sign, --signer, --unit-plans do not apply.`,
    );
  if (args.groups && command !== "score" && command !== "validate")
    throw new UsageError(`Lệnh ${command} không nhận --groups.`, `${command} does not take --groups.`);
  if (args.groups && !/\.(xlsx|csv)$/i.test(args.groups))
    throw new UsageError(
      `Tệp --groups phải là .xlsx hoặc .csv: ${args.groups}`,
      `The --groups file must be .xlsx or .csv: ${args.groups}`,
    );
  if (args.acceptFrameworkErrors && command !== "score")
    throw new UsageError(
      `Lệnh ${command} không xếp hạng nên không nhận --accept-framework-errors.`,
      `${command} does not rank: --accept-framework-errors does not apply.`,
    );
  if ((command === "template" || command === "frameworks" || command === "sample") && args.files.length)
    throw new UsageError(`Lệnh ${command} không nhận tệp đầu vào.`, `${command} takes no input files.`);
  return args;
}

/** "2025-12-15" or "15/12/2025" (also 15-12-2025, 15.12.2025), a real calendar day. */
export function parseDate(value: string): { year: number; month: number; day: number } {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : vi ? [+vi[3], +vi[2], +vi[1]] : [NaN, NaN, NaN];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (
    (!iso && !vi) ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== month - 1 ||
    d.getUTCDate() !== day ||
    year < 1900
  )
    throw new UsageError(
      `--date cần một ngày có thật, dạng 2025-12-15 hoặc 15/12/2025: "${value}".`,
      `--date needs a real day, as 2025-12-15 or 15/12/2025: "${value}".`,
    );
  return { year, month, day };
}
