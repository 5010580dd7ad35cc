/** Helpers for reading custom-function results: 2D arrays of numbers, text, booleans or errors. */
import { StubError } from "../support/customFunctionsStub";

export type Result = unknown[][];

export function isError(x: unknown): x is StubError {
  return typeof x === "object" && x !== null && typeof (x as StubError).code === "string";
}

/** The single value of a 1x1 result. */
export function only(result: unknown): unknown {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as Result;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return rows[0][0];
}

export function onlyNumber(result: unknown): number {
  const v = only(result);
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
}

export function onlyError(result: unknown): StubError {
  const v = only(result);
  if (!isError(v)) throw new Error(`expected an error, got ${JSON.stringify(v)}`);
  return v;
}

export function column(values: readonly unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The column of a one-column result. */
export function flat(result: unknown): unknown[] {
  return (result as Result).map((row) => {
    expect(row).toHaveLength(1);
    return row[0];
  });
}
