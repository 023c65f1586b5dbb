// Ribbon function file. The only ribbon control opens the task pane (ShowTaskpane), so this file
// just registers with Office; it exists because the manifest's FunctionFile must point somewhere.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
export {};
