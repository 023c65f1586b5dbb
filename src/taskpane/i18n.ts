// The task pane's one message catalog: every string staff read, in Vietnamese (the default) and English.
// Components and the controller refer to messages by key; nothing user-facing is written inline elsewhere.
import { formatVi } from "../core/index.js";
import { layoutEn, layoutVi } from "./i18nLayout.js";
export type Lang = "vi" | "en";

/** English when Office's display language is English ("en", "en-US", …), else Vietnamese. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return /^en\b|^en-/i.test((displayLanguage ?? "").trim()) ? "en" : "vi";
}

/** A number as staff read it: "87,26" in Vietnamese, "87.26" in English. */
export function formatNumber(lang: Lang, x: number, digits?: number): string {
  if (lang === "vi") return formatVi(x, digits);
  return x.toLocaleString(
    "en-US",
    digits === undefined
      ? { maximumFractionDigits: 6 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits },
  );
}

const list = (xs: readonly string[]) => xs.join(", ");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const q = (s: string) => `“${s}”`;

const vi = {
  appTitle: "Chỉ số CCHC",
  appSubtitle: "Thẩm định, chấm điểm và xếp hạng cải cách hành chính",
  outsideExcelTitle: "Cần mở trong Excel",
  outsideExcelBody:
    "Trang này là ngăn tác vụ của Chỉ số CCHC và chỉ hoạt động bên trong Excel. Hãy mở Excel, chọn Trang đầu → Chấm điểm CCHC.",
  stepsLabel: "Các bước thẩm định",
  stepFramework: "1. Bộ tiêu chí",
  stepUnits: "2. Hồ sơ đơn vị",
  stepCheck: "3. Kiểm tra",
  stepScore: "4. Chấm điểm & xếp hạng",
  stepPlans: "5. Kế hoạch khắc phục",
  next: "Bước tiếp theo",
  reread: "Đọc lại sổ tính",
  close: "Đóng",
  cancel: "Hủy",
  cancelOperation: "Hủy thao tác đang chạy",
  cancelled: "Đã hủy. Sổ tính không thay đổi.",
  progressOf: (p: { done: number; total: number }) => `${p.done}/${p.total}`,
  errorTitle: "Chưa thực hiện được",
  errorCode: (p: { code: string }) => `Mã lỗi: ${p.code}`,
  unexpectedError:
    "Đã xảy ra lỗi ngoài dự kiến. Sổ tính chưa bị thay đổi. Hãy bấm “Đọc lại sổ tính” rồi thử lại; nếu vẫn lỗi, gửi mã lỗi cho bộ phận hỗ trợ.",
  doneTitle: "Đã xong",
  noteTitle: "Lưu ý",

  // Operations (progress labels)
  opReading: "Đang đọc sổ tính…",
  opValidating: "Đang kiểm tra các bảng tự đánh giá…",
  opScoring: "Đang tính điểm và xếp hạng…",
  opPlanning: "Đang lập kế hoạch khắc phục…",
  opBuilding: "Đang tạo các trang kết quả…",
  opWriting: "Đang ghi các trang kết quả vào sổ tính…",
  opImporting: "Đang nhập tệp của đơn vị…",
  opHighlighting: "Đang tô màu các ô có vấn đề…",
  opClearing: "Đang bỏ tô màu…",
  opInserting: "Đang chèn trang vào sổ tính…",

  // Step 1: framework
  frameworkIntro:
    "Chọn bộ tiêu chí dùng để kiểm tra và chấm điểm năm nay: một bộ mẫu có sẵn, hoặc trang bộ tiêu chí của tỉnh trong sổ tính này.",
  frameworkChoice: "Bộ tiêu chí",
  frameworkBuiltin: (p: { name: string }) => (/\(mẫu\)\s*$/.test(p.name) ? p.name : `${p.name} (mẫu)`),
  frameworkSheet: (p: { sheet: string }) => `Trang ${q(p.sheet)} trong sổ tính`,
  frameworkNoSheets:
    "Sổ tính chưa có trang bộ tiêu chí nào. Có thể chèn bộ mẫu thành trang rồi sửa theo quyết định của tỉnh.",
  frameworkName: "Tên",
  frameworkLegalBasis: "Căn cứ",
  frameworkSampleBasis:
    "Bộ mẫu để dùng thử, không phải bộ tiêu chí chính thức của tỉnh nào. Hãy chèn thành trang và sửa theo quyết định của tỉnh.",
  frameworkNoBasis: "Chưa ghi căn cứ (số, ngày quyết định ban hành).",
  frameworkLevel: "Cấp",
  frameworkTotal: "Tổng điểm",
  frameworkShape: (p: { areas: number; criteria: number; sub: number; leaves: number }) =>
    `${p.areas} lĩnh vực, ${p.criteria} tiêu chí, ${p.sub} tiêu chí thành phần (${p.leaves} mục chấm điểm)`,
  frameworkSurvey: (p: { points: string; self: string }) =>
    `Đơn vị tự chấm ${p.self} điểm; điều tra xã hội học ${p.points} điểm`,
  frameworkGroups: "Nhóm xếp hạng",
  frameworkBands: "Mức xếp loại",
  frameworkProblemsNone: "Bộ tiêu chí không có vấn đề nào.",
  frameworkProblems: (p: { errors: number; warnings: number }) =>
    `Bộ tiêu chí có ${p.errors} lỗi, ${p.warnings} cảnh báo. Hãy sửa trên trang bộ tiêu chí rồi bấm “Đọc lại sổ tính”.`,
  frameworkUnreadable: (p: { sheet: string }) =>
    `Không đọc được bộ tiêu chí nào từ trang ${q(p.sheet)}. Trang cần có các cột Mã, Nội dung, Điểm tối đa và mỗi tiêu chí một dòng.`,
  frameworkSheetGone: (p: { sheet: string }) =>
    `Không còn trang ${q(p.sheet)} trong sổ tính. Hãy chọn lại bộ tiêu chí ở bước 1.`,
  insertFramework: "Chèn bộ mẫu thành trang để chỉnh sửa",
  insertFrameworkHint:
    "Tạo trang “Bộ tiêu chí” từ bộ mẫu đang chọn; sửa trang đó theo quyết định của tỉnh, rồi chọn nó làm bộ tiêu chí.",
  insertTemplate: "Chèn mẫu bảng tự đánh giá để gửi đơn vị",
  templateGroup: "Mẫu dành cho nhóm",
  templateAllGroups: "Mọi nhóm",
  confirmReplaceFramework: (p: { sheet: string }) =>
    `Sổ tính đã có trang ${q(p.sheet)} do bổ trợ tạo. Chèn lại sẽ thay thế trang đó, mọi chỉnh sửa trên trang sẽ mất.`,
  formulasAtRisk: (p: { cells: string[]; more: number }) =>
    `Công thức của người dùng trỏ tới trang do bổ trợ tạo vừa được thay thế nên có thể báo #REF!: ${p.cells.join("; ")}${p.more > 0 ? ` và ${p.more} ô khác` : ""}. Hãy sửa lại các công thức đó (Excel không tự chuyển tham chiếu sang trang mới).`,
  confirmFormulasAtRisk: (p: { cells: string[]; more: number }) =>
    `Công thức của người dùng đang trỏ tới trang do bổ trợ tạo sẽ được thay thế; sau khi ghi, chúng sẽ báo #REF! (Excel không tự chuyển tham chiếu sang trang mới): ${p.cells.join("; ")}${p.more > 0 ? ` và ${p.more} ô khác` : ""}. Vẫn ghi kết quả?`,
  writeAnyway: "Vẫn ghi",
  replace: "Thay thế trang",
  frameworkBlocked: (p: { errors: number }) =>
    `Bộ tiêu chí có ${p.errors} lỗi nên chưa thể chấm điểm, xếp hạng. Hãy sửa bộ tiêu chí rồi bấm “Đọc lại sổ tính”, hoặc chấp nhận các lỗi nếu đã xem kỹ.`,
  acceptFrameworkErrors: "Vẫn chấm điểm với bộ tiêu chí có lỗi…",
  confirmAcceptFrameworkErrors: (p: { errors: number }) =>
    `Chấm điểm, xếp hạng với bộ tiêu chí đang có ${p.errors} lỗi? Kết quả có thể sai; mọi trang kết quả sẽ ghi chú dưới tiêu đề rằng lỗi đã được chấp nhận.`,
  acceptErrors: "Chấp nhận và chấm điểm",
  frameworkAccepted: (p: { errors: number }) =>
    `Đã chấp nhận ${p.errors} lỗi của bộ tiêu chí: mọi trang kết quả sẽ ghi chú điều này dưới tiêu đề.`,
  withdrawAcceptance: "Bỏ chấp nhận",
  frameworkBlocksScoring: (p: { errors: number }) =>
    `Bộ tiêu chí có ${p.errors} lỗi nên chưa chấm điểm. Sửa bộ tiêu chí, hoặc chấp nhận các lỗi ở bước 1.`,
  insertedFramework: (p: { sheet: string }) =>
    `Đã chèn trang ${q(p.sheet)} và chọn làm bộ tiêu chí. Sửa trang theo quyết định của tỉnh, rồi bấm “Đọc lại sổ tính”.`,
  insertedTemplate: (p: { sheet: string }) =>
    `Đã chèn trang ${q(p.sheet)}. Gửi trang này cho các đơn vị để tự đánh giá.`,

  // Step 2: units
  unitsIntro: "Đưa bảng tự đánh giá của các đơn vị vào sổ tính này: mỗi đơn vị một trang.",
  importFiles: "Nhập tệp của đơn vị (.xlsx)…",
  importUnsupported:
    "Phiên bản Excel này chưa nhập được tệp trực tiếp. Hãy mở tệp của đơn vị, chuột phải vào tên trang → Di chuyển hoặc Sao chép… sang sổ tính này, rồi bấm “Đọc lại sổ tính”.",
  imported: (p: { sheets: number; files: number; names: string[] }) =>
    `Đã nhập ${p.sheets} trang từ ${p.files} tệp: ${list(p.names)}.`,
  importedNothing: "Các tệp đã chọn không có trang nào để nhập.",
  unitsFound: (p: { n: number }) => `Có ${p.n} trang bảng tự đánh giá trong sổ tính.`,
  unitsNone:
    "Chưa có trang bảng tự đánh giá nào. Hãy nhập tệp của đơn vị, hoặc sao chép trang của đơn vị vào sổ tính này.",
  unitsEditHint:
    "Sửa tên đơn vị hoặc nhóm nếu đọc chưa đúng; thay đổi chỉ dùng để chấm điểm, không sửa trang của đơn vị.",
  colSheet: "Trang tính",
  colUnit: "Đơn vị",
  unitNameLabel: (p: { sheet: string }) => `Tên đơn vị của trang ${p.sheet}`,
  unitGroupLabel: (p: { sheet: string }) => `Nhóm của trang ${p.sheet}`,
  groupNotChosen: "— Chưa xác định nhóm: hãy chọn —",
  skippedTitle: (p: { n: number }) => `${p.n} trang không phải bảng tự đánh giá`,
  skipReason: (p: { reason: string }) =>
    ({
      generated: "do bổ trợ tạo",
      framework: "bộ tiêu chí",
      "no-score-column": "không có cột điểm",
      "not-a-submission": "không phải bảng tự đánh giá",
      "template-empty": "mẫu chưa điền điểm",
      "survey-table": "bảng điểm điều tra XHH",
      "consolidated-table": "bảng tổng hợp kết quả nhiều đơn vị",
      "document-info": "thông tin văn bản",
    })[p.reason] ?? p.reason,
  readingLabel: (p: { sheet: string }) => `Cách đọc trang ${p.sheet}`,

  // Step 3: check
  checkIntro:
    "Kiểm tra từng bảng theo bộ tiêu chí: thiếu tiêu chí, điểm vượt tối đa, thiếu tài liệu kiểm chứng, tổng cộng sai…",
  checkAll: "Kiểm tra tất cả",
  checkOne: "Kiểm tra trang này",
  checkWhich: "Trang cần kiểm tra",
  notChecked: "Chưa kiểm tra. Bấm “Kiểm tra tất cả”.",
  readyCount: (p: { ready: number; total: number }) => `${p.ready}/${p.total} đơn vị sẵn sàng chấm điểm`,
  blockedCount: (p: { n: number }) => `${p.n} đơn vị còn lỗi cần sửa trước khi xếp hạng`,
  checkedSummary: (p: { units: number; ready: number; blocked: number }) =>
    p.blocked === 0
      ? `Đã kiểm tra ${p.units} đơn vị: tất cả sẵn sàng chấm điểm.`
      : `Đã kiểm tra ${p.units} đơn vị: ${p.ready} đơn vị sẵn sàng chấm điểm; ${p.blocked} đơn vị còn lỗi.`,
  checkedOne: (p: { unit: string; errors: number; warnings: number }) =>
    p.errors === 0
      ? `Đã kiểm tra ${p.unit}: không có lỗi (${p.warnings} cảnh báo).`
      : `Đã kiểm tra ${p.unit}: còn ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  filterSeverity: "Mức độ",
  filterRule: "Quy tắc",
  allRules: "Mọi quy tắc",
  sevError: "Lỗi",
  sevWarning: "Cảnh báo",
  sevInfo: "Lưu ý",
  sevCount: (p: { label: string; n: number }) => `${p.label} (${p.n})`,
  unitCounts: (p: { errors: number; warnings: number; infos: number }) =>
    `${p.errors} lỗi · ${p.warnings} cảnh báo · ${p.infos} lưu ý`,
  statusReady: "Sẵn sàng",
  statusBlocked: "Còn lỗi",
  findingHint: "Bấm (hoặc Enter) vào một dòng để chọn đúng ô đó trong Excel.",
  findingCell: (p: { sheet: string; cell: string }) => `${p.sheet}!${p.cell}`,
  findingCode: (p: { code: string }) => `Tiêu chí ${p.code}`,
  findingAction: (p: { sheet: string; cell: string; message: string }) =>
    `Chọn ô ${p.cell} trang ${p.sheet}: ${p.message}`,
  noFindingsShown: "Không có vấn đề nào theo bộ lọc đang chọn.",
  noFindingsUnit: "Không có vấn đề.",
  highlight: "Tô màu các ô có vấn đề",
  clearHighlights: "Bỏ tô màu",
  highlighted: (p: { n: number }) => `Đã tô màu ${p.n} ô có vấn đề. Bấm “Bỏ tô màu” để trả lại màu cũ.`,
  cleared: (p: { n: number }) => (p.n === 0 ? "Không có ô nào đang được tô màu." : `Đã trả lại màu cũ cho ${p.n} ô.`),
  selectedCell: (p: { sheet: string; cell: string }) => `Đã chọn ô ${p.cell} trang ${p.sheet}.`,

  // Step 4: score & rank
  scoreIntro:
    "Tính điểm, chỉ số, xếp hạng trong từng nhóm và xếp loại, ghi thành các trang Tổng hợp, Xếp hạng và Điểm chi tiết bằng công thức Excel.",
  settingsCounting: "Điểm được tính",
  countingRule: "Điểm thẩm định; mục chưa thẩm định tính theo điểm tự đánh giá.",
  countingChoice: "Cách tính điểm",
  countingAppraised: "Chỉ điểm thẩm định (mục chưa thẩm định tính 0 điểm)",
  countingSelf: "Điểm tự đánh giá của đơn vị (xem đơn vị tự chấm bao nhiêu)",
  countingStatus: (p: { appraised: number; partial: number; none: number }) =>
    `Đã thẩm định đủ: ${p.appraised} đơn vị; thẩm định một phần: ${p.partial}; chưa thẩm định: ${p.none}.`,
  notApplicableRule: (p: { rule: string }) =>
    p.rule === "rescale"
      ? "Mục không áp dụng: bỏ điểm tối đa của mục và quy đổi về thang 100."
      : "Mục không áp dụng: được tính điểm tối đa.",
  settingsGroups: "Nhóm và mức xếp loại",
  groupsLabel: "Nhóm xếp hạng (cách nhau bằng dấu phẩy)",
  bandLabel: (p: { label: string }) => `Ngưỡng “${p.label}” (từ … %)`,
  bandsInvalid: "Ngưỡng xếp loại phải là số từ 0 đến 100.",
  settingsInputs: "Điểm điều tra xã hội học, thưởng, trừ",
  inputsHint: (p: { survey: string }) =>
    `Nhập điểm điều tra XHH (tối đa ${p.survey}) cho từng đơn vị; để trống nếu giữ số đã nhập trên trang Tổng hợp.`,
  colSurvey: "Điều tra XHH",
  colBonus: "Thưởng",
  colPenalty: "Trừ",
  inputLabel: (p: { what: string; unit: string }) => `${p.what} của ${p.unit}`,
  inputInvalid: (p: { unit: string; field: "survey" | "bonus" | "penalty"; value: string }) =>
    `${{ survey: "Điểm điều tra XHH", bonus: "Điểm thưởng", penalty: "Điểm trừ" }[p.field]} của ${p.unit} (“${p.value}”) không phải là số không âm. Hãy sửa hoặc để trống.`,
  surveyPartsTitle: "Điểm điều tra XHH từng phần",
  surveyPartsHint:
    "Để trống: dùng điểm trong bảng điều tra hoặc cột thẩm định của đơn vị. Điểm nhập ở đây được ưu tiên.",
  surveyMissingTitle: (p: { n: number }) => `${p.n} đơn vị chưa có điểm điều tra XHH`,
  surveyTyped: "đã nhập trong ngăn tác vụ",
  surveyPartLabel: (p: { code: string; max: number }) => `${p.code} (tối đa ${formatVi(p.max)})`,
  surveyPartAria: (p: { code: string; title: string; unit: string }) => `${p.code}. ${p.title} của ${p.unit}`,
  surveyPartNotNumber: (p: { value: string }) => `${q(p.value)} không phải là số không âm.`,
  surveyPartOverMax: (p: { max: number }) => `Vượt điểm tối đa ${formatVi(p.max)}.`,
  surveyPartInvalid: (p: { unit: string; code: string; value: string; max?: number }) =>
    `Điểm điều tra XHH ${p.code} của ${p.unit} (${q(p.value)}) ${p.max === undefined ? "không phải là số không âm" : `vượt điểm tối đa ${formatVi(p.max)}`}. Hãy sửa hoặc để trống.`,
  surveyPartsAndTotal: (p: { unit: string }) =>
    `${p.unit}: đã nhập cả tổng điểm điều tra XHH và điểm từng phần. Hãy chỉ nhập một cách.`,
  sheetGone: (p: { sheet: string }) =>
    `Không còn trang ${q(p.sheet)} trong sổ tính. Hãy bấm “Đọc lại sổ tính” rồi chọn lại.`,
  sheetNotUnit: (p: { sheet: string }) =>
    `Trang ${q(p.sheet)} không phải bảng tự đánh giá của đơn vị (cần có cột Điểm tự đánh giá hoặc Điểm thẩm định).`,
  settingsPrevious: "So sánh với năm trước",
  previousSheet: "Trang kết quả năm trước",
  previousNone: "Không so sánh",
  previousRead: (p: { n: number; sheet: string }) =>
    `Đọc được kết quả năm trước của ${p.n} đơn vị từ trang ${q(p.sheet)}.`,
  previousEmpty: (p: { sheet: string }) =>
    `Trang ${q(p.sheet)} không có bảng “Đơn vị | Tổng điểm | Xếp hạng”; chưa so sánh với năm trước.`,
  settingsDocument: "Thông tin trên văn bản",
  yearLabel: "Năm đánh giá",
  issuingBodyLabel: "Cơ quan thẩm định",
  parentBodyLabel: "Cơ quan chủ quản",
  placeLabel: "Địa danh (ghi ngày tháng)",
  numberLabel: "Số, ký hiệu văn bản",
  dateLabel: "Ngày ban hành (để trống ngày: … /12/2025)",
  signLabel: "Thẩm quyền ký (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC)",
  signerLabel: "Người ký",
  documentKept:
    "Các thông tin này được lưu trong trang “Thông tin văn bản” của sổ tính: người mở sổ sau sẽ có cùng đầu văn bản.",
  scoreButton: "Tạo bảng Tổng hợp và Xếp hạng",
  scoredSummary: (p: { ranked: number; blocked: number }) =>
    p.blocked === 0
      ? `${p.ranked} đơn vị đã xếp hạng.`
      : `${p.ranked} đơn vị đã xếp hạng; ${p.blocked} đơn vị còn lỗi (chưa xếp hạng).`,
  wroteSheets: (p: { names: string[] }) => `Đã ghi các trang: ${list(p.names)}.`,
  resultsTitle: "Kết quả",
  colRank: "Hạng",
  colIndex: "Chỉ số (%)",
  colBand: "Xếp loại",
  notRanked: "Chưa xếp hạng",
  notRankedReason: (p: { errors: number }) => `còn ${p.errors} lỗi`,
  groupHeading: (p: { group: string; n: number }) => `${p.group} (${p.n})`,
  noUnitsToScore: "Chưa có đơn vị nào để chấm điểm. Hãy đưa bảng tự đánh giá của đơn vị vào sổ tính (bước 2).",

  // Step 5: plans
  plansIntro:
    "Lập kế hoạch khắc phục cho mọi tiêu chí bị mất điểm: giữ các tiêu chí đạt tối đa, khắc phục các tiêu chí bị trừ điểm.",
  planFor: "Lập kế hoạch cho",
  planAll: "Tất cả đơn vị (kèm trang Phân tích)",
  planOne: "Một đơn vị",
  planUnit: "Đơn vị",
  planButton: "Lập kế hoạch khắc phục",
  plannedAll: (p: { items: number; units: number }) =>
    `Đã lập kế hoạch khắc phục: ${p.items} tiêu chí bị mất điểm ở ${p.units} đơn vị, kèm phân tích.`,
  plannedOne: (p: { unit: string; items: number }) =>
    `Đã lập kế hoạch khắc phục cho ${p.unit}: ${p.items} tiêu chí bị mất điểm.`,
  planKeepsEntries: "Nội dung cán bộ đã nhập trong kế hoạch cũ (nguyên nhân, giải pháp, thời hạn…) được giữ lại.",

  // The browser preview page (npm run preview)
  previewTitle: "Xem thử Chỉ số CCHC (không cần Excel)",
  previewIntro:
    "Bên trái là ngăn tác vụ thật; bên phải là một sổ tính giả lập trong trình duyệt, nạp sẵn bảng tự đánh giá mẫu.",
  previewLanguage: "Ngôn ngữ",
  previewDark: "Giao diện tối",
  previewWorkbook: "Sổ tính (giả lập)",
  previewSheets: "Các trang tính",
  previewSampleFiles: "Tệp mẫu của đơn vị để thử “Nhập tệp” (chỉ dùng được trên trang xem thử):",
  previewSelected: (p: { sheet: string; cell: string }) => `Ô đang chọn: ${p.sheet}!${p.cell}`,
  previewNoSelection: "Chưa chọn ô nào",
  previewTruncated: (p: { rows: number; cols: number }) => `Chỉ hiển thị ${p.rows} dòng × ${p.cols} cột đầu.`,
  previewEmpty: "Trang trống.",
  previewGenerated: (p: { kind: string }) => `do bổ trợ tạo (${p.kind})`,
  ...layoutVi,
};

/** Every message: plain text, or a function of its parameters. */
export type Catalog = {
  [K in keyof typeof vi]: (typeof vi)[K] extends (p: infer P) => string ? (p: P) => string : string;
};
export type MessageKey = keyof Catalog;

const en: Catalog = {
  appTitle: "PAR Index",
  appSubtitle: "Appraise, score and rank administrative-reform self-assessments",
  outsideExcelTitle: "Open it in Excel",
  outsideExcelBody:
    "This is the PAR Index task pane; it works inside Excel only. Open Excel and choose Home → Chấm điểm CCHC.",
  stepsLabel: "Appraisal steps",
  stepFramework: "1. Criteria set",
  stepUnits: "2. Unit files",
  stepCheck: "3. Check",
  stepScore: "4. Score & rank",
  stepPlans: "5. Remediation plans",
  next: "Next step",
  reread: "Read the workbook again",
  close: "Close",
  cancel: "Cancel",
  cancelOperation: "Cancel the running operation",
  cancelled: "Cancelled. The workbook was not changed.",
  progressOf: (p) => `${p.done}/${p.total}`,
  errorTitle: "Could not do it",
  errorCode: (p) => `Error code: ${p.code}`,
  unexpectedError:
    "Something unexpected went wrong. The workbook was not changed. Click “Read the workbook again” and retry; if it persists, send the code to support.",
  doneTitle: "Done",
  noteTitle: "Note",

  opReading: "Reading the workbook…",
  opValidating: "Checking the self-assessment sheets…",
  opScoring: "Scoring and ranking…",
  opPlanning: "Drawing up the remediation plans…",
  opBuilding: "Building the result sheets…",
  opWriting: "Writing the result sheets…",
  opImporting: "Importing the unit files…",
  opHighlighting: "Highlighting the cells with problems…",
  opClearing: "Removing the highlights…",
  opInserting: "Inserting the sheet…",

  frameworkIntro:
    "Choose the criteria set for this year's checks and scores: a built-in sample, or your province's criteria sheet in this workbook.",
  frameworkChoice: "Criteria set",
  frameworkBuiltin: (p) => `${p.name} — built-in sample`,
  frameworkSheet: (p) => `Sheet ${q(p.sheet)} in this workbook`,
  frameworkNoSheets:
    "This workbook has no criteria sheet yet. Insert a sample as a sheet and edit it to match the province's decision.",
  frameworkName: "Name",
  frameworkLegalBasis: "Legal basis",
  frameworkSampleBasis:
    "A sample to try things with, not any province's official criteria set. Insert it as a sheet and edit it to match the province's decision.",
  frameworkNoBasis: "No legal basis given (number and date of the decision).",
  frameworkLevel: "Level",
  frameworkTotal: "Total points",
  frameworkShape: (p) => `${p.areas} areas, ${p.criteria} criteria, ${p.sub} sub-criteria (${p.leaves} scored items)`,
  frameworkSurvey: (p) => `Self-scored by units: ${p.self} points; surveys: ${p.points} points`,
  frameworkGroups: "Ranking groups",
  frameworkBands: "Classification bands",
  frameworkProblemsNone: "The criteria set has no problems.",
  frameworkProblems: (p) =>
    `The criteria set has ${plural(p.errors, "error", "errors")} and ${plural(p.warnings, "warning", "warnings")}. Fix them on the criteria sheet, then click “Read the workbook again”.`,
  frameworkUnreadable: (p) =>
    `No criteria could be read from sheet ${q(p.sheet)}. It needs Code, Title and Maximum columns, one criterion per row.`,
  frameworkSheetGone: (p) =>
    `Sheet ${q(p.sheet)} is no longer in the workbook. Choose the criteria set again in step 1.`,
  insertFramework: "Insert the sample as an editable sheet",
  insertFrameworkHint:
    "Creates a “Bộ tiêu chí” sheet from the chosen sample; edit it to match the province's decision, then choose it as the criteria set.",
  insertTemplate: "Insert a blank self-assessment template to send to units",
  templateGroup: "Template for group",
  templateAllGroups: "All groups",
  confirmReplaceFramework: (p) =>
    `The workbook already has the sheet ${q(p.sheet)} made by the add-in. Inserting again replaces it and every edit on it is lost.`,
  formulasAtRisk: (p) =>
    `Users' formulas pointed at add-in sheets that were just replaced and may now show #REF!: ${p.cells.join("; ")}${p.more > 0 ? ` and ${p.more} more` : ""}. Fix those formulas (Excel does not move references to the new sheet).`,
  confirmFormulasAtRisk: (p) =>
    `Users' formulas point at add-in sheets that would be replaced; after writing they will show #REF! (Excel does not move references to the new sheet): ${p.cells.join("; ")}${p.more > 0 ? ` and ${p.more} more` : ""}. Write the results anyway?`,
  writeAnyway: "Write anyway",
  replace: "Replace the sheet",
  frameworkBlocked: (p) =>
    `The criteria set has ${plural(p.errors, "error", "errors")}, so nothing can be scored or ranked. Fix it and click “Read the workbook again”, or accept the errors if you have checked them.`,
  acceptFrameworkErrors: "Score with the criteria set anyway…",
  confirmAcceptFrameworkErrors: (p) =>
    `Score and rank with a criteria set that has ${plural(p.errors, "error", "errors")}? The results may be wrong; every result sheet will note under its title that the errors were accepted.`,
  acceptErrors: "Accept and score",
  frameworkAccepted: (p) =>
    `${plural(p.errors, "error", "errors")} of the criteria set accepted: every result sheet will note it under its title.`,
  withdrawAcceptance: "Withdraw",
  frameworkBlocksScoring: (p) =>
    `The criteria set has ${plural(p.errors, "error", "errors")}, so nothing is scored. Fix it, or accept the errors in step 1.`,
  insertedFramework: (p) =>
    `Inserted sheet ${q(p.sheet)} and chose it as the criteria set. Edit it to match the province's decision, then click “Read the workbook again”.`,
  insertedTemplate: (p) => `Inserted sheet ${q(p.sheet)}. Send it to the units for their self-assessment.`,

  unitsIntro: "Bring the units' self-assessment sheets into this workbook: one sheet per unit.",
  importFiles: "Import unit files (.xlsx)…",
  importUnsupported:
    "This version of Excel cannot import files directly. Open the unit's file, right-click the sheet tab → Move or Copy… into this workbook, then click “Read the workbook again”.",
  imported: (p) =>
    `Imported ${plural(p.sheets, "sheet", "sheets")} from ${plural(p.files, "file", "files")}: ${list(p.names)}.`,
  importedNothing: "The chosen files have no sheets to import.",
  unitsFound: (p) => `${plural(p.n, "self-assessment sheet", "self-assessment sheets")} in the workbook.`,
  unitsNone: "No self-assessment sheets yet. Import the units' files, or copy their sheets into this workbook.",
  unitsEditHint:
    "Correct a unit's name or group if it was read wrongly; the change is used for scoring only and never alters the unit's sheet.",
  colSheet: "Sheet",
  colUnit: "Unit",
  unitNameLabel: (p) => `Unit name of sheet ${p.sheet}`,
  unitGroupLabel: (p) => `Group of sheet ${p.sheet}`,
  groupNotChosen: "— Group unknown: choose one —",
  skippedTitle: (p) => `${plural(p.n, "sheet is", "sheets are")} not self-assessments`,
  skipReason: (p) =>
    ({
      generated: "made by the add-in",
      framework: "criteria set",
      "no-score-column": "no score column",
      "not-a-submission": "not a self-assessment",
      "template-empty": "template not filled in",
      "survey-table": "survey points table",
      "consolidated-table": "a results table of several units",
      "document-info": "document details",
    })[p.reason] ?? p.reason,
  readingLabel: (p) => `How sheet ${p.sheet} was read`,

  checkIntro:
    "Check every sheet against the criteria set: missing criteria, scores over the maximum, missing evidence, wrong totals…",
  checkAll: "Check all",
  checkOne: "Check this sheet",
  checkWhich: "Sheet to check",
  notChecked: "Not checked yet. Click “Check all”.",
  readyCount: (p) => `${p.ready}/${p.total} units ready to score`,
  blockedCount: (p) => `${plural(p.n, "unit has", "units have")} errors to fix before ranking`,
  checkedSummary: (p) =>
    p.blocked === 0
      ? `Checked ${plural(p.units, "unit", "units")}: all ready to score.`
      : `Checked ${plural(p.units, "unit", "units")}: ${p.ready} ready to score; ${plural(p.blocked, "unit has", "units have")} errors.`,
  checkedOne: (p) =>
    p.errors === 0
      ? `Checked ${p.unit}: no errors (${plural(p.warnings, "warning", "warnings")}).`
      : `Checked ${p.unit}: ${plural(p.errors, "error", "errors")}, ${plural(p.warnings, "warning", "warnings")}.`,
  filterSeverity: "Severity",
  filterRule: "Rule",
  allRules: "All rules",
  sevError: "Error",
  sevWarning: "Warning",
  sevInfo: "Note",
  sevCount: (p) => `${p.label} (${p.n})`,
  unitCounts: (p) =>
    `${plural(p.errors, "error", "errors")} · ${plural(p.warnings, "warning", "warnings")} · ${plural(p.infos, "note", "notes")}`,
  statusReady: "Ready",
  statusBlocked: "Has errors",
  findingHint: "Click (or press Enter on) a line to select that cell in Excel.",
  findingCell: (p) => `${p.sheet}!${p.cell}`,
  findingCode: (p) => `Criterion ${p.code}`,
  findingAction: (p) => `Select cell ${p.cell} on sheet ${p.sheet}: ${p.message}`,
  noFindingsShown: "No problems match the current filter.",
  noFindingsUnit: "No problems.",
  highlight: "Highlight the cells with problems",
  clearHighlights: "Remove highlights",
  highlighted: (p) =>
    `Highlighted ${plural(p.n, "cell", "cells")} with problems. Click “Remove highlights” to restore their colours.`,
  cleared: (p) =>
    p.n === 0 ? "No cells were highlighted." : `Restored the original colour of ${plural(p.n, "cell", "cells")}.`,
  selectedCell: (p) => `Selected cell ${p.cell} on sheet ${p.sheet}.`,

  scoreIntro:
    "Compute points, indices, rankings within groups and bands, written as Summary, Ranking and Detail sheets with Excel formulas.",
  settingsCounting: "Which score counts",
  countingRule: "The appraised score; items not yet appraised count the self score.",
  countingChoice: "Scoring rule",
  countingAppraised: "Appraised scores only (items not yet appraised count 0)",
  countingSelf: "The unit's self scores (what the unit claimed)",
  countingStatus: (p) =>
    `Fully appraised: ${plural(p.appraised, "unit", "units")}; partly: ${p.partial}; not appraised: ${p.none}.`,
  notApplicableRule: (p) =>
    p.rule === "rescale"
      ? "Not-applicable items: their maximum is removed and the result rescaled to 100."
      : "Not-applicable items: awarded their maximum.",
  settingsGroups: "Groups and bands",
  groupsLabel: "Ranking groups (comma-separated)",
  bandLabel: (p) => `Threshold of “${p.label}” (from … %)`,
  bandsInvalid: "Band thresholds must be numbers from 0 to 100.",
  settingsInputs: "Survey, bonus and penalty points",
  inputsHint: (p) =>
    `Enter each unit's survey points (at most ${p.survey}); leave blank to keep what the Summary sheet holds.`,
  colSurvey: "Survey",
  colBonus: "Bonus",
  colPenalty: "Penalty",
  inputLabel: (p) => `${p.what} of ${p.unit}`,
  inputInvalid: (p) =>
    `${{ survey: "Survey points", bonus: "Bonus points", penalty: "Penalty points" }[p.field]} of ${p.unit} (“${p.value}”) is not a non-negative number. Correct it or leave it blank.`,
  surveyPartsTitle: "Survey points by component",
  surveyPartsHint:
    "Blank: the survey table's points or the unit's appraised column count. Points typed here come first.",
  surveyMissingTitle: (p) => `${p.n} ${p.n === 1 ? "unit has" : "units have"} no survey points`,
  surveyTyped: "typed in the pane",
  surveyPartLabel: (p) => `${p.code} (max ${p.max})`,
  surveyPartAria: (p) => `${p.code}. ${p.title} of ${p.unit}`,
  surveyPartNotNumber: (p) => `${q(p.value)} is not a non-negative number.`,
  surveyPartOverMax: (p) => `Above the maximum of ${p.max}.`,
  surveyPartInvalid: (p) =>
    `Survey points ${p.code} of ${p.unit} (${q(p.value)}) ${p.max === undefined ? "is not a non-negative number" : `are above the maximum of ${p.max}`}. Correct them or leave them blank.`,
  surveyPartsAndTotal: (p) =>
    `${p.unit}: both a survey total and survey points by component are typed. Type only one of them.`,
  sheetGone: (p) =>
    `Sheet ${q(p.sheet)} is no longer in the workbook. Click “Read the workbook again” and choose again.`,
  sheetNotUnit: (p) =>
    `Sheet ${q(p.sheet)} is not a unit's self-assessment (it needs a self-score or appraised-score column).`,
  settingsPrevious: "Compare with last year",
  previousSheet: "Sheet with last year's results",
  previousNone: "No comparison",
  previousRead: (p) => `Read last year's results of ${plural(p.n, "unit", "units")} from sheet ${q(p.sheet)}.`,
  previousEmpty: (p) => `Sheet ${q(p.sheet)} has no “Unit | Points | Rank” table; no comparison with last year.`,
  settingsDocument: "Document details",
  yearLabel: "Assessment year",
  issuingBodyLabel: "Appraising body",
  parentBodyLabel: "Parent body",
  placeLabel: "Place (for the date line)",
  numberLabel: "Document number",
  dateLabel: "Date (leave the day open: … /12/2025)",
  signLabel: "Signing authority (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC)",
  signerLabel: "Signer",
  documentKept:
    "These details are kept in the workbook's sheet “Thông tin văn bản”: whoever opens it next gets the same header.",
  scoreButton: "Create the Summary and Ranking sheets",
  scoredSummary: (p) =>
    p.blocked === 0
      ? `${plural(p.ranked, "unit", "units")} ranked.`
      : `${plural(p.ranked, "unit", "units")} ranked; ${plural(p.blocked, "unit has", "units have")} errors (not ranked).`,
  wroteSheets: (p) => `Wrote the sheets: ${list(p.names)}.`,
  resultsTitle: "Results",
  colRank: "Rank",
  colIndex: "Index (%)",
  colBand: "Band",
  notRanked: "Not ranked",
  notRankedReason: (p) => plural(p.errors, "error", "errors"),
  groupHeading: (p) => `${p.group} (${p.n})`,
  noUnitsToScore: "No units to score yet. Bring the units' self-assessment sheets into the workbook (step 2).",

  plansIntro:
    "Draw up the remediation plan for every criterion where points were lost: keep what is at the maximum, recover what was lost.",
  planFor: "Plan for",
  planAll: "All units (with the Analysis sheet)",
  planOne: "One unit",
  planUnit: "Unit",
  planButton: "Draw up the remediation plan",
  plannedAll: (p) =>
    `Remediation plan drawn up: ${plural(p.items, "criterion", "criteria")} with lost points across ${plural(p.units, "unit", "units")}, with the analysis.`,
  plannedOne: (p) =>
    `Remediation plan drawn up for ${p.unit}: ${plural(p.items, "criterion", "criteria")} with lost points.`,
  planKeepsEntries: "What staff typed in an earlier plan (cause, remedy, deadline…) is kept.",

  previewTitle: "PAR Index preview (no Excel needed)",
  previewIntro:
    "Left: the real task pane; right: an in-memory workbook in the browser, loaded with sample self-assessments.",
  previewLanguage: "Language",
  previewDark: "Dark theme",
  previewWorkbook: "Workbook (in memory)",
  previewSheets: "Sheets",
  previewSampleFiles: "Sample unit files to try “Import” (they work on this preview page only):",
  previewSelected: (p) => `Selected cell: ${p.sheet}!${p.cell}`,
  previewNoSelection: "No cell selected",
  previewTruncated: (p) => `Showing the first ${p.rows} rows × ${p.cols} columns only.`,
  previewEmpty: "Empty sheet.",
  previewGenerated: (p) => `made by the add-in (${p.kind})`,
  ...layoutEn,
};

export const CATALOG: Record<Lang, Catalog> = { vi: vi, en };

export type ParamsOf<K extends MessageKey> = Catalog[K] extends (p: infer P) => string ? [params: P] : [];

/** A message of the catalog in a language, with its parameters filled in. */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...args: ParamsOf<K>): string {
  const m = CATALOG[lang][key];
  return typeof m === "function" ? m(args[0]) : m;
}

/** A message to show later in whatever language is current: its key and parameters. */
export type Message = {
  [K in MessageKey]: { key: K; params?: ParamsOf<K> extends [params: infer P] ? P : undefined };
}[MessageKey];

/** Renders a stored message in a language. */
export function render(lang: Lang, m: Message): string {
  const f = CATALOG[lang][m.key] as string | ((p: unknown) => string);
  return typeof f === "function" ? f(m.params) : f;
}

/** Builds a stored message, type-checked against the catalog. */
export function msg<K extends MessageKey>(key: K, ...args: ParamsOf<K>): Message {
  return { key, params: args[0] } as Message;
}
