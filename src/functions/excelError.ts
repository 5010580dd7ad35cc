/* global CustomFunctions */
/**
 * The bridge between core `DomainError`s and Excel's `CustomFunctions.Error`.
 * Error codes are the strings Excel shows, so this works with the runtime's
 * `CustomFunctions.Error` without needing its `ErrorCode` enum object.
 *
 * Excel shows a custom function's message only on #VALUE! and #N/A ("You can
 * only return a custom error message with the #VALUE! and #N/A errors",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors; Microsoft's
 * runtime drops the message of any other code). So #DIV/0! and #NUM! are
 * returned as bare codes, as Excel's own functions return them, and no message
 * is made for them; docs/functions.md says per function when each occurs. The
 * codes stay Excel's: a division by zero is not turned into #VALUE! to carry a
 * message.
 *
 * Messages are rendered here, when the error is made, in Office's display
 * language (`language.ts`): the success path never touches them.
 */
import { DomainError, ErrorKind } from "../core/errors";
import type { Position } from "../core/errorMessages";
import { displayLanguage } from "./language";
import { FunctionErrorCode, FunctionMessageParams, renderFunctionMessage } from "./messages";

export type ExcelError = CustomFunctions.Error;

/** The kinds whose message Excel shows (#VALUE!, #N/A). */
export type MessageKind = "value" | "na";

const CODES: Readonly<Record<ErrorKind, string>> = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
};

export function showsMessage(kind: ErrorKind): kind is MessageKind {
  return kind === "value" || kind === "na";
}

function make(kind: ErrorKind, message?: string): ExcelError {
  return new CustomFunctions.Error(CODES[kind] as CustomFunctions.ErrorCode, message);
}

/** An error of the functions' own (argument pipeline, RATING's options), from the catalogue in messages.ts. */
export function excelError<C extends FunctionErrorCode>(
  kind: MessageKind,
  code: C,
  params: FunctionMessageParams[C]
): ExcelError {
  return make(kind, renderFunctionMessage(displayLanguage(), code, params));
}

/** #DIV/0! or #NUM! as Excel shows them: the code alone. */
export function bareError(kind: Exclude<ErrorKind, MessageKind>): ExcelError {
  return make(kind);
}

/**
 * A core error: #VALUE! and #N/A with the core's message, prefixed with its
 * position in a range when it has one ("Row 2: ..."); #DIV/0! and #NUM! bare.
 */
export function fromDomainError(error: DomainError, position?: Position): ExcelError {
  if (!showsMessage(error.kind)) return make(error.kind);
  const language = displayLanguage();
  return make(
    error.kind,
    position
      ? renderFunctionMessage(language, "atPosition", { position, error })
      : error.messageIn(language)
  );
}

/** An Excel error arriving as an argument (a cell holding #N/A, say); duck-typed across runtimes. */
export function isExcelError(x: unknown): x is ExcelError {
  if (typeof x !== "object" || x === null) return false;
  const code = (x as { code?: unknown }).code;
  return typeof code === "string" && code.charAt(0) === "#";
}
