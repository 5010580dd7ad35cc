/**
 * What a failure says: an error that renders itself (src/excel's
 * `WorkbookError`, a `DomainError`: a code and its parameters) in the
 * template's format; anything else (a bug, a plain Error) through the
 * catalogue's "unexpected" message with its own text quoted.
 */
import { Format, isMessage } from "../../core/catalogue";

export function failureText(
  f: Format,
  error: unknown,
  unexpected: (p: { readonly detail: string }, f: Format) => string
): string {
  if (isMessage(error)) return f.nested(error);
  const detail =
    error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return unexpected({ detail }, f);
}
