// Nothing decided silently (issue 14): what the engine decided while reading a unit, in words and as
// data, for the CLI's JSON and report and the task pane's unit list; and why a sheet was skipped.
import type { Text } from "../rules/rule.js";
import type { UnitScore } from "../scoring/score.js";
import { a1 } from "../util/a1.js";
import { formatVi } from "../util/numbers.js";
import type { ValidatedSheet } from "./validate.js";

/** How a unit was read: its header row, what named it, the sheets joined, the rounds that counted. */
export interface UnitReading {
  /** The header's first and last cell rows (1-based), or null without a header. */
  header: { firstRow: number; lastRow: number } | null;
  /** What named the unit: a title line, a label ("Đơn vị: …"), the sheet's name, or a correction; and its cell. */
  unitFrom: { source: "title" | "label" | "sheet" | "override"; cell: string };
  /** Every sheet read as this unit (more than one when tabs were joined). */
  sheets: string[];
  /** With several appraisal rounds: each round's header, cell and how many criteria counted it. */
  rounds: { label: string; cell: string; criteria: number }[];
  /** Where the bonus and penalty come from. */
  bonusFrom: "sheet" | "input" | null;
  penaltyFrom: "sheet" | "input" | null;
  /** The same, in one line per decision. */
  notes: Text[];
}

/** Without a score: each round and how many unit-scored leaves count it (as scoreUnit counts them). */
function roundsOf(v: ValidatedSheet): UnitReading["rounds"] {
  const h = v.submission.header;
  if (!h || h.rounds.length <= 1) return [];
  const out = h.rounds.map((x) => ({ label: x.label, cell: a1(h.row, x.col), criteria: 0 }));
  for (const m of v.submission.rows)
    if (m.node.children.length === 0 && m.node.source === "self" && m.round !== undefined && m.round !== null)
      if (out[m.round]) out[m.round].criteria++;
  return out;
}

const SOURCE: Record<UnitReading["unitFrom"]["source"], Text> = {
  title: { vi: "dòng tiêu đề", en: "the title line" },
  label: { vi: "nhãn đơn vị", en: "the unit label" },
  sheet: { vi: "tên trang tính (không thấy tên đơn vị)", en: "the sheet's name (no unit name found)" },
  override: { vi: "tên do cán bộ sửa", en: "the name staff set" },
};

/** What was decided in reading a unit (score: its result, for rounds and bonus/penalty). */
export function unitReading(v: ValidatedSheet, score?: UnitScore): UnitReading {
  const s = v.submission;
  const h = s.header;
  const header = h ? { firstRow: h.row - h.rows + 2, lastRow: h.row + 1 } : null;
  const rounds = score?.rounds ?? roundsOf(v);
  const sheets = s.joined ?? [s.sheet];
  const notes: Text[] = [];
  if (header) {
    const rows = header.firstRow === header.lastRow ? `${header.lastRow}` : `${header.firstRow}–${header.lastRow}`;
    notes.push({ vi: `Dòng tiêu đề cột: dòng ${rows}.`, en: `Column header: row ${rows}.` });
  }
  const from = SOURCE[s.unitSource];
  notes.push({
    vi: `Tên đơn vị "${s.unit}" lấy từ ${from.vi}${s.unitSource === "sheet" ? "" : ` (ô ${s.unitCell})`}.`,
    en: `Unit name "${s.unit}" from ${from.en}${s.unitSource === "sheet" ? "" : ` (cell ${s.unitCell})`}.`,
  });
  if (sheets.length > 1)
    notes.push({
      vi: `Ghép ${sheets.length} trang của cùng đơn vị: ${sheets.map((x) => `"${x}"`).join(" + ")}.`,
      en: `${sheets.length} sheets of the same unit joined: ${sheets.map((x) => `"${x}"`).join(" + ")}.`,
    });
  const used = rounds.filter((r) => r.criteria > 0);
  if (rounds.length > 1)
    notes.push({
      vi: `Có ${rounds.length} vòng thẩm định; tính vòng sau cùng có điểm, từng tiêu chí: ${
        used.length
          ? [...used]
              .reverse()
              .map((r) => `"${r.label}" (ô ${r.cell}) ${r.criteria} tiêu chí`)
              .join("; ")
          : "chưa vòng nào có điểm"
      }.`,
      en: `${rounds.length} appraisal rounds; the latest with a value counts, criterion by criterion: ${
        used.length
          ? [...used]
              .reverse()
              .map((r) => `"${r.label}" (cell ${r.cell}) ${r.criteria} criteria`)
              .join("; ")
          : "no round has a value yet"
      }.`,
    });
  for (const kind of ["bonus", "penalty"] as const) {
    if (score?.[`${kind}From`] !== "sheet") continue;
    const rows = s.reading.adjustments.filter((a) => a.kind === kind);
    const cells = rows.map((a) => (a.sheet && a.sheet !== s.sheet ? `${a.sheet}!${a.cell}` : a.cell)).join(", ");
    const value = score[kind];
    notes.push(
      kind === "bonus"
        ? {
            vi: `Điểm thưởng ${formatVi(value ?? 0)} lấy từ dòng của đơn vị (${cells}).`,
            en: `Bonus ${value ?? 0} from the unit's rows (${cells}).`,
          }
        : {
            vi: `Điểm trừ ${formatVi(value ?? 0)} lấy từ dòng của đơn vị (${cells}).`,
            en: `Penalty ${value ?? 0} from the unit's rows (${cells}).`,
          },
    );
  }
  return {
    header,
    unitFrom: { source: s.unitSource, cell: s.unitCell },
    sheets,
    rounds,
    bonusFrom: score?.bonusFrom ?? null,
    penaltyFrom: score?.penaltyFrom ?? null,
    notes,
  };
}

const SKIP_REASONS: Record<string, Text> = {
  framework: { vi: "trang bộ tiêu chí, không phải hồ sơ đơn vị", en: "a framework sheet, not a unit's" },
  generated: {
    vi: "trang do phần mềm tạo (kết quả lần chạy trước)",
    en: "a sheet this software generated (an earlier run's result)",
  },
  "no-score-column": {
    vi: "có mã và điểm tối đa nhưng không có cột điểm (bộ tiêu chí hay mẫu trống)",
    en: "codes and maxima but no score column (a framework or a blank template)",
  },
  "not-a-submission": {
    vi: "không có bảng tự đánh giá (dòng tiêu đề STT, Nội dung, Điểm tối đa, Tự đánh giá)",
    en: "no self-assessment table (header Code, Title, Max, Self score)",
  },
  "survey-table": {
    vi: "bảng điểm điều tra xã hội học: đọc làm điểm điều tra của các đơn vị",
    en: "a survey table: read for the units' survey points",
  },
  "template-empty": { vi: "mẫu bảng tự đánh giá chưa điền điểm", en: "the self-assessment template, not filled in" },
  "document-info": {
    vi: "thông tin văn bản (cơ quan ban hành, số, ngày, người ký) dùng cho các trang tạo ra",
    en: "the document details (issuing body, number, date, signer) used by the generated sheets",
  },
  "consolidated-table": {
    vi: "bảng tổng hợp kết quả nhiều đơn vị (mỗi dòng một đơn vị), không phải hồ sơ của một đơn vị",
    en: "a consolidated result table (one row per unit), not one unit's submission",
  },
};

/** Why a sheet was not read as a unit, in words (a reason the engine does not know is shown as it is). */
export function skipReasonText(reason: string): Text {
  return SKIP_REASONS[reason] ?? { vi: reason, en: reason };
}
