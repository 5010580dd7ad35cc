/**
 * The command line's `--json` document, one per run (one input file or many):
 * its TypeScript types, the JSON Schema they promise (README "--json"; the
 * tests validate every document they make against it with ajv), and the
 * function that turns a file's build into its entry.
 *
 * Numbers are the core's, unrounded; a score that cannot be computed is null
 * (JSON has no NaN). Messages are in the language of `--language`; codes,
 * band ids and cell addresses are the same in every language.
 *
 * Version 1. `period` and `unit` are null when the KPI table has no Period or
 * Unit column; `gradeDown` is null unless --grade-down was given and the table
 * has several periods (then it is the employee's, on each of their scorecards).
 * A change that removes or retypes a field raises `schemaVersion`; adding one
 * does not.
 */
import type { Format } from "../core/catalogue";
import type { BuildWorkbookResult } from "../export/buildWorkbook";
import { renderProblem, sourceLabel } from "../scorecard/messages";
import type { EmployeePreview } from "../scorecard/types";

export const SCHEMA_VERSION = 1;

export interface JsonProblem {
  readonly severity: "error" | "warning";
  /** The problem's code (src/scorecard/types.ts ProblemCode). */
  readonly code: string;
  /** "'Data'!D2", or null when the problem is not one cell's. */
  readonly cell: string | null;
  readonly message: string;
}

export interface JsonPerspective {
  readonly perspective: string;
  readonly weight: number;
  /** Σ score × KPI weight in the perspective; null when it cannot be computed. */
  readonly fulfillment: number | null;
  readonly weighted: number | null;
}

export interface JsonScorecard {
  /** null when the table has no Employee column. */
  readonly employee: string | null;
  /** The period as Excel shows it ("2021"), null when the table has no Period column. */
  readonly period: string | null;
  /** The employee's unit, null when the table has no Unit column. */
  readonly unit: string | null;
  readonly perspectives: readonly JsonPerspective[];
  readonly overall: number | null;
  /** The rating band's id (core/rating.ts: "poor", "satisfied", ...). */
  readonly rating: string;
  /** The band's label in the run's language. */
  readonly ratingLabel: string;
  /** null when the table has no assessment and development scores. */
  readonly css: number | null;
  /** null when no --gcr-minimum was given (or there is no CSS). */
  readonly gcrEligible: boolean | null;
  /** The employee's grade-down signal (--grade-down, several periods); null when not computed. */
  readonly gradeDown: boolean | null;
}

export interface JsonFileError {
  /** The command line's or the reader's error code ("cannotRead", "noSheet", ...). */
  readonly code: string;
  readonly message: string;
}

export interface JsonFile {
  /** The input as given (relative to the working directory when it was). */
  readonly input: string;
  /** The file written, or null when nothing was. */
  readonly output: string | null;
  readonly status: "built" | "failed";
  /** Where the KPI table was read ("KPIs_Data (table) 'Data'!A1:G5"), null when it was not found. */
  readonly source: string | null;
  /** The sheets added, in order. */
  readonly sheets: readonly string[];
  /** The KPI table's errors and warnings, errors first. */
  readonly problems: readonly JsonProblem[];
  /** Why the file failed when it was not the table's problems (it could not be read or written, no such sheet ...). */
  readonly error: JsonFileError | null;
  /** Formula cells of the input without a saved result: computed here / read as blank. */
  readonly computedCells: readonly string[];
  readonly uncomputedCells: readonly string[];
  readonly scorecards: readonly JsonScorecard[];
}

