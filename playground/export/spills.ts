/**
 * Where a formula's result spills (=BSC.KPI_SCORE(...) over four rows), so
 * the file can hold it as an array formula. The host's inspection API does
 * not say; this asks its formula engine (host.workbook.engine.hf, HyperFormula)
 * the same questions the host itself asks when it tracks spilled arrays.
 */
import { cellA1, parseAddress } from "../../src/scorecard/a1";
import type { SimulatedHost } from "../../excel-simulator";

interface HfAddress {
  sheet: number;
  row: number;
  col: number;
}

interface HfLike {
  getSheetId(name: string): number | undefined;
  getCellType(a: HfAddress): string;
  isCellPartOfArray(a: HfAddress): boolean;
  getCellFormula(a: HfAddress): string | undefined;
}

/** "E15:E18" for a formula in E15 whose result covers E15:E18; undefined for a single-cell result. */
export function spillRange(host: SimulatedHost, sheet: string, a1: string): string | undefined {
  const at = parseAddress(a1);
  if (!at) return undefined;
  try {
    host.getValue(sheet, a1); // applies pending writes
    const hf = (host.workbook as unknown as { engine: { hf: HfLike } }).engine.hf;
    const id = hf.getSheetId(sheet);
    if (id === undefined) return undefined;
    const anchor = { sheet: id, row: at.row, col: at.column };
    // HyperFormula: "ARRAYFORMULA" for the anchor of a spilled result, "ARRAY" for the cells it spills into.
    if (hf.getCellType(anchor) !== "ARRAYFORMULA") return undefined;
    const part = (row: number, col: number) =>
      hf.isCellPartOfArray({ sheet: id, row, col }) &&
      hf.getCellFormula({ sheet: id, row, col }) === undefined;
    let r1 = at.row;
    let c1 = at.column;
    while (part(r1 + 1, at.column)) r1++;
    while (part(at.row, c1 + 1)) c1++;
    return r1 === at.row && c1 === at.column ? undefined : `${a1}:${cellA1(r1, c1)}`;
  } catch {
    return undefined;
  }
}
