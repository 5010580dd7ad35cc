/**
 * Errors the simulated Excel raises while it executes a request, with
 * Excel's error codes. They travel to Microsoft's client as the response's
 * `Error` (./richApi/execute), which turns them into `OfficeExtension.Error`.
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
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  notImplemented: "NotImplemented",
} as const;

/** An error of the simulated Excel: Excel's code, its message, and where it happened (`Type.member`). */
export class OfficeError extends Error {
  readonly code: string;
  location?: string;

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "HostError";
    this.code = code;
    if (location !== undefined) this.location = location;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function hostError(code: string, message: string, errorLocation?: string): OfficeError {
  return new OfficeError(code, message, errorLocation);
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
