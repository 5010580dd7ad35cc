/**
 * Argument shapes. Excel passes a range as a 2D array (rows of cells) and a
 * single cell as a scalar; an omitted optional argument arrives as null or
 * undefined. `Grid` normalises all of them, and `broadcastShape` applies the one
 * rule every function shares: ranges must have the same size, a single cell
 * stands for every position.
 */
import type { Position } from "../core/errorMessages";

export interface Grid {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly unknown[])[];
  /** Passed as a single value (or 1x1): broadcast to every position. */
  readonly single: boolean;
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function toGrid(name: string, value: unknown): Grid {
  if (!Array.isArray(value)) {
    return { name, rows: 1, cols: 1, cells: [[value]], single: true };
  }
  const rows = value.length;
  let cols = 0;
  let rectangular = true;
  for (let r = 0; r < rows; r++) {
    const row: unknown = value[r];
    const width = Array.isArray(row) ? row.length : 1;
    if (r > 0 && width !== cols) rectangular = false;
    if (width > cols) cols = width;
  }
  let cells = value as unknown[][];
  if (!rectangular || value.some((row) => !Array.isArray(row))) {
    // Ragged or 1-D input (never sent by Excel, but possible from scripts): pad with blanks.
    cells = value.map((row) => {
      const list: unknown[] = Array.isArray(row) ? row.slice() : [row];
      while (list.length < cols) list.push(null);
      return list;
    });
  }
  if (rows === 0 || cols === 0) {
    return { name, rows: 1, cols: 1, cells: [[null]], single: true };
  }
  return { name, rows, cols, cells, single: rows === 1 && cols === 1 };
}

export function cellAt(grid: Grid, r: number, c: number): unknown {
  return grid.single ? grid.cells[0][0] : grid.cells[r][c];
}

/** Two ranges of different sizes: the first range and the one that disagrees with it. */
export interface ShapeMismatch {
  readonly first: Grid;
  readonly second: Grid;
}

export function isShapeMismatch(x: Shape | ShapeMismatch): x is ShapeMismatch {
  return "first" in x;
}

/** The common shape of the grids, or the two that disagree. */
export function broadcastShape(grids: readonly Grid[]): Shape | ShapeMismatch {
  let first: Grid | undefined;
  for (const g of grids) {
    if (g.single) continue;
    if (!first) {
      first = g;
    } else if (g.rows !== first.rows || g.cols !== first.cols) {
      return { first, second: g };
    }
  }
  return first ? { rows: first.rows, cols: first.cols } : { rows: 1, cols: 1 };
}

/**
 * Where (0-based) `r`, `c` is inside a multi-cell shape, 1-based for messages:
 * a row in a column, a column in a row, both in a block; undefined for a single cell.
 */
export function positionAt(shape: Shape, r: number, c: number): Position | undefined {
  if (shape.rows === 1 && shape.cols === 1) return undefined;
  if (shape.cols === 1) return { row: r + 1 };
  if (shape.rows === 1) return { column: c + 1 };
  return { row: r + 1, column: c + 1 };
}
