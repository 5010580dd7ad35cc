/**
 * The pane's string catalogues and the `useStrings()` hook. The language lives in
 * a context so any component can read it; `I18nProvider` holds it.
 */
import { createContext, ReactNode, useContext, useMemo } from "react";
import type { Language } from "../../core/language";
import { en, Strings } from "./en";
import { id } from "./id";

export type { Strings };

export const CATALOGUES: Readonly<Record<Language, Strings>> = { en, id };

/** Fills "{name}" placeholders; unknown names are left as they are. */
export function format(
  template: string,
  params: Readonly<Record<string, string | number>>
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly strings: Strings;
}

const I18nContext = createContext<I18nValue>({
  language: "en",
  setLanguage: () => undefined,
  strings: en,
});

export function I18nProvider(props: {
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, onLanguageChange, children } = props;
  const value = useMemo(
    () => ({ language, setLanguage: onLanguageChange, strings: CATALOGUES[language] }),
    [language, onLanguageChange]
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The strings of the pane's current language. */
export function useStrings(): Strings {
  return useContext(I18nContext).strings;
}

/** The pane's language and its setter (for the language switch). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { language, setLanguage } = useContext(I18nContext);
  return [language, setLanguage];
}
