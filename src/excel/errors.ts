// Office errors as messages a Home Affairs officer can act on: Vietnamese first, English beside it,
// and Office's own code kept for support.
import { GatewayError } from "./gateway.js";

interface Message {
  vi: string;
  en: string;
}

const MESSAGES: Record<string, Message> = {
  AccessDenied: {
    vi: "Excel không cho phép thay đổi: trang tính hoặc cấu trúc sổ tính đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính / sổ làm việc) rồi thử lại.",
    en: "Excel refused the change: the sheet or the workbook structure is protected. Unprotect it (Review → Unprotect) and try again.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu gửi tới Excel trong một lần quá lớn (giới hạn 5 MB của Excel trên web). Hãy thử lại; nếu vẫn lỗi, chia bớt số đơn vị và chạy từng phần.",
    en: "Too much data for one request to Excel (the 5 MB limit of Excel on the web). Try again; if it persists, process fewer units at a time.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Dữ liệu đọc từ Excel trong một lần quá lớn (giới hạn 5 MB của Excel trên web). Hãy xoá các trang tính không cần thiết hoặc dữ liệu thừa ở cuối trang rồi thử lại.",
    en: "Too much data to read from Excel at once (the 5 MB limit of Excel on the web). Remove unneeded sheets or stray data far down the sheets and try again.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc vùng ô cần dùng; có thể nó vừa bị đổi tên hoặc xoá. Hãy kiểm tra lại rồi chạy lại.",
    en: "A sheet or range was not found; it may have just been renamed or deleted. Check and run again.",
  },
  ItemAlreadyExists: {
    vi: "Tên trang tính hoặc tên bảng đã có trong sổ tính (có thể vừa được tạo). Hãy chạy lại.",
    en: "A sheet or table with that name already exists (it may have just been created). Run again.",
  },
  InvalidArgument: {
    vi: "Excel từ chối dữ liệu được ghi (giá trị, công thức hoặc định dạng không hợp lệ). Sổ tính không bị thay đổi; hãy báo cho bộ phận hỗ trợ kèm mã lỗi.",
    en: "Excel rejected the data being written (invalid value, formula or format). The workbook was not changed; report it to support with the code.",
  },
  InvalidReference: {
    vi: "Địa chỉ ô hoặc vùng không hợp lệ. Hãy báo cho bộ phận hỗ trợ kèm mã lỗi.",
    en: "An invalid cell or range reference. Report it to support with the code.",
  },
  InvalidOperation: {
    vi: "Excel không thực hiện được thao tác này trong trạng thái hiện tại của sổ tính (ví dụ ô đang gộp, bảng chồng lấn). Hãy thử lại.",
    en: "Excel cannot do this in the workbook's current state (e.g. merged cells, overlapping tables). Try again.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này không hỗ trợ chức năng cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.",
    en: "This version of Excel does not support the function needed. Update Office or use Excel on the web.",
  },
  NotImplemented: {
    vi: "Phiên bản Excel này không hỗ trợ chức năng cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.",
    en: "This version of Excel does not support the function needed. Update Office or use Excel on the web.",
  },
  UnsupportedOperation: {
    vi: "Excel không hỗ trợ thao tác này trên nền tảng hiện tại.",
    en: "Excel does not support this operation on this platform.",
  },
  UnsupportedFeature: {
    vi: "Excel trên web không hỗ trợ một thành phần của tệp hoặc sổ tính (ví dụ chú thích, biểu đồ, PivotTable, slicer). Hãy bỏ thành phần đó hoặc làm việc này trong Excel trên máy tính.",
    en: "Excel on the web does not support something in the file or workbook (e.g. comments, charts, PivotTables, slicers). Remove it or do this in Excel desktop.",
  },
  ActivityLimitReached: {
    vi: "Excel đang bận (vượt giới hạn hoạt động). Hãy đợi một lát rồi thử lại.",
    en: "Excel is busy (activity limit reached). Wait a moment and try again.",
  },
  RequestAborted: {
    vi: "Yêu cầu tới Excel bị huỷ giữa chừng (mất kết nối hoặc sổ tính bị đóng). Hãy thử lại.",
    en: "The request to Excel was aborted (connection lost or workbook closed). Try again.",
  },
  Conflict: {
    vi: "Sổ tính đang được người khác sửa cùng lúc nên có xung đột. Hãy đợi rồi thử lại.",
    en: "Someone else edited the workbook at the same time. Wait and try again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi chung khi thực hiện. Hãy thử lại; nếu lỗi lặp lại, lưu sổ tính, đóng và mở lại Excel.",
    en: "Excel hit a general error. Try again; if it repeats, save the workbook and restart Excel.",
  },
};

const FALLBACK: Message = {
  vi: "Đã xảy ra lỗi khi làm việc với Excel. Hãy thử lại; nếu lỗi lặp lại, gửi mã lỗi cho bộ phận hỗ trợ.",
  en: "Something went wrong while working with Excel. Try again; if it repeats, send the code to support.",
};

/** A GatewayError for anything thrown while talking to Excel: Office's code mapped to a Vietnamese message saying what to do. */
export function toGatewayError(e: unknown, what?: { vi: string; en: string }): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = officeCode(e);
  const m = MESSAGES[code] ?? FALLBACK;
  const vi = what ? `${what.vi}: ${m.vi}` : m.vi;
  const en = what ? `${what.en}: ${m.en}` : m.en;
  return new GatewayError(vi, en, code, { cause: e });
}

/** Office's error code of a thrown value ("AccessDenied"), or "Unknown". */
export function officeCode(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    const inner = (e as { debugInfo?: { code?: unknown } }).debugInfo?.code;
    if (typeof inner === "string" && inner !== "") return inner;
  }
  return "Unknown";
}
