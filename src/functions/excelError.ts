/* global CustomFunctions */
/**
 * The bridge between core `DomainError`s and Excel's `CustomFunctions.Error`.
 * Error codes are the strings Excel shows, so this works with the runtime's
 * `CustomFunctions.Error` without needing its `ErrorCode` enum object.
 */
import { DomainError, ErrorKind } from "../core/errors";

export type ExcelError = CustomFunctions.Error;

const CODES: Readonly<Record<ErrorKind, string>> = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
};

export function excelError(kind: ErrorKind, message: string): ExcelError {
  return new CustomFunctions.Error(CODES[kind] as CustomFunctions.ErrorCode, message);
}

export function fromDomainError(error: DomainError, prefix = ""): ExcelError {
  return excelError(error.kind, prefix + error.message);
}

/** An Excel error arriving as an argument (a cell holding #N/A, say); duck-typed across runtimes. */
export function isExcelError(x: unknown): x is ExcelError {
  if (typeof x !== "object" || x === null) return false;
  const code = (x as { code?: unknown }).code;
  return typeof code === "string" && code.charAt(0) === "#";
}
