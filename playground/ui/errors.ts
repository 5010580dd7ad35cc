/**
 * Errors as the playground shows them. What reaches the page is Microsoft's
 * `OfficeExtension.Error` (code, message, debugInfo: where in the request it
 * failed), an error of the simulated host read directly by the grid (code,
 * message, location), or any other thrown value.
 */

export interface ErrorReport {
  /** Excel's error code ("ItemNotFound"), when the error has one. */
  readonly code?: string;
  readonly message: string;
  /** More for whoever debugs it: where it failed, the statement, the stack. */
  readonly details: readonly string[];
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly location?: unknown;
  readonly stack?: unknown;
  readonly debugInfo?: {
    readonly errorLocation?: unknown;
    readonly statement?: unknown;
    readonly surroundingStatements?: unknown;
  };
}

const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v : undefined;

export function describeError(error: unknown): ErrorReport {
  if (typeof error !== "object" || error === null) {
    return { message: error === undefined ? "undefined was thrown" : String(error), details: [] };
  }
  const e = error as ErrorLike;
  const code = text(e.code);
  const name = text(e.name);
  const message = text(e.message) ?? code ?? name ?? String(error);
  const details: string[] = [];
  const where = text(e.debugInfo?.errorLocation) ?? text(e.location);
  if (where) details.push(`Where: ${where}`);
  const statement = text(e.debugInfo?.statement);
  if (statement) details.push(`Statement: ${statement}`);
  const around = e.debugInfo?.surroundingStatements;
  if (Array.isArray(around) && around.length > 0)
    details.push("Around it:", ...around.map((s) => `  ${String(s)}`));
  if (name && name !== "Error") details.push(`Type: ${name}`);
  const stack = text(e.stack);
  if (stack) details.push(stack.split("\n").slice(0, 8).join("\n"));
  return { code, message, details };
}

/** One line: "ItemNotFound: The requested resource doesn't exist." */
export function errorLine(error: unknown): string {
  const { code, message } = describeError(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

/**
 * Errors an error boundary caught lately, by message. In development React
 * also reports a render error that a boundary catches to `window` (it replays
 * the render to give the browser an uncaught error), as a new Error object with
 * the same message: the page's uncaught-error log skips those.
 */
const caught: { message: string; at: number }[] = [];

export function noteCaught(error: unknown): void {
  const now = Date.now();
  caught.push({ message: describeError(error).message, at: now });
  while (caught.length > 0 && now - caught[0].at > 10_000) caught.shift();
}

export function caughtLately(error: unknown, withinMs = 2_000): boolean {
  const message = describeError(error).message;
  const now = Date.now();
  return caught.some((c) => c.message === message && now - c.at <= withinMs);
}
