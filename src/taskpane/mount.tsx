import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import { App } from "./components/App";

/** Renders the task pane into a React root; used by Excel and by the playground alike. */
export function mountTaskPane(root: Root): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
}
