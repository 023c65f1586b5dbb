// What `par-index` prints: one JSON document (--json), or a readable Vietnamese report.
import { Finding, formatVi, groupsInOrder, skipReasonText, unitReading } from "../core/index.js";
import type { Analysis } from "../core/index.js";
import type { ChosenFramework } from "./inputs.js";

/** A note about the run that is not a finding on a unit (a text cut to Excel's limit). */
export interface Warning {
  message: string;
  messageEn: string;
}

/** A sheet a file lists that was not read, and why. */
export interface UnreadNote {
  file: string;
  sheet: string;
  severity: "error" | "skip";
  reasonVi: string;
}

// C0 and C1 control characters (but newline), DEL, and the bidirectional overrides that can make a
// terminal line read differently from what it holds.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: control characters (escape sequences, bidi overrides) removed, tabs made spaces. */
export function cleanTerminalText(s: string): string {
  return s.replace(/\t/g, " ").replace(CONTROL, "");
}

/** The --json document: framework, units and findings (shape documented in the README). */
export function jsonDocument(
  fw: ChosenFramework,
  a: Analysis | null,
  extra: {
    output?: string;
    frameworkFindings?: Finding[];
    fileFindings?: Finding[];
    skipped?: { file: string; sheet: string; reason: string; message: string; messageEn: string }[];
    warnings?: Warning[];
  } = {},
) {
  const f = fw.framework;
  return {
    framework: {
      id: f.id,
      name: f.name,
      total: f.areas.reduce((t, x) => t + x.max, 0),
      sample: f.sample,
      legalBasis: f.legalBasis,
      source: fw.howEn,
    },
    units: (a?.scores ?? []).map((s, i) => ({
      unit: s.unit,
      group: s.group,
      file: s.file ?? null,
      sheet: s.sheet,
      points: s.total,
      max: s.max,
      index: s.index,
      rank: s.rank,
      band: s.band,
      ready: !s.blocked,
      errors: s.errors,
      appraisedPoints: s.appraisedPoints,
      selfPoints: s.selfPoints,
      survey: s.survey,
      appraisal: s.appraisalStatus,
      areas: s.areas.map((x) => ({ code: x.code, points: x.points, max: x.max, index: x.index })),
      bonus: s.bonus,
      penalty: s.penalty,
      // What was decided in reading it: header row, what named the unit, tabs joined, rounds counted.
      reading: readingJson(unitReading(a!.validation.sheets[i], s)),
    })),
    findings: [
      ...(extra.frameworkFindings ?? []),
      ...(extra.fileFindings ?? []),
      ...(a?.validation.findings ?? []),
    ].map((x) => ({
      rule: x.rule,
      severity: x.severity,
      file: x.file ?? null,
      sheet: x.sheet,
      cell: x.cell,
      code: x.code ?? null,
      message: x.message,
      messageEn: x.messageEn,
      expected: x.expected ?? null,
      actual: x.actual ?? null,
    })),
    skipped: [
      ...(a?.validation.skipped ?? []).map((s) => {
        const why = skipReasonText(s.reason);
        return { file: s.file ?? null, sheet: s.sheet, reason: s.reason, message: why.vi, messageEn: why.en };
      }),
      ...(extra.skipped ?? []),
    ],
    warnings: extra.warnings ?? [],
    output: extra.output ?? null,
  };
}

function readingJson(r: ReturnType<typeof unitReading>) {
  return {
    headerRows: r.header,
    unitFrom: r.unitFrom,
    sheets: r.sheets,
    rounds: r.rounds,
    bonusFrom: r.bonusFrom,
    penaltyFrom: r.penaltyFrom,
    notes: r.notes.map((n) => n.vi),
    notesEn: r.notes.map((n) => n.en),
  };
}

const SEV = { error: "lỗi", warning: "cảnh báo", info: "thông tin" } as const;
const PER_SHEET = 25;

function pad(s: string, n: number, right = false): string {
  const t = s.length > n ? s.slice(0, n - 1) + "…" : s;
  return right ? t.padStart(n) : t.padEnd(n);
}

