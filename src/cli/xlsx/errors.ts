// Failures of reading or writing a workbook file, each with a one-line Vietnamese message and
// its English twin, naming the file, so the command line can print it and go on with the next file.

/** Why an input file could not be read as a workbook. */
export type InputFileReason =
  | "missing"
  | "not-a-file"
  | "not-regular"
  | "too-large"
  | "unreadable"
  | "empty"
  | "encrypted"
  | "legacy-xls"
  | "not-xlsx"
  | "corrupt"
  | "no-sheets";

const inputMessages: Record<
  InputFileReason,
  (f: string, detail: string, detailEn: string) => [vi: string, en: string]
> = {
  missing: (f) => [`Không tìm thấy tệp "${f}".`, `File not found: "${f}".`],
  "not-a-file": (f) => [`"${f}" là thư mục, không phải tệp Excel.`, `"${f}" is a folder, not an Excel file.`],
  "not-regular": (f) => [
    `"${f}" không phải tệp thông thường (thiết bị, ống dẫn FIFO hay socket): chỉ đọc tệp .xlsx lưu trên đĩa.`,
    `"${f}" is not a regular file (a device, a FIFO or a socket): only .xlsx files on disk are read.`,
  ],
  "too-large": (f, d, e) => [`Tệp "${f}" vượt giới hạn: ${d}.`, `File "${f}" is over a limit: ${e}.`],
  unreadable: (f, d) => [`Không đọc được tệp "${f}" (${d}).`, `Cannot read file "${f}" (${d}).`],
  empty: (f) => [`Tệp "${f}" rỗng (0 byte).`, `File "${f}" is empty (0 bytes).`],
  encrypted: (f) => [
    `Tệp "${f}" được bảo vệ bằng mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`,
    `File "${f}" is password-protected: open it in Excel, remove the password and save it again.`,
  ],
  "legacy-xls": (f) => [
    `Tệp "${f}" có định dạng Excel 97-2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx.`,
    `File "${f}" is in the Excel 97-2003 (.xls) format: open it in Excel and save it as .xlsx.`,
  ],
  "not-xlsx": (f) => [`Tệp "${f}" không phải sổ tính Excel .xlsx.`, `File "${f}" is not an .xlsx workbook.`],
  corrupt: (f, d, e) => [
    `Tệp "${f}" bị hỏng, không đọc được (${d}).`,
    `File "${f}" is damaged and cannot be read (${e}).`,
  ],
  "no-sheets": (f) => [`Tệp "${f}" không có trang tính nào.`, `Workbook "${f}" has no worksheets.`],
};

/** An input file that is not a readable .xlsx workbook; `message` is "Vietnamese / English" on one line. */
export class InputFileError extends Error {
  readonly file: string;
  readonly reason: InputFileReason;
  readonly messageVi: string;
  readonly messageEn: string;

  /** `detail` is one text for both languages (a system code), or [Vietnamese, English]. */
  constructor(
    file: string,
    reason: InputFileReason,
    detail: string | [vi: string, en: string] = "",
    options?: { cause?: unknown },
  ) {
    const [dVi, dEn] = typeof detail === "string" ? [detail, detail] : detail;
    const [vi, en] = inputMessages[reason](file, oneLine(dVi, 200), oneLine(dEn, 200));
    super(`${vi} / ${en}`, options);
    this.name = "InputFileError";
    this.file = file;
    this.reason = reason;
    this.messageVi = vi;
    this.messageEn = en;
  }
}

/** An output file that could not be written; the previous file at that path, if any, is left untouched. */
export class OutputFileError extends Error {
  readonly file: string;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(file: string, detail: string, options?: { cause?: unknown }) {
    const d = oneLine(detail);
    const vi = `Không ghi được tệp "${file}" (${d}); nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại.`;
    const en = `Cannot write file "${file}" (${d}); if it is open in Excel, close it and run again.`;
    super(`${vi} / ${en}`, options);
    this.name = "OutputFileError";
    this.file = file;
    this.messageVi = vi;
    this.messageEn = en;
  }
}

function oneLine(s: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
