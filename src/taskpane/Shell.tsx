import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The task pane's frame: Fluent theme following Office's, and a clear message outside Excel. */
export function Shell(props: { host: "excel" | null; dark?: boolean }) {
  const theme = props.dark ?? officeIsDark() ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh", padding: 12 }}>
      {props.host === "excel" ? (
        <p>Chỉ số CCHC</p>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Cần mở trong Excel</MessageBarTitle>
            Trang này là ngăn tác vụ của Chỉ số CCHC và chỉ hoạt động bên trong Excel. Hãy mở Excel, chọn Trang đầu → Chấm điểm CCHC.
            <span lang="en"> (This is the PAR Index task pane; open it from Excel.)</span>
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}

/** True when Office's theme has a dark body background. */
export function officeIsDark(): boolean {
  if (typeof Office === "undefined" || !Office.context?.officeTheme) return false;
  const hex = Office.context.officeTheme.bodyBackgroundColor.replace("#", "");
  const n = parseInt(hex, 16);
  if (Number.isNaN(n)) return false;
  const lum = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return lum < 128;
}
