/**
 * What the custom functions' own errors say (the argument pipeline's: blank,
 * text where a number belongs, ranges of different sizes, ...), in English and
 * Indonesian: the functions' catalogue, in the one catalogue form
 * (core/catalogue.ts). Domain errors are rendered by `core/errorMessages.ts`
 * in the same format, so a message and the error nested in it share one
 * language.
 *
 * Every message here goes with #VALUE! or #N/A, the only codes whose message
 * Excel shows (excelError.ts).
 *
 * Argument names (kpiWeight, totalAssets) are the names Excel shows in every
 * language: they pass through untranslated.
 */
import { Catalogue, Coded, renderCoded } from "../core/catalogue";
import type { DomainError } from "../core/errors";
import { Position, messageFormat, position, where } from "../core/errorMessages";
import type { Language } from "../core/language";
import type { Shape } from "./grid";

interface AtArgument {
  readonly name: string;
  /** The cell inside a range argument; absent for a single value. */
  readonly position?: Position;
}

export interface FunctionMessageParams {
  blank: AtArgument;
  /** `text`: the cell's text, as it was. */
  text: AtArgument & { readonly text: string };
  notSingle: AtArgument;
  mustBeText: { readonly name: string };
  shapeMismatch: {
    readonly first: string;
    readonly firstShape: Shape;
    readonly second: string;
    readonly secondShape: Shape;
  };
  unknownScheme: { readonly got: string | undefined };
  unknownLanguage: { readonly got: string | undefined };
  /** A #VALUE! or #N/A domain error at one position of a range ("Row 2: ..."). */
  atPosition: { readonly position: Position; readonly error: DomainError };
}

export type FunctionErrorCode = keyof FunctionMessageParams;

/** Text quoted in a message, cut at 40 characters. */
function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short);
}

/** "12", "0,5", "35 %": text that reads as a number. */
function looksNumeric(text: string): boolean {
  return /^\s*[-+]?[\d.,]+\s*%?\s*$/.test(text);
}

const size = (s: Shape): string => `${s.rows}×${s.cols}`;

export const FUNCTION_MESSAGES = {
  en: {
    blank: (p, f) => `${where(f, p.name, p.position)} is blank.`,
    text: (p, f) =>
      `${where(f, p.name, p.position)} is the text ${quote(p.text)}, not a number` +
      `${looksNumeric(p.text) ? " (a number stored as text? convert it with VALUE)" : ""}.`,
    notSingle: (p, f) => `${where(f, p.name, p.position)} is not a single value.`,
    mustBeText: (p) => `${p.name} must be text.`,
    shapeMismatch: (p) =>
      `${p.first} is ${size(p.firstShape)} but ${p.second} is ${size(p.secondShape)}: ` +
      `give ranges of the same size, or a single cell.`,
    unknownScheme: (p) =>
      `scheme must be "achievement", "percent" or "csi" (got ${JSON.stringify(p.got)}).`,
    unknownLanguage: (p) => `language must be "en" or "id" (got ${JSON.stringify(p.got)}).`,
    atPosition: (p, f) => `${position(f, p.position, true)}: ${f.nested(p.error)}`,
  },
  id: {
    blank: (p, f) => `${where(f, p.name, p.position)} kosong.`,
    text: (p, f) =>
      `${where(f, p.name, p.position)} berisi teks ${quote(p.text)}, bukan angka` +
      `${looksNumeric(p.text) ? " (angka yang disimpan sebagai teks? ubah dengan VALUE)" : ""}.`,
    notSingle: (p, f) => `${where(f, p.name, p.position)} bukan satu nilai tunggal.`,
    mustBeText: (p) => `${p.name} harus berupa teks.`,
    shapeMismatch: (p) =>
      `${p.first} berukuran ${size(p.firstShape)}, tetapi ${p.second} berukuran ${size(p.secondShape)}: ` +
      `berikan rentang dengan ukuran yang sama, atau satu sel.`,
    unknownScheme: (p) =>
      `scheme harus "achievement", "percent" atau "csi" (yang diberikan: ${JSON.stringify(p.got)}).`,
    unknownLanguage: (p) =>
      `language harus "en" atau "id" (yang diberikan: ${JSON.stringify(p.got)}).`,
    atPosition: (p, f) => `${position(f, p.position, true)}: ${f.nested(p.error)}`,
  },
} satisfies Catalogue<FunctionMessageParams>;

/** A message of the functions in a language, numbers as `messageFormat` writes them. */
export function renderFunctionMessage<C extends FunctionErrorCode>(
  language: Language,
  code: C,
  params: FunctionMessageParams[C]
): string {
  return renderCoded(FUNCTION_MESSAGES, messageFormat(language), {
    code,
    params,
  } as Coded<FunctionMessageParams>);
}
