/**
 * The one form of every message catalogue: words and sentences the user reads
 * come from a catalogue; code passes a code and its parameters, never a
 * sentence.
 *
 * A catalogue is declared by an interface of parameters, one property per
 * message code:
 *
 *   interface ExampleParams {
 *     sheetExists: { readonly sheet: string };
 *     nothingChanged: NoParams;
 *   }
 *   const EXAMPLE = {
 *     en: { sheetExists: (p, f) => `A sheet named ${f.quote(p.sheet)} already exists.`, nothingChanged: "..." },
 *     id: { sheetExists: (p, f) => `Lembar bernama ${f.quote(p.sheet)} sudah ada.`, nothingChanged: "..." },
 *   } satisfies Catalogue<ExampleParams>;
 *
 * The compiler rejects a missing language, a missing or unknown code, a
 * template reading a parameter its code does not have, and a caller passing
 * the wrong parameters (`render`, `bind`, `CodedError`). A code without
 * parameters may be a plain string; any other template is a function of its
 * parameters and a `Format`, which writes numbers in the locale the message is
 * rendered for (the workbook's, in the task pane) and nested messages in the
 * same language. `satisfies` keeps the literal types, so a catalogue of words
 * (sheet labels, column names) reads as strings.
 *
 * Each layer keeps its own catalogue of its own codes in this form: core's
 * domain errors (errorMessages.ts), the custom functions' argument errors
 * (functions/messages.ts), the scorecard's problems, sheet labels and source
 * labels (scorecard/messages.ts), src/excel's build and read errors
 * (excel/messages.ts), the ExcelJS reader's (export/messages.ts), the pane's
 * words (taskpane/i18n) and the command line's (cli/messages.ts).
 */
import type { Language } from "./language";
import {
  LANGUAGE_NUMBERS,
  NumberLocale,
  formatExact,
  formatFixed,
  formatNumber,
  formatPercent,
} from "./numbers";

/** The parameters of a code that takes none. */
export type NoParams = Readonly<Record<string, never>>;

/** True when a code takes no parameters (its template may be a plain string). */
export type Bare<P> = P extends NoParams ? (NoParams extends P ? true : false) : false;

/** Something that can say itself in a format: a coded error, a nested message. */
export interface Message {
  renderIn(f: Format): string;
}

/** How a template writes its parameters: one language, numbers in one locale. */
export interface Format {
  readonly language: Language;
  readonly numbers: NumberLocale;
  /** Every digit the number has (0.30000000000000004), with the locale's separators. */
  exact(x: number): string;
  /** Up to `maxDigits` decimals (6 by default), grouped as the locale groups: 1,234.5. */
  number(x: number, maxDigits?: number): string;
  /** Exactly `digits` decimals (2 by default): 57.85. */
  fixed(x: number, digits?: number): string;
  /** A fraction as a percentage, up to `maxDigits` decimals (1 by default): 0.955 → 95.5%. */
  percent(fraction: number, maxDigits?: number): string;
  /** Text from the user or the workbook (a sheet's name), quoted: “Balanced Scorecard”. */
  quote(text: string): string;
  /** Another message (a nested error), in the same language and locale. */
  nested(message: Message): string;
}

/**
 * What one code says in one language: for a code without parameters a string,
 * or a function of nothing; for the others a function of the parameters and
 * the format.
 */
export type Template<P> =
  Bare<P> extends true ? string | (() => string) : (params: P, f: Format) => string;

/** Every code of a catalogue in one language. */
export type Templates<P> = { readonly [C in keyof P]-?: Template<P[C]> };

/** Every code in every language. */
export type Catalogue<P> = { readonly [L in Language]: Templates<P> };

/** A code and its parameters: what code passes instead of a sentence. */
export type Coded<P, C extends keyof P = keyof P> = {
  [K in C]: { readonly code: K; readonly params: P[K] };
}[C];

/** The parameters argument: optional for codes that take none. */
export type ParamsArg<P> = Bare<P> extends true ? [params?: P] : [params: P];

const FORMATS = new Map<string, Format>();

