/**
 * Errors as values. Core functions never throw for bad input: they return a
 * `DomainError` that the adapters turn into an Excel error (`#VALUE!`, ...) or a
 * problem in the task pane. `throw` is kept for programmer mistakes.
 *
 * An error is a kind (the Excel error it becomes), a message code and its
 * parameters; the text is rendered from core's catalogue (`errorMessages.ts`)
 * when it is read: `renderIn(format)` in any language and locale (the pane
 * passes the workbook's), `messageIn(language)` with the numbers no workbook
 * stands behind (the custom functions'), `message` in English (logs, tests).
 */
import type { Format, Message, ParamsArg as CatalogueParamsArg } from "./catalogue";
import {
  DomainErrorCode,
  DomainMessageParams,
  Quantity,
  messageFormat,
  renderDomainMessage,
} from "./errorMessages";
import type { Language } from "./language";

/** The Excel error a domain error becomes (DOMAIN.md section 4). */
export type ErrorKind = "value" | "div0" | "num" | "na";

export class DomainError<C extends DomainErrorCode = DomainErrorCode> implements Message {
  constructor(
    readonly kind: ErrorKind,
    readonly code: C,
    readonly params: DomainMessageParams[C]
  ) {}

  /** The English text. */
  get message(): string {
    return this.messageIn("en");
  }

  messageIn(language: Language): string {
    return this.renderIn(messageFormat(language));
  }

  renderIn(f: Format): string {
    return renderDomainMessage(f, this.code, this.params);
  }
}

/** A computed value, or the reason it could not be computed. */
export type Outcome<T> = T | DomainError;

export function isDomainError(x: unknown): x is DomainError {
  return x instanceof DomainError;
}

/** The parameters argument: optional for codes that take none. */
type ParamsArg<C extends DomainErrorCode> = CatalogueParamsArg<DomainMessageParams[C]>;

function maker(kind: ErrorKind) {
  return <C extends DomainErrorCode>(code: C, ...params: ParamsArg<C>): DomainError<C> =>
    new DomainError(kind, code, (params[0] ?? {}) as DomainMessageParams[C]);
}

export const valueError = maker("value");
export const div0Error = maker("div0");
export const numError = maker("num");
export const naError = maker("na");

/** Turns a non-finite arithmetic result into a `#NUM!` instead of letting NaN/Infinity escape. */
export function finite(x: number, what: Quantity): Outcome<number> {
  return Number.isFinite(x) ? x : numError("tooLarge", { what });
}

/** `finite` for a result named by its function or argument (CSS, ROA, totalAssets). */
export function finiteNamed(x: number, name: string): Outcome<number> {
  return Number.isFinite(x) ? x : numError("namedTooLarge", { name });
}
