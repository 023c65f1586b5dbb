import { createRoot } from "react-dom/client";
import { officeExcelGateway, officeIsSetSupported, whenOfficeReady } from "../excel/office.js";
import { TaskPaneController } from "./controller.js";
import { mainThreadEngine } from "./engine.js";
import { workerEngine } from "./engineClient.js";
import { excelApiSupported, ExcelTooOld } from "./ExcelTooOld.js";
import { Shell } from "./Shell.js";
import { startEngineWorker } from "./startEngineWorker.mjs";

// Waits for Office, then renders the task pane on the Office.js gateway. Opened in a plain browser
// (no Office host), it says so in Vietnamese instead of failing silently; in an Excel whose API is
// older than ExcelApi 1.12, or when starting fails, it says what to do instead of a blank pane
// (taskpane.html holds a static notice for an Excel too old to run this script at all).
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  whenOfficeReady()
    .then((excel) => {
      if (excel && !excelApiSupported(officeIsSetSupported)) root.render(<ExcelTooOld />);
      else if (!excel) root.render(<Shell host={null} />);
      else {
        // The engine runs in a Web Worker, so the pane never freezes; on the main thread where none can start.
        const gateway = officeExcelGateway();
        const engine = workerEngine(startEngineWorker, mainThreadEngine({ yieldToUi: nextFrame }));
        root.render(<Shell host="excel" gateway={gateway} controller={new TaskPaneController(gateway, { engine })} />);
      }
    })
    .catch((e: unknown) => root.render(<ExcelTooOld error={e instanceof Error ? e.message : String(e)} />));
}
