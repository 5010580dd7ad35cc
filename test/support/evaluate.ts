/**
 * Evaluates sheet plans with HyperFormula (a formula engine nobody here wrote,
 * GPL, test-only), next to the source sheet they link to.
 */
import { HyperFormula } from "hyperformula";
import { parseAddress } from "../../src/scorecard/a1";
import { PlanCell, SheetPlan, formulaText, isFormulaCell } from "../../src/scorecard/plan";
import { SourceTable } from "../../src/scorecard/types";

type RawCell = string | number | boolean | null;

function toRaw(c: PlanCell, sheetRow: number): RawCell {
  if (isFormulaCell(c)) return formulaText(c, sheetRow);
  // Plan text is literal: keep it from being parsed as a formula.
  if (typeof c === "string" && /^[=+\-@]/.test(c)) return `'${c}`;
  return c;
}

export function sourceSheet(source: SourceTable): RawCell[][] {
  const grid: RawCell[][] = [];
  for (let r = 0; r < source.top; r++) grid.push([]);
  const pad = (row: RawCell[]) => [...Array(source.left).fill(null), ...row];
  grid.push(pad([...source.headers]));
  source.values.forEach((row) => grid.push(pad(row.map((v) => v))));
  return grid;
}

export class Evaluated {
  constructor(private readonly hf: HyperFormula) {}

  value(sheet: string, address: string): unknown {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const a = parseAddress(address);
    if (!a) throw new Error(`bad address ${address}`);
    const v = this.hf.getCellValue({ sheet: id, row: a.row, col: a.column });
    return typeof v === "object" && v !== null && "type" in v
      ? `#${String((v as { type: string }).type)}`
      : v;
  }

  /** The value of a workbook-scoped name from a plan ("'Sheet'!I12"). */
  at(qualifiedAddress: string): unknown {
    const a = parseAddress(qualifiedAddress);
    if (!a?.sheet) throw new Error(`not qualified: ${qualifiedAddress}`);
    return this.value(a.sheet, qualifiedAddress.slice(qualifiedAddress.lastIndexOf("!") + 1));
  }

  destroy(): void {
    this.hf.destroy();
  }
}

export function evaluate(
  source: SourceTable,
  plans: readonly SheetPlan[],
  extraSheets: Record<string, RawCell[][]> = {}
): Evaluated {
  const sheets: Record<string, RawCell[][]> = {
    [source.sheetName]: sourceSheet(source),
    ...extraSheets,
  };
  for (const plan of plans) {
    const grid: RawCell[][] = [];
    for (const block of plan.blocks) {
      const a = parseAddress(block.address)!;
      block.cells.forEach((row, i) => {
        const target = (grid[a.row + i] ??= []);
        row.forEach((c, j) => (target[a.column + j] = toRaw(c, a.row + i + 1)));
      });
    }
    sheets[plan.name] = Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    smartRounding: false,
  });
  return new Evaluated(hf);
}
