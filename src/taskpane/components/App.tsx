/**
 * The task pane's root: holds the pane's language and lays the pane out as
 * Office task panes are (320-350 px wide): the steps scroll, the footer with
 * Build and the overall result stays in view. Office's title strip already
 * names the add-in, so the pane's own heading is for screen readers only.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Language } from "../../core/language";
import { I18nProvider, useStrings } from "../i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { ScorecardSteps } from "./ScorecardSteps";
import { NumbersProvider } from "../i18n/numbers";
import { saveLanguage } from "../services/preferences";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  intro: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  introText: { color: tokens.colorNeutralForeground2, flexGrow: 1, minWidth: 0 },
  hidden: visuallyHidden,
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
  const intro = (
    <>
      <h1 className={styles.hidden}>{s.appTitle}</h1>
      <div className={styles.intro}>
        <Text size={200} className={styles.introText}>
          {s.appIntro}
        </Text>
        <LanguageSwitch />
      </div>
    </>
  );
  return <ScorecardSteps language={language} intro={intro} />;
}
