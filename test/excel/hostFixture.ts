/** A simulated Excel host installed as the global `Excel`, for tests of src/excel. */
import { SimulatedHost, createHost, installExcelGlobal } from "../../excel-simulator";
import { SEED_HEADERS, seedRows } from "../support/seedSource";

export interface HostFixture {
  host: SimulatedHost;
  restore: () => void;
}

export function withHost(sheets: Record<string, unknown[][]>, active?: string): HostFixture {
  const host = createHost({ sheets, activeSheet: active });
  const restore = installExcelGlobal(host, globalThis);
  return { host, restore };
}

/** The seed 003 KPI table typed into a "Data" sheet from A1. */
export function seedWorkbook(): HostFixture {
  const f = withHost({ Data: [SEED_HEADERS, ...seedRows()] });
  f.host.setSelection("Data", "A1:G5");
  return f;
}
