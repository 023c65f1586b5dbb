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
    // A 320 px task pane: nothing may be wider than the pane. A drop-down as wide as its longest
    // option (453 px for the scoring rule) shrinks and ellipsises; fields and inputs never push out.
    "& .fui-Field": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Select__select": { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
    "& .fui-Input": { maxWidth: "100%", minWidth: 0 },
    overflowWrap: "anywhere",
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
