/**
 * Task pane entry: waits for Office once, then renders the app inside Fluent's
 * provider. Nothing else runs at load time.
 */
import { createRoot } from "react-dom/client";
import { mountTaskPane } from "./mount";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) mountTaskPane(createRoot(container));
});
