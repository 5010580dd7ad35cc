/** The adapters behind functions.ts, grouped by family. */
export * as scoring from "./scoring";
export * as ratios from "./ratios";
export * as survey from "./survey";
export * as career from "./career";
export * as rating from "./rating";
