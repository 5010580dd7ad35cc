/**
 * The "Formulas" sheet of the sample: the BSC custom functions as a user types
 * them, with what each one means. Column B computes each formula, column D
 * shows it as text (the cell is formatted as Text).
 */

export interface FormulaExample {
  readonly label: string;
  readonly formula: string;
  readonly numberFormat: string;
  readonly note: string;
}

const SEED = "'Seed 003'";

export const FORMULA_EXAMPLES: readonly FormulaExample[] = [
  {
    label: "Return on assets (ROA)",
    formula: "=BSC.ROA(148391,1317000)",
    numberFormat: "0.00%",
    note: "Net profit / total assets: 11.27%",
  },
  {
    label: "Return on equity (ROE)",
    formula: "=BSC.ROE(148391,918416)",
    numberFormat: "0.00%",
    note: "Net profit / equity",
  },
  {
    label: "Sales growth",
    formula: "=BSC.GROWTH(6204.07,5769.13)",
    numberFormat: "0.00%",
    note: "(current − previous) / previous",
  },
  {
    label: "Employee turnover",
    formula: "=BSC.TURNOVER(60,3463)",
    numberFormat: "0.00%",
    note: "Leavers / headcount",
  },
  {
    label: "Career Score (CSS)",
    formula: "=BSC.CSS_TOTAL(80,90,70)",
    numberFormat: "0.00",
    note: "0.7 × KPI + 0.1 × assessment + 0.2 × development",
  },
  {
    label: "Seed 003 overall score",
    formula: `=BSC.BSC_SCORE(${SEED}!G2:G5,${SEED}!E2:E5,${SEED}!F2:F5,${SEED}!D2:D5,${SEED}!B2:B5)`,
    numberFormat: "0.00",
    note: "Σ score × KPI weight × perspective weight over the Seed 003 table",
  },
  {
    label: "Its rating (Indonesian)",
    formula: '=BSC.RATING(57.85,"achievement","id")',
    numberFormat: "General",
    note: "Band label of a score, in English or Indonesian",
  },
];

/** First row of the examples (1-based, after the title, the note and the header row). */
export const EXAMPLES_TOP = 5;
/** First row of the spilled KPI_SCORE block's data (1-based); its header row is the row above. */
export const SPILL_TOP = EXAMPLES_TOP + FORMULA_EXAMPLES.length + 3;
export const SPILL_ROWS = 4;

/** One formula, four results: the score of each Seed 003 KPI. */
export const SPILL_FORMULA = `=BSC.KPI_SCORE(${SEED}!G2:G5,${SEED}!E2:E5,${SEED}!F2:F5)`;

/** The KPI names beside the spilled scores, linked to Seed 003. */
export function spillLabels(): string[][] {
  return Array.from({ length: SPILL_ROWS }, (_, i) => [`=${SEED}!C${i + 2}`]);
}
