/**
 * Every custom function's argument table and body, by the id Excel knows it by
 * (functions.json). functions.ts declares each one and runs it; a test checks
 * that every table names the arguments functions.json declares, in its order.
 */
import * as career from "./career";
import * as rating from "./rating";
import * as ratios from "./ratios";
import * as scoring from "./scoring";
import * as survey from "./survey";

export const FUNCTIONS = { ...scoring, ...ratios, ...survey, ...career, ...rating } as const;

export type FunctionId = keyof typeof FUNCTIONS;
