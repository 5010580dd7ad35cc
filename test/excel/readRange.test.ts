/**
 * The pane's Refresh of a selection reads the range it read before, by its
 * address (kind "range"), whatever is selected now: the user has usually
 * selected the cell they fixed.
 */
import { createHost, installExcelGlobal } from "../../excel-simulator";
import { readSource } from "../../src/excel/readSource";
import { SEED_HEADERS, seedRows } from "../support/seedSource";

let restore: (() => void) | undefined;
afterEach(() => restore?.());

test("a range read by its address, not the current selection", async () => {
  const host = createHost({ sheets: { "KPI data": [SEED_HEADERS, ...seedRows()] } });
  restore = installExcelGlobal(host);
  host.setSelection("KPI data", "A1:G5");
  const first = await readSource({ kind: "selection", id: "" });
  expect(first.label).toEqual({ kind: "range", address: "'KPI data'!A1:G5" });
  // The user fixes G4 and leaves it selected.
  host.setValues("KPI data", "G4", [[0.9]]);
  host.setSelection("KPI data", "G4");
  const again = await readSource({ kind: "range", id: first.label.address });
  expect(again.values).toHaveLength(4);
  expect(again.values[2][6]).toBe(0.9);
  expect(again.label).toEqual(first.label);
});

test("an address without its sheet is refused with a coded error", async () => {
  const host = createHost({ sheets: { Data: [SEED_HEADERS, ...seedRows()] } });
  restore = installExcelGlobal(host);
  await expect(readSource({ kind: "range", id: "A1:G5" })).rejects.toMatchObject({
    code: "notAnAddress",
  });
});
