/**
 * The pane's language and the `useStrings()` hook: the pane's catalogue
 * (catalogue.ts, in the one catalogue form) bound to the pane's language and
 * the workbook's number locale. The language lives in a context so any
 * component can read it; `I18nProvider` holds it.
 */
import { createContext, ReactNode, useContext, useMemo } from "react";
import { Format, formatFor } from "../../core/catalogue";
import type { Language } from "../../core/language";
import { stringsIn, Strings } from "./catalogue";
import { useNumbers } from "./numbers";

export { PANE_TEXT, paneStrings } from "./catalogue";
export type { PaneParams, Strings } from "./catalogue";

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18nValue>({
  language: "en",
  setLanguage: () => undefined,
});

export function I18nProvider(props: {
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, onLanguageChange, children } = props;
  const value = useMemo(
    () => ({ language, setLanguage: onLanguageChange }),
    [language, onLanguageChange]
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's format: its language, the workbook's numbers. */
export function useFormat(): Format {
  const { language } = useContext(I18nContext);
  return formatFor(language, useNumbers());
}

/** The strings of the pane's current language, numbers in the workbook's locale. */
export function useStrings(): Strings {
  return stringsIn(useFormat());
}

/** The pane's language and its setter (for the language switch). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { language, setLanguage } = useContext(I18nContext);
  return [language, setLanguage];
}
