import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ExcelGateway } from "../excel/gateway.js";
import { officeIsDark } from "../excel/office.js";
import { App } from "./App.js";
import type { TaskPaneController } from "./controller.js";
import { translate } from "./i18n.js";

const useStyles = makeStyles({
  frame: {
    minHeight: "100vh",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
  },
});

/** The task pane's frame: Fluent theme following Office's, the pane on a gateway, and a clear message outside Excel. */
export function Shell(props: {
  host: "excel" | null;
  gateway?: ExcelGateway;
  controller?: TaskPaneController;
  dark?: boolean;
}) {
  const styles = useStyles();
  const theme = (props.dark ?? officeIsDark()) ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} className={styles.frame}>
      {props.host === "excel" && props.gateway ? (
        <App gateway={props.gateway} controller={props.controller} />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{translate("vi", "outsideExcelTitle")}</MessageBarTitle>
            {translate("vi", "outsideExcelBody")}
            <span lang="en"> ({translate("en", "outsideExcelBody")})</span>
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
