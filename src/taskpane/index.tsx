import { createRoot } from "react-dom/client";
import { officeExcelGateway } from "../excel/office.js";
import { Shell } from "./Shell.js";

// Waits for Office, then renders the task pane on the Office.js gateway. Opened in a plain browser
// (no Office host), it says so in Vietnamese instead of failing silently.
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<Shell host={null} />);
  } else {
    Office.onReady((info) => {
      const excel = info.host === Office.HostType.Excel;
      root.render(<Shell host={excel ? "excel" : null} gateway={excel ? officeExcelGateway() : undefined} />);
    });
  }
}
