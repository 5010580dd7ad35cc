/**
 * One reader shape: both readers (src/excel/readSource.ts from Excel's ranges,
 * src/export/readSource.ts from an xlsx file) fetch a block of cells, header
 * row first, and this one function turns it into the source table. What a
 * cell holds is decided here, the same for both: headers as Excel shows them
 * (a date header is "Jan-24", not its serial number), formulas as text, the
 * data rows' texts for names that are numbers.
 */
import { shownNumber } from "./shownNumber";
import type { SourceLabel, SourceTable, SourceValue } from "./types";

/** A block of cells as a reader fetched it: rows of the header row first, all of the same width. */
export interface SourceGrid {
  /** Worksheet holding the block. */
  readonly sheetName: string;
  /** 0-based sheet row of the header row. */
  readonly top: number;
  /** 0-based sheet column of the first column. */
  readonly left: number;
  /** Values as Office.js reports them: numbers, text, booleans; "" for blank; errors as text ("#N/A"). */
  readonly values: readonly (readonly SourceValue[])[];
  /** Formulas ("=AVERAGE(B2:M2)"), or the constant (as text or as the value), per cell. */
  readonly formulas: readonly (readonly unknown[])[];
  /** Each cell's text as Excel shows it (number formats applied), per cell. */
  readonly text: readonly (readonly string[])[];
  /** Where it came from, for the pane: "Table KPIs 'Data'!A1:G5". */
  readonly label: SourceLabel;
}

/** A header as Excel shows it: a date or number as its text ("Jan-24"), unless that is "####" or nothing. */
export function headerText(value: SourceValue | undefined, shown: string | undefined): string {
  return shownNumber(value, shown) ?? String(value ?? "");
}

const formulaText = (f: unknown): string => String(f ?? "");

export function toSourceTable(grid: SourceGrid): SourceTable {
  const [headers = [], ...values] = grid.values;
  const [headerTexts = [], ...texts] = grid.text;
  return {
    sheetName: grid.sheetName,
    top: grid.top,
    left: grid.left,
    headers: headers.map((h, c) => headerText(h, headerTexts[c])),
    values,
    formulas: grid.formulas.slice(1).map((row) => row.map(formulaText)),
    texts,
    label: grid.label,
  };
}
