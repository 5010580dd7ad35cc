/**
 * Command-line arguments: a command, positional arguments and --flags
 * ("--out x", "--out=x", "-o x"). No dependency: the grammar is small.
 */

import { CssWeights, cssWeightsFromInput } from "../core/css";
import { isDomainError } from "../core/errors";
import { CliError } from "./messages";

export interface FlagSpec {
  /** Flags that take a value. */
  readonly values: readonly string[];
  /** Flags that are on or off. */
  readonly switches: readonly string[];
  /** Short aliases, e.g. { o: "out" }. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly switches: ReadonlySet<string>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const m = /^(?:--([a-z][a-z0-9-]*)|-([a-zA-Z]))(?:=(.*))?$/s.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const name = m[1] ?? spec.aliases?.[m[2]] ?? m[2];
    if (spec.switches.includes(name)) {
      if (m[3] !== undefined) throw new CliError("takesNoValue", { flag: name });
      switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = m[3] ?? argv[++i];
      if (value === undefined) throw new CliError("needsValue", { flag: name });
      if (name in values) throw new CliError("givenTwice", { flag: name });
      values[name] = value;
    } else {
      throw new CliError("unknownOption", { option: arg.split("=")[0] });
    }
  }
  return { positional, values, switches };
}

/** A finite number, or a usage error naming the flag. */
export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const raw = args.values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(n)) {
    throw new CliError("needsNumber", { flag: name, got: raw });
  }
  return n;
}

/**
 * --css-weights "70,10,20" (percentage points, "%" allowed) or "0.7,0.1,0.2":
 * the three CSS weights as fractions (core/css.ts cssWeightsFromInput).
 */
export function cssWeightsFlag(args: ParsedArgs): CssWeights | undefined {
  const raw = args.values["css-weights"];
  if (raw === undefined) return undefined;
  const parts = raw.split(",").map((part) => part.trim().replace(/%$/, "").trim());
  const values = parts.map(Number);
  if (parts.length !== 3 || parts.some((part) => part === "") || !values.every(Number.isFinite))
    throw new CliError("badCssWeights", { got: raw });
  const weights = cssWeightsFromInput(values);
  if (isDomainError(weights)) {
    const points = values.every((v) => Math.abs(v) <= 1) ? values.map((v) => v * 100) : values;
    const sum = Math.round(points.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
    throw new CliError("badCssWeights", { got: raw, sum });
  }
  return weights;
}