/** The format of a language, its numbers in `numbers` (by default the locale the language implies). */
export function formatFor(
  language: Language,
  numbers: NumberLocale = LANGUAGE_NUMBERS[language]
): Format {
  const key = `${language}\u0000${numbers.locale}\u0000${numbers.decimal}\u0000${numbers.group}`;
  const known = FORMATS.get(key);
  if (known) return known;
  const f: Format = {
    language,
    numbers,
    exact: (x) => formatExact(x, numbers),
    number: (x, maxDigits) => formatNumber(x, numbers, maxDigits),
    fixed: (x, digits) => formatFixed(x, numbers, digits),
    percent: (fraction, maxDigits) => formatPercent(fraction, numbers, maxDigits),
    quote: (text) => `“${text}”`,
    nested: (message) => message.renderIn(f),
  };
  FORMATS.set(key, f);
  return f;
}

/** Any catalogue, whatever its codes (the constraint `render` and `bind` infer a catalogue's codes from). */
export type AnyCatalogue = {
  readonly [L in Language]: Readonly<
    Record<string, string | (() => string) | ((params: never, f: Format) => string)>
  >;
};

/** The parameters a template takes: none for a string or a function of nothing. */
type TemplateParams<T> = T extends string
  ? NoParams
  : T extends () => string
    ? NoParams
    : T extends (params: infer P, f: Format) => string
      ? P
      : never;

/** The parameters of every code of a catalogue, read from its templates. */
export type ParamsOf<T extends AnyCatalogue> = {
  [C in keyof T["en"]]: TemplateParams<T["en"][C]>;
};

/** One message of a catalogue, in a format: the code's parameters, nothing else. */
export function render<T extends AnyCatalogue, C extends keyof T["en"] & string>(
  catalogue: T,
  f: Format,
  code: C,
  ...params: ParamsArg<ParamsOf<T>[C]>
): string {
  const template = catalogue[f.language][code] as string | ((params: unknown, f: Format) => string);
  return typeof template === "string" ? template : template(params[0] ?? {}, f);
}

/** A coded message ({ code, params }: a problem, a nested reason) of a catalogue, in a format. */
export function renderCoded<P>(catalogue: Catalogue<P>, f: Format, message: Coded<P>): string {
  const template = catalogue[f.language][message.code] as
    string | ((params: unknown, f: Format) => string);
  return typeof template === "string" ? template : template(message.params ?? {}, f);
}

/** A catalogue's templates in one format: codes without parameters as strings, the others as functions of their parameters. */
export type Bound<P> = {
  readonly [C in keyof P]-?: Bare<P[C]> extends true ? string : (params: P[C]) => string;
};

export function bind<T extends AnyCatalogue>(catalogue: T, f: Format): Bound<ParamsOf<T>> {
  const templates = catalogue[f.language] as Readonly<Record<string, unknown>>;
  const bound: Record<string, unknown> = {};
  for (const code of Object.keys(templates)) {
    const template = templates[code] as string | ((params?: unknown, f?: Format) => string);
    // A function of nothing is the template of a code without parameters (the type says so).
    bound[code] =
      typeof template === "string"
        ? template
        : template.length === 0
          ? template()
          : (params: unknown) => template(params, f);
  }
  return bound as Bound<ParamsOf<T>>;
}

/** Whether something (a thrown value, say) can render itself. */
export function isMessage(x: unknown): x is Message {
  return (
    typeof x === "object" && x !== null && typeof (x as Partial<Message>).renderIn === "function"
  );
}

/** A code and its parameters as arguments: `("sheetExists", { sheet })`, `("cellEdit")`. */
export type CodeArgs<P> = {
  [C in keyof P]-?: Bare<P[C]> extends true ? [code: C, params?: P[C]] : [code: C, params: P[C]];
}[keyof P];

/**
 * An error that is a code and its parameters: thrown where code must throw (a
 * build that failed, a range that cannot be read), rendered by whoever shows
 * it, in their language and locale (`renderIn`). `message` is the English
 * rendering, for logs, the console and tests; nothing shows it to a user.
 * Each layer subclasses it with its own catalogue.
 */
export abstract class CodedError<P> extends Error implements Message {
  /** The code and its parameters, as one value (narrowing the code narrows the parameters). */
  readonly coded: Coded<P>;

  protected constructor(
    private readonly catalogue: Catalogue<P>,
    ...[code, params]: CodeArgs<P>
  ) {
    const coded = { code, params: params ?? {} } as Coded<P>;
    super(renderCoded(catalogue, formatFor("en"), coded));
    this.coded = coded;
    this.name = new.target.name;
  }

  get code(): keyof P {
    return this.coded.code;
  }

  renderIn(f: Format): string {
    return renderCoded(this.catalogue, f, this.coded);
  }
}
