/** Tab in the grid: right through the row as in Excel, then out of the grid (never a trap). */
import { gridKey } from "../../../playground/ui/keyboard";
import { single } from "../../../playground/ui/selection";

const size = { rows: 1000, cols: 100, lastRow: 19, lastCol: 12, pageRows: 20 };
const key = (k: string, shiftKey = false) => ({
  key: k,
  shiftKey,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

test("Tab moves right until the used range's last column, then lets the focus leave", () => {
  expect(gridKey(key("Tab"), single({ r: 1, c: 3 }), size)).toMatchObject({ kind: "select" });
  expect(gridKey(key("Tab"), single({ r: 1, c: 12 }), size)).toEqual({ kind: "none" });
  expect(gridKey(key("Tab"), single({ r: 1, c: 40 }), size)).toEqual({ kind: "none" });
});

test("Shift+Tab moves left until column A, then lets the focus leave", () => {
  expect(gridKey(key("Tab", true), single({ r: 1, c: 3 }), size)).toMatchObject({
    kind: "select",
  });
  expect(gridKey(key("Tab", true), single({ r: 1, c: 0 }), size)).toEqual({ kind: "none" });
});

test("inside a selection Tab cycles through it and leaves after its last cell", () => {
  const sel = { anchor: { r: 0, c: 0 }, corner: { r: 1, c: 1 }, active: { r: 0, c: 0 } };
  expect(gridKey(key("Tab"), sel, size)).toMatchObject({ kind: "select" });
  expect(gridKey(key("Tab"), { ...sel, active: { r: 1, c: 1 } }, size)).toEqual({ kind: "none" });
});
