import { createRoot } from "react-dom/client";
import { officeExcelGateway, whenOfficeReady } from "../excel/office.js";
import { Shell } from "./Shell.js";

// Waits for Office, then renders the task pane on the Office.js gateway. Opened in a plain browser
// (no Office host), it says so in Vietnamese instead of failing silently.
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void whenOfficeReady().then((excel) =>
    root.render(<Shell host={excel ? "excel" : null} gateway={excel ? officeExcelGateway() : undefined} />),
  );
}
