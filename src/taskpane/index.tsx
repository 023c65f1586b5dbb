import { createRoot } from "react-dom/client";
import { officeExcelGateway, officeIsSetSupported, whenOfficeReady } from "../excel/office.js";
import { excelApiSupported, ExcelTooOld } from "./ExcelTooOld.js";
import { Shell } from "./Shell.js";

// Waits for Office, then renders the task pane on the Office.js gateway. Opened in a plain browser
// (no Office host), it says so in Vietnamese instead of failing silently; in an Excel whose API is
// older than ExcelApi 1.12, or when starting fails, it says what to do instead of a blank pane
// (taskpane.html holds a static notice for an Excel too old to run this script at all).
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  whenOfficeReady()
    .then((excel) => {
      if (excel && !excelApiSupported(officeIsSetSupported)) root.render(<ExcelTooOld />);
      else root.render(<Shell host={excel ? "excel" : null} gateway={excel ? officeExcelGateway() : undefined} />);
    })
    .catch((e: unknown) => root.render(<ExcelTooOld error={e instanceof Error ? e.message : String(e)} />));
}
