/**
 * Errors as values. Core functions never throw for bad input: they return a
 * `DomainError` that the adapters turn into an Excel error (`#VALUE!`, ...) or a
 * problem in the task pane. `throw` is kept for programmer mistakes.
 */

/** The Excel error a domain error becomes (DOMAIN.md section 4). */
export type ErrorKind = "value" | "div0" | "num" | "na";

export class DomainError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string
  ) {}
}

/** A computed value, or the reason it could not be computed. */
export type Outcome<T> = T | DomainError;

export function isDomainError(x: unknown): x is DomainError {
  return x instanceof DomainError;
}

export const valueError = (message: string): DomainError => new DomainError("value", message);
export const div0Error = (message: string): DomainError => new DomainError("div0", message);
export const numError = (message: string): DomainError => new DomainError("num", message);
export const naError = (message: string): DomainError => new DomainError("na", message);

/** Turns a non-finite arithmetic result into a `#NUM!` instead of letting NaN/Infinity escape. */
export function finite(x: number, what: string): Outcome<number> {
  return Number.isFinite(x) ? x : numError(`${what} is too large or undefined for a number.`);
}
