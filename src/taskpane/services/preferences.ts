/* global localStorage, Storage */
/**
 * What the pane remembers between sessions on this computer: the language the
 * user picked. Kept in the page's localStorage (shared with the add-in's
 * runtime, never sent anywhere); any storage failure means "nothing saved".
 */
import { LANGUAGES, Language } from "../../core/language";

const LANGUAGE_KEY = "bsc-scorecard.language";

function storage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings)
  }
}

/** The language the user last picked, if any. */
export function savedLanguage(): Language | undefined {
  try {
    const value = storage()?.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((l) => l === value);
  } catch {
    return undefined;
  }
}

export function saveLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_KEY, language);
  } catch {
    // full or blocked storage: the choice lasts for this session only
  }
}
