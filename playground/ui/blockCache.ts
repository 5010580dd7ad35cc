/**
 * Cells read from the host in tiles of 16 rows × 4 columns, kept until the
 * workbook changes (a new SheetInfo is read after every change), so
 * scrolling reads only the tiles that come into view.
 */
import type { SimulatedHost } from "../../excel-simulator";
import { CellInfo, readBlock } from "./cellView";
import type { SheetInfo } from "./hostView";

const TILE_ROWS = 16;
const TILE_COLS = 4;
const MAX_TILES = 2000;

const caches = new WeakMap<SheetInfo, Map<number, CellInfo[][]>>();

function tile(host: SimulatedHost, info: SheetInfo, tr: number, tc: number): CellInfo[][] {
  let cache = caches.get(info);
  if (!cache) caches.set(info, (cache = new Map()));
  const key = tr * 8192 + tc;
  let cells = cache.get(key);
  if (!cells) {
    const r0 = tr * TILE_ROWS;
    const c0 = tc * TILE_COLS;
    const r1 = Math.min(info.rows.count - 1, r0 + TILE_ROWS - 1);
    const c1 = Math.min(info.cols.count - 1, c0 + TILE_COLS - 1);
    cells = readBlock(host, info, r0, r1, c0, c1);
    if (cache.size >= MAX_TILES) cache.clear();
    cache.set(key, cells);
  }
  return cells;
}

/** Cells r0..r1 × c0..c1 (inclusive), from cached tiles. */
export function readCells(
  host: SimulatedHost,
  info: SheetInfo,
  r0: number,
  r1: number,
  c0: number,
  c1: number
): CellInfo[][] {
  if (r1 < r0 || c1 < c0) return [];
  const out: CellInfo[][] = [];
  for (let r = r0; r <= r1; r++) out.push(new Array<CellInfo>(c1 - c0 + 1));
  for (let tr = Math.floor(r0 / TILE_ROWS); tr <= Math.floor(r1 / TILE_ROWS); tr++) {
    for (let tc = Math.floor(c0 / TILE_COLS); tc <= Math.floor(c1 / TILE_COLS); tc++) {
      const cells = tile(host, info, tr, tc);
      cells.forEach((line, i) => {
        const r = tr * TILE_ROWS + i;
        if (r < r0 || r > r1) return;
        line.forEach((cell, j) => {
          const c = tc * TILE_COLS + j;
          if (c >= c0 && c <= c1) out[r - r0][c - c0] = cell;
        });
      });
    }
  }
  return out;
}
