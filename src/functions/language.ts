/* global Office */
/**
 * The language the custom functions' error messages are written in: Office's
 * display language, Indonesian for "id" and "id-*", English for anything else.
 *
 * Read at the first error, never at load: `Office.context` exists only once
 * Office has initialized, and the functions bundle also runs where `Office` has
 * no `context` (then English, asked again at the next error).
 */
import { Language, languageOf } from "../core/language";

let known: Language | undefined;

export function displayLanguage(): Language {
  if (known) return known;
  let tag: unknown;
  try {
    tag = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    tag = undefined; // a host whose context throws on access
  }
  if (typeof tag !== "string" || tag === "") return "en";
  known = languageOf(tag);
  return known;
}
