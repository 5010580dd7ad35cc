/** The pane with its providers: Fluent's theme and the workbook service. */
import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { WorkbookServiceProvider } from "../hooks/WorkbookServiceContext";
import type { WorkbookService } from "../../scorecard/workbookService";
import { App } from "./App";

export interface TaskPaneRootProps {
  readonly service: WorkbookService;
  readonly theme?: Theme;
  readonly language?: Language;
}

export function TaskPaneRoot({
  service,
  theme = webLightTheme,
  language = "en",
}: TaskPaneRootProps) {
  return (
    // The pane fills its host (Office's task pane, the playground's panel): its footer stays in view.
    <FluentProvider theme={theme} style={{ height: "100%" }}>
      <WorkbookServiceProvider service={service}>
        <App initialLanguage={language} />
      </WorkbookServiceProvider>
    </FluentProvider>
  );
}