export interface JsonReport {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: "bsc-scorecard";
  readonly version: string;
  /** True when every file was built. */
  readonly ok: boolean;
  readonly files: readonly JsonFile[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const orNull = (text: string): string | null => (text === "" ? null : text);

function scorecardOf(e: EmployeePreview, gradeDown: ReadonlyMap<string, boolean>): JsonScorecard {
  return {
    employee: orNull(e.employee),
    period: orNull(e.period),
    unit: orNull(e.unit),
    perspectives: e.perspectives.map((p) => ({
      perspective: p.perspective,
      weight: p.weight,
      fulfillment: finite(p.fulfillment),
      weighted: finite(p.weighted),
    })),
    overall: finite(e.overall),
    rating: e.band,
    ratingLabel: e.rating,
    css: e.css === undefined ? null : finite(e.css),
    gcrEligible: e.gcrEligible ?? null,
    gradeDown: gradeDown.get(e.employee) ?? null,
  };
}

/** A file's entry from its build (`output` null when nothing was written). */
export function jsonFile(
  input: string,
  output: string | null,
  result: BuildWorkbookResult,
  f: Format
): JsonFile {
  const built = output !== null;
  const gradeDown = new Map<string, boolean>();
  for (const h of result.preview?.history ?? [])
    if (h.gradeDown !== undefined) gradeDown.set(h.employee, h.gradeDown);
  return {
    input,
    output,
    status: built ? "built" : "failed",
    source: result.source ? sourceLabel(f, result.source.label) : null,
    sheets: built ? result.sheets : [],
    problems: result.problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      cell: p.address ?? null,
      message: renderProblem(p, f),
    })),
    error: null,
    computedCells: result.computed,
    uncomputedCells: result.uncomputed,
    scorecards: built
      ? (result.preview?.employees ?? []).map((e) => scorecardOf(e, gradeDown))
      : [],
  };
}

/** A file that failed before its table could be checked (or whose output could not be written). */
export function jsonFailure(input: string, error: JsonFileError): JsonFile {
  return {
    input,
    output: null,
    status: "failed",
    source: null,
    sheets: [],
    problems: [],
    error,
    computedCells: [],
    uncomputedCells: [],
    scorecards: [],
  };
}

export function jsonReport(version: string, files: readonly JsonFile[]): JsonReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: "bsc-scorecard",
    version,
    ok: files.every((file) => file.status === "built"),
    files,
  };
}

const nullable = (type: string) => ({ type: [type, "null"] });
const strings = { type: "array", items: { type: "string" } };

/** The JSON Schema (draft-07) of a JsonReport. */
export const JSON_REPORT_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://scorecard.example.com/schemas/bsc-scorecard-report-1.json",
  title: "bsc-scorecard --json report",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "tool", "version", "ok", "files"],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    tool: { const: "bsc-scorecard" },
    version: { type: "string" },
    ok: { type: "boolean" },
    files: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "input",
          "output",
          "status",
          "source",
          "sheets",
          "problems",
          "error",
          "computedCells",
          "uncomputedCells",
          "scorecards",
        ],
        properties: {
          input: { type: "string" },
          output: nullable("string"),
          status: { enum: ["built", "failed"] },
          source: nullable("string"),
          sheets: strings,
          problems: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["severity", "code", "cell", "message"],
              properties: {
                severity: { enum: ["error", "warning"] },
                code: { type: "string" },
                cell: nullable("string"),
                message: { type: "string" },
              },
            },
          },
          error: {
            oneOf: [
              { type: "null" },
              {
                type: "object",
                additionalProperties: false,
                required: ["code", "message"],
                properties: { code: { type: "string" }, message: { type: "string" } },
              },
            ],
          },
          computedCells: strings,
          uncomputedCells: strings,
          scorecards: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "employee",
                "period",
                "unit",
                "perspectives",
                "overall",
                "rating",
                "ratingLabel",
                "css",
                "gcrEligible",
                "gradeDown",
              ],
              properties: {
                employee: nullable("string"),
                period: nullable("string"),
                unit: nullable("string"),
                perspectives: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["perspective", "weight", "fulfillment", "weighted"],
                    properties: {
                      perspective: { type: "string" },
                      weight: { type: "number" },
                      fulfillment: nullable("number"),
                      weighted: nullable("number"),
                    },
                  },
                },
                overall: nullable("number"),
                rating: { type: "string" },
                ratingLabel: { type: "string" },
                css: nullable("number"),
                gcrEligible: nullable("boolean"),
                gradeDown: nullable("boolean"),
              },
            },
          },
        },
      },
    },
  },
} as const;
