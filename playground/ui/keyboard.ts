/**
 * Keys on the grid, as in Excel: arrows move (Shift extends), Enter / Tab
 * move down / right (inside a selection they cycle through it), Page Up/Down,
 * Home, Ctrl+Home / Ctrl+End, F2 edits, typing starts an edit, Delete clears.
 *
 * Tab never traps the keyboard in the grid: past the used range's last column
 * (or a selection's last cell), Tab leaves the grid for the next control on
 * the page, and Shift+Tab from column A (or a selection's first cell) for the
 * one before. F6 brings the focus back, as in Office (App.tsx).
 */
import { Selection, advance, move, rectOf, single } from "./selection";

export type GridAction =
  | { readonly kind: "select"; readonly selection: Selection }
  | { readonly kind: "edit"; readonly text?: string }
  | { readonly kind: "clear" }
  | { readonly kind: "none" };

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
  /** Last used cell (0-based), for Ctrl+End. */
  readonly lastRow: number;
  readonly lastCol: number;
  readonly pageRows: number;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function gridKey(e: KeyInput, sel: Selection, size: GridSize): GridAction {
  const ctrl = e.ctrlKey || e.metaKey;
  const select = (selection: Selection): GridAction => ({ kind: "select", selection });
  const arrow = ARROWS[e.key];
  if (arrow) {
    if (ctrl) {
      // Ctrl+arrow: to the edge of the used area (a simplification of Excel's data-region jump).
      const from = e.shiftKey ? sel.corner : sel.active;
      const r = arrow[0] < 0 ? 0 : arrow[0] > 0 ? Math.max(size.lastRow, from.r) : from.r;
      const c = arrow[1] < 0 ? 0 : arrow[1] > 0 ? Math.max(size.lastCol, from.c) : from.c;
      return select(
        e.shiftKey ? { ...sel, corner: { r, c }, active: sel.anchor } : single({ r, c })
      );
    }
    return select(move(sel, arrow[0], arrow[1], e.shiftKey, size.rows, size.cols));
  }
  switch (e.key) {
    case "Enter":
      return select(advance(sel, e.shiftKey ? -1 : 1, 0, size.rows, size.cols));
    case "Tab": {
      const rect = rectOf(sel);
      const several = rect.r0 !== rect.r1 || rect.c0 !== rect.c1;
      const { r, c } = sel.active;
      const atEnd = e.shiftKey
        ? several
          ? r === rect.r0 && c === rect.c0
          : c === 0
        : several
          ? r === rect.r1 && c === rect.c1
          : c >= size.lastCol;
      if (atEnd) return { kind: "none" }; // the browser moves the focus on
      return select(advance(sel, 0, e.shiftKey ? -1 : 1, size.rows, size.cols));
    }
    case "PageDown":
    case "PageUp": {
      const dr = (e.key === "PageDown" ? 1 : -1) * size.pageRows;
      return select(move(sel, dr, 0, e.shiftKey, size.rows, size.cols));
    }
    case "Home":
      return select(ctrl ? single({ r: 0, c: 0 }) : single({ r: sel.active.r, c: 0 }));
    case "End":
      return ctrl ? select(single({ r: size.lastRow, c: size.lastCol })) : { kind: "none" };
    case "F2":
      return { kind: "edit" };
    case "Delete":
      return { kind: "clear" };
    case "Backspace":
      return { kind: "edit", text: "" };
    default:
      if (e.key.length === 1 && !ctrl && !e.altKey) return { kind: "edit", text: e.key };
      return { kind: "none" };
  }
}
