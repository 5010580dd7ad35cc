/* global CustomFunctions */
/**
 * The bridge between core `DomainError`s and Excel's `CustomFunctions.Error`.
 * Error codes are the strings Excel shows, so this works with the runtime's
 * `CustomFunctions.Error` without needing its `ErrorCode` enum object.
 *
 * Messages are rendered here, when the error is made, in Office's display
 * language (`language.ts`): the success path never touches them.
 */
import { DomainError, ErrorKind } from "../core/errors";
import type { Position } from "../core/errorMessages";
import { displayLanguage } from "./language";
import { FunctionErrorCode, FunctionMessageParams, renderFunctionMessage } from "./messages";

export type ExcelError = CustomFunctions.Error;

const CODES: Readonly<Record<ErrorKind, string>> = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
};

function make(kind: ErrorKind, message: string): ExcelError {
  return new CustomFunctions.Error(CODES[kind] as CustomFunctions.ErrorCode, message);
}

/** An error of the functions' own (argument pipeline, RATING's options), from the catalogue in messages.ts. */
export function excelError<C extends FunctionErrorCode>(
  kind: ErrorKind,
  code: C,
  params: FunctionMessageParams[C]
): ExcelError {
  return make(kind, renderFunctionMessage(displayLanguage(), code, params));
}

/** A core error, prefixed with its position in a range when it has one ("Row 2: ..."). */
export function fromDomainError(error: DomainError, position?: Position): ExcelError {
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
