import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";

// What the pane shows in an Excel whose JavaScript API is older than the add-in needs (the manifest
// asks for ExcelApi 1.12, but a manifest copied by hand, an old cached one or a host that misreports
// can still open the pane there). Its text sits here, not in i18n.ts, because it is shown before
// the pane and its catalog start.

/** The ExcelApi requirement set the add-in needs (as in manifest.xml's <Requirements>). */
export const MIN_EXCEL_API = "1.12";

/** Whether this Excel runs the add-in, from Office.context.requirements.isSetSupported. */
export function excelApiSupported(isSetSupported: (name: string, version: string) => boolean): boolean {
  try {
    return isSetSupported("ExcelApi", MIN_EXCEL_API);
  } catch {
    return false;
  }
}

export const EXCEL_TOO_OLD = {
  vi: {
    title: "Phiên bản Excel này quá cũ để chạy Chỉ số CCHC",
    body: `Phần bổ trợ cần Excel hỗ trợ ExcelApi ${MIN_EXCEL_API}: Microsoft 365, Excel 2021 trở lên (Windows hoặc Mac) hoặc Excel trên web. Hãy nhờ bộ phận CNTT cập nhật Office, mở sổ trên Excel trên web, hoặc dùng công cụ dòng lệnh par-index (chạy được trên mọi máy có Node.js, không cần Excel mới) để kiểm tra, chấm điểm và xếp hạng các tệp .xlsx.`,
  },
  en: {
    title: "This Excel is too old to run PAR Index",
    body: `The add-in needs ExcelApi ${MIN_EXCEL_API}: Microsoft 365, Excel 2021 or later (Windows or Mac), or Excel on the web. Ask IT to update Office, open the workbook in Excel on the web, or use the par-index command line (any computer with Node.js, no new Excel needed) to check, score and rank the .xlsx files.`,
  },
} as const;

/** The pane in an Excel that is too old: what is wrong and what to do, in Vietnamese then English. */
export function ExcelTooOld(props: { error?: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline" data-testid="excel-too-old">
        <MessageBarBody>
          <MessageBarTitle>{EXCEL_TOO_OLD.vi.title}</MessageBarTitle>
          <p>{EXCEL_TOO_OLD.vi.body}</p>
          <p lang="en">
            {EXCEL_TOO_OLD.en.title}. {EXCEL_TOO_OLD.en.body}
          </p>
          {props.error ? <p>({props.error})</p> : null}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