/** The readable report: framework used, each unit's findings, then the ranking per group. */
export function textReport(
  fw: ChosenFramework,
  a: Analysis,
  opts: {
    ranking: boolean;
    output?: string;
    written?: string[];
    frameworkFindings?: Finding[];
    fileFindings?: Finding[];
    unread?: UnreadNote[];
    warnings?: Warning[];
  },
): string {
  const out: string[] = [];
  const f = fw.framework;
  out.push(
    `Bộ tiêu chí: ${f.name}${f.legalBasis ? ` (${f.legalBasis})` : ""}, ${formatVi(f.areas.reduce((t, x) => t + x.max, 0))} điểm; lấy từ ${fw.how}.`,
  );
  for (const x of opts.frameworkFindings ?? [])
    if (x.severity !== "info") out.push(`  [${SEV[x.severity]}] ${x.sheet}!${x.cell} ${x.message}`);
  const units = a.validation.sheets;
  out.push(
    `Đã đọc ${units.length} bảng tự đánh giá${a.validation.skipped.length ? `; bỏ qua ${a.validation.skipped.length} trang không phải bảng đánh giá` : ""}.`,
  );
  for (const k of a.validation.skipped)
    if (k.reason !== "generated" && k.reason !== "framework")
      out.push(`  [bỏ qua] ${k.file ? `${k.file} › ` : ""}${k.sheet}: ${skipReasonText(k.reason).vi}`);
  for (const x of opts.fileFindings ?? []) out.push(`  [${SEV[x.severity]}] ${x.message}`);
  for (const u of (opts.unread ?? []).filter((x) => x.severity === "skip"))
    out.push(`  [bỏ qua] ${u.file} › ${u.sheet}: ${u.reasonVi}`);
  out.push("");
  out.push("KIỂM TRA HỒ SƠ");
  units.forEach((v, i) => {
    const s = v.summary;
    const where = `${s.file ? `${s.file} › ` : ""}${(v.submission.joined ?? [s.sheet]).join(" + ")}`;
    const state = s.ready ? "sẵn sàng chấm điểm" : `${s.errors} lỗi`;
    out.push(`${s.ready ? "✓" : "✗"} ${s.unit} (${where}): ${state}${s.warnings ? `, ${s.warnings} cảnh báo` : ""}`);
    // How it was read: header row and what named the unit on one line, then tabs joined, rounds counted, bonus/penalty from its rows.
    const r = unitReading(v, a.scores[i]);
    const first = r.header ? 2 : 1;
    out.push(
      `    · ${r.notes
        .slice(0, first)
        .map((n) => n.vi)
        .join(" ")}`,
    );
    for (const n of r.notes.slice(first)) out.push(`    · ${n.vi}`);
    const shown = v.findings.filter((x) => x.severity !== "info");
    for (const x of shown.slice(0, PER_SHEET))
      out.push(`    [${SEV[x.severity]}] ${pad(x.cell, 6)} ${x.code ? pad(x.code, 7) : "".padEnd(7)} ${x.message}`);
    if (shown.length > PER_SHEET) out.push(`    … và ${shown.length - PER_SHEET} phát hiện khác (xem đủ bằng --json)`);
  });
  const ready = a.scores.filter((s) => !s.blocked).length;
  out.push("");
  out.push(`${ready} đơn vị đủ điều kiện xếp hạng; ${a.scores.length - ready} đơn vị còn lỗi.`);
  if (opts.ranking) {
    for (const g of groupsInOrder(f, a.scores)) {
      out.push("");
      out.push(`XẾP HẠNG – NHÓM ${g.group.toLocaleUpperCase("vi")} (${g.units.length} đơn vị)`);
      out.push(
        `${pad("Hạng", 5, true)}  ${pad("Đơn vị", 28)} ${pad("Tổng điểm", 10, true)} ${pad("Chỉ số (%)", 11, true)}  Xếp loại`,
      );
      for (const u of g.units)
        out.push(
          `${pad(String(u.rank ?? ""), 5, true)}  ${pad(u.unit, 28)} ${pad(formatVi(u.total, 2), 10, true)} ${pad(formatVi(u.index, 2), 11, true)}  ${u.band ?? ""}`,
        );
    }
    const held = a.scores.filter((s) => s.blocked);
    if (held.length) {
      out.push("");
      out.push(`Chưa xếp hạng (hồ sơ còn lỗi): ${held.map((s) => `${s.unit} (${s.errors} lỗi)`).join("; ")}.`);
    }
  }
  if (opts.output) {
    out.push("");
    const names = opts.written?.length
      ? opts.written.join(", ")
      : "Tổng hợp, Xếp hạng, Điểm chi tiết, Kế hoạch khắc phục, Phân tích";
    out.push(`Đã ghi sổ kết quả: ${opts.output} (${names} – công thức sống).`);
  }
  for (const w of opts.warnings ?? []) out.push(`[cảnh báo] ${w.message}`);
  return out.join("\n") + "\n";
}
