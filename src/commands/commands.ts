// Ribbon function file. The only ribbon control opens the task pane (ShowTaskpane), so this file
// just registers with Office; it exists because the manifest's FunctionFile must point somewhere.
if (typeof Office !== "undefined") {
  // Nothing to wait for: registering is all this file does.
  void Office.onReady(() => undefined);
}
export {};
