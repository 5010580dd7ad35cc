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
    <FluentProvider theme={theme}>
      <WorkbookServiceProvider service={service}>
        <App initialLanguage={language} />
      </WorkbookServiceProvider>
    </FluentProvider>
  );
}
