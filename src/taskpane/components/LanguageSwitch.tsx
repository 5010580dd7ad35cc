/** The pane's language: English or Bahasa Indonesia. */
import { Select } from "@fluentui/react-components";
import { isLanguage } from "../../core/language";
import { useLanguage, useStrings } from "../i18n";

export function LanguageSwitch() {
  const s = useStrings();
  const [language, setLanguage] = useLanguage();
  return (
    <Select
      aria-label={s.languageLabel}
      size="small"
      value={language}
      onChange={(_, data) => {
        if (isLanguage(data.value)) setLanguage(data.value);
      }}
    >
      <option value="en" lang="en">
        {s.languageEn}
      </option>
      <option value="id" lang="id">
        {s.languageId}
      </option>
    </Select>
  );
}
