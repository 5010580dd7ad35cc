/**
 * Errors as Office.js reports them: an `OfficeExtension.Error`-like object
 * (name "RichApi.Error", `code`, `message`, `debugInfo`), and the codes the
 * simulation raises.
 */

export const ErrorCode = {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  notImplemented: "NotImplemented",
} as const;

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Mirrors `OfficeExtension.Error` (thrown by `context.sync()` and property reads). */
export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
    Object.setPrototypeOf(this, new.target.prototype);
  }

  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function hostError(code: string, message: string, errorLocation?: string): OfficeError {
  return new OfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string): OfficeError {
  return new OfficeError(
    ErrorCode.propertyNotLoaded,
    `PropertyNotLoaded: The property '${property}' is not available. Before reading the property's value, ` +
      `call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function itemNotFound(what: string): OfficeError {
  return new OfficeError(ErrorCode.itemNotFound, `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(message: string): OfficeError {
  return new OfficeError(
    ErrorCode.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. ${message}`
  );
}

export function invalidOperation(message: string): OfficeError {
  return new OfficeError(ErrorCode.invalidOperation, `The operation is invalid. ${message}`);
}

export function isOfficeError(e: unknown): e is OfficeError {
  return e instanceof OfficeError;
}
