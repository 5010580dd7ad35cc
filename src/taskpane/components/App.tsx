/**
 * The task pane's root: holds the pane's language and lays out the header and
 * the steps. The workbook service comes from context (WorkbookServiceProvider).
 */
import { makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Language } from "../../core/language";
import { I18nProvider, useStrings } from "../i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { ScorecardSteps } from "./ScorecardSteps";
import { NumbersProvider } from "../i18n/numbers";
import { saveLanguage } from "../services/preferences";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0 },
});

export interface AppProps {
  /** Language of the pane at start (mount.tsx takes it from Office's display language). */
  readonly initialLanguage?: Language;
}

export function App({ initialLanguage = "en" }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const changeLanguage = useCallback((picked: Language) => {
    saveLanguage(picked);
    setLanguage(picked);
  }, []);
  return (
    <I18nProvider language={language} onLanguageChange={changeLanguage}>
      <NumbersProvider language={language}>
        <Pane language={language} />
      </NumbersProvider>
    </I18nProvider>
  );
}

function Pane({ language }: { language: Language }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <main className={styles.main} lang={language}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {s.appTitle}
        </Title3>
        <LanguageSwitch />
      </header>
      <Text block>{s.appIntro}</Text>
      <ScorecardSteps />
    </main>
  );
}
