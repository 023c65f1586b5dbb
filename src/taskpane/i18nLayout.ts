// Messages of the narrow-pane layout (issue 21): the step indicator, the one-line summaries of the
// collapsed sections, the findings' grouping, the checks at each field. Kept apart
// from i18n.ts (merged into its catalog there) so the two change separately.

import { formatVi } from "../core/index.js";

const n = (x: number, one: string, many: string) => `${x} ${x === 1 ? one : many}`;

export const layoutVi = {
  stepOf: (p: { n: number; total: number; title: string }) => `Bước ${p.n}/${p.total}: ${p.title}`,
  findingsDefaultHint: "Mặc định chỉ hiện lỗi và cảnh báo; đánh dấu “Lưu ý” để xem cả các lưu ý.",
  groupBy: "Xếp theo",
  groupByUnit: "Đơn vị",
  groupByRule: "Quy tắc",
  ruleCounts: (p: { findings: number; units: number }) => `${p.findings} vấn đề ở ${p.units} đơn vị`,
  summaryCounting: (p: { rule: string }) => p.rule,
  summaryGroups: (p: { groups: number; bands: number }) => `${p.groups} nhóm · ${p.bands} mức xếp loại`,
  summaryGroupsNone: "Chưa có nhóm xếp hạng",
  summaryInputs: (p: { typed: number; total: number }) =>
    p.typed === 0 ? `Chưa nhập cho đơn vị nào (${p.total} đơn vị)` : `Đã nhập cho ${p.typed}/${p.total} đơn vị`,
  summaryInputsInvalid: (p: { n: number }) => `${p.n} ô nhập chưa đúng`,
  summaryPrevious: (p: { sheet: string }) => `So sánh với trang “${p.sheet}”`,
  summaryPreviousNone: "Không so sánh với năm trước",
  summaryDocument: (p: { body: string; place: string }) => `${p.body} · ${p.place}`,
  fieldNotNumber: (p: { value: string }) => `“${p.value}” không phải là số. Nhập số như 8,5 hoặc để trống.`,
  fieldNegative: "Điểm không được âm.",
  fieldOverMax: (p: { max: number }) => `Vượt điểm tối đa ${formatVi(p.max)}.`,
  fieldBandRange: "Ngưỡng phải là số từ 0 đến 100.",
  fieldBandOrder: (p: { above: number }) => `Ngưỡng phải thấp hơn ngưỡng của mức trên (${formatVi(p.above)}%).`,
  fieldYear: "Năm phải là số có bốn chữ số, ví dụ 2025.",
  fieldGroups: "Cần ít nhất một nhóm xếp hạng.",
  fieldDate: "Ngày ghi dạng ngày/tháng/năm, ví dụ 15/12/2025 (để trống ngày: … /12/2025).",
  fieldUnitName: "Tên đơn vị không được để trống; xóa hết để dùng tên đọc từ trang.",
  inputsOf: (p: { unit: string }) => `Điểm của ${p.unit}`,
};

/** The same messages in English, with the same parameters. */
export const layoutEn: {
  [K in keyof typeof layoutVi]: (typeof layoutVi)[K] extends (p: infer P) => string ? (p: P) => string : string;
} = {
  stepOf: (p) => `Step ${p.n} of ${p.total}: ${p.title}`,
  findingsDefaultHint: "Errors and warnings are shown by default; tick “Note” to see the notes too.",
  groupBy: "Group by",
  groupByUnit: "Unit",
  groupByRule: "Rule",
  ruleCounts: (p) => `${n(p.findings, "finding", "findings")} in ${n(p.units, "unit", "units")}`,
  summaryCounting: (p) => p.rule,
  summaryGroups: (p) => `${n(p.groups, "group", "groups")} · ${n(p.bands, "band", "bands")}`,
  summaryGroupsNone: "No ranking groups yet",
  summaryInputs: (p) =>
    p.typed === 0 ? `Nothing typed yet (${n(p.total, "unit", "units")})` : `Typed for ${p.typed} of ${p.total} units`,
  summaryInputsInvalid: (p) => `${n(p.n, "entry needs", "entries need")} fixing`,
  summaryPrevious: (p) => `Compared with sheet “${p.sheet}”`,
  summaryPreviousNone: "Not compared with last year",
  summaryDocument: (p) => `${p.body} · ${p.place}`,
  fieldNotNumber: (p) => `“${p.value}” is not a number. Type a number such as 8.5, or leave it blank.`,
  fieldNegative: "Points cannot be negative.",
  fieldOverMax: (p) => `More than the maximum of ${p.max}.`,
  fieldBandRange: "A threshold is a number from 0 to 100.",
  fieldBandOrder: (p) => `A threshold must be lower than the band above (${p.above}%).`,
  fieldYear: "A year has four digits, e.g. 2025.",
  fieldGroups: "At least one ranking group is needed.",
  fieldDate: "Write the date as day/month/year, e.g. 15/12/2025 (day left open: … /12/2025).",
  fieldUnitName: "A unit name cannot be blank; clear it all to use the name read from the sheet.",
  inputsOf: (p) => `Points of ${p.unit}`,
};
