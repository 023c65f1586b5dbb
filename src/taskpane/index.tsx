import { createRoot } from "react-dom/client";
import { Shell } from "./Shell";

// Waits for Office, then renders the task pane. Opened in a plain browser (no Office host),
// it says so in Vietnamese instead of failing silently.
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<Shell host={null} />);
  } else {
    Office.onReady((info) => root.render(<Shell host={info.host === Office.HostType.Excel ? "excel" : null} />));
  }
}
