/**
 * A stand-in for the `CustomFunctions` namespace of Excel's JavaScript runtime:
 * `Error` (code + message) and `associate` (id → function), nothing else.
 */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface CustomFunctionsStub {
  Error: typeof StubError;
  ErrorCode: Record<string, string>;
  associations: Map<string, (...args: unknown[]) => unknown>;
  associate(
    id: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown
  ): void;
}

export function createCustomFunctionsStub(): CustomFunctionsStub {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associations,
    associate(id, fn) {
      if (typeof id === "string") {
        if (associations.has(id)) throw new Error(`${id} associated twice`);
        associations.set(id, fn!);
      } else {
        for (const [key, value] of Object.entries(id)) this.associate(key, value);
      }
    },
  };
}

export function installCustomFunctionsStub(target: Record<string, unknown>): CustomFunctionsStub {
  const stub = createCustomFunctionsStub();
  target.CustomFunctions = stub;
  return stub;
}
