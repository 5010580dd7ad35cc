/** The pane's language: English or Bahasa Indonesia, a compact Dropdown beside the intro. */
import { Dropdown, makeStyles, Option } from "@fluentui/react-components";
import { isLanguage } from "../../core/language";
import { useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({ root: { minWidth: "auto", flexShrink: 0 } });

export function LanguageSwitch() {
  const s = useStrings();
  const styles = useStyles();
  const [language, setLanguage] = useLanguage();
  const names = { en: s.languageEn, id: s.languageId };
  return (
    <Dropdown
      className={styles.root}
      aria-label={s.languageLabel}
      clearButton={{ "aria-label": s.dropdownClear }}
      size="small"
      appearance="underline"
      value={names[language]}
      selectedOptions={[language]}
      onOptionSelect={(_, data) => {
        if (data.optionValue && isLanguage(data.optionValue)) setLanguage(data.optionValue);
      }}
    >
      <Option value="en" lang="en">
        {s.languageEn}
      </Option>
      <Option value="id" lang="id">
        {s.languageId}
      </Option>
    </Dropdown>
  );
}
