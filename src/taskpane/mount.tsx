/**
 * Renders the task pane into a React root; used by Excel (index.tsx) and by the
 * playground alike. This is the only taskpane file that reads `Office.context`:
 * for the theme and the display language, both optional (the playground has no
 * Office host). A language the user picked before wins over Office's.
 */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import { Language, languageOf } from "../core/language";
import { officeWorkbookService } from "../excel/officeWorkbookService";
import { TaskPaneRoot } from "./components/TaskPaneRoot";
import { savedLanguage } from "./services/preferences";
import type { WorkbookService } from "../scorecard/workbookService";

/** Office's context when the pane runs in an Office host, else undefined. */
function officeContext(): Office.Context | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context : undefined;
  } catch {
    return undefined;
  }
}

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); undefined for other text. */
function luminance(color: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Fluent's dark theme when Office's theme is dark, its light theme otherwise. */
export function themeFor(officeTheme: Partial<Office.OfficeTheme> | undefined): Theme {
  if (!officeTheme) return webLightTheme;
  if (typeof officeTheme.isDarkTheme === "boolean")
    return officeTheme.isDarkTheme ? webDarkTheme : webLightTheme;
  const light = officeTheme.bodyBackgroundColor
    ? luminance(officeTheme.bodyBackgroundColor)
    : undefined;
  return light !== undefined && light < 0.5 ? webDarkTheme : webLightTheme;
}

/** Office's display language → the pane's (core/rating.ts's rule, shared with the functions' messages). */
export const languageFor: (displayLanguage: string | undefined) => Language = languageOf;

export function mountTaskPane(root: Root, service: WorkbookService = officeWorkbookService): void {
  const context = officeContext();
  let officeTheme: Office.OfficeTheme | undefined;
  try {
    officeTheme = context?.officeTheme;
  } catch {
    officeTheme = undefined; // Hosts without theme support throw on access.
  }
  root.render(
    <TaskPaneRoot
      service={service}
      theme={themeFor(officeTheme)}
      language={savedLanguage() ?? languageFor(context?.displayLanguage)}
    />
  );
}
