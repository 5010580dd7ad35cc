/**
 * The bounding box of a sheet's non-empty cells, kept up to date cheaply as
 * writes arrive: non-empty writes grow it; an empty write on its edge marks it
 * dirty, and it is recomputed from the engine's contents only when asked.
 */
import { Rect, union } from "./address";

type Raw = number | string | boolean | null | undefined;

export class SheetBounds {
  rect: Rect | undefined;
  dirty = false;

  grow(rect: Rect): void {
    this.rect = this.rect ? union(this.rect, rect) : rect;
  }

  markDirty(): void {
    this.dirty = true;
  }

  noteWrite(r0: number, c0: number, rows: Raw[][]): void {
    let b: { r0: number; c0: number; r1: number; c1: number } | undefined;
    let emptyOnEdge = false;
    const cur = this.rect;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const r = r0 + i;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        const c = c0 + j;
        if (v === null || v === undefined || v === "") {
          if (
            cur &&
            !emptyOnEdge &&
            (r === cur.r0 || r === cur.r1 || c === cur.c0 || c === cur.c1) &&
            r >= cur.r0 &&
            r <= cur.r1 &&
            c >= cur.c0 &&
            c <= cur.c1
          )
            emptyOnEdge = true;
          continue;
        }
        if (!b) b = { r0: r, r1: r, c0: c, c1: c };
        else {
          if (r > b.r1) b.r1 = r;
          if (c < b.c0) b.c0 = c;
          if (c > b.c1) b.c1 = c;
        }
      }
    }
    if (b) this.grow(b);
    if (emptyOnEdge) this.dirty = true;
  }

  /** Recomputes from a serialized sheet (rows of raw contents, spilled values included). */
  recompute(data: Raw[][]): void {
    let b: { r0: number; c0: number; r1: number; c1: number } | undefined;
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === "") continue;
        if (!b) b = { r0: r, r1: r, c0: c, c1: c };
        else {
          b.r1 = r;
          if (c < b.c0) b.c0 = c;
          if (c > b.c1) b.c1 = c;
        }
      }
    }
    this.rect = b;
    this.dirty = false;
  }
}
