/**
 * Per-cell formatting state of one sheet. A cell's format is a flat record
 * ("numberFormat", "font.bold", "fill.color", "border.EdgeTop.style", ...)
 * whose values override the defaults below. Records are interned, so 100,000
 * cells formatted alike share one object.
 *
 * Writes over huge rectangles (entire columns or rows) are kept as "bands"
 * rather than per cell: a band written later removes the key from the cells it
 * covers, so a cell's own value (written after every band covering it) always
 * wins, and otherwise the latest band covering the cell does.
 */
import { Rect, cellCount, contains, intersect } from "./address";

export type FormatValue = string | number | boolean | null;
export type Style = Readonly<Record<string, FormatValue>>;

export const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "DiagonalDown",
  "DiagonalUp",
] as const;

export const FORMAT_DEFAULTS: Readonly<Record<string, FormatValue>> = (() => {
  const d: Record<string, FormatValue> = {
    numberFormat: "General",
    "font.bold": false,
    "font.italic": false,
    "font.underline": "None",
    "font.strikethrough": false,
    "font.color": "#000000",
    "font.size": 11,
    "font.name": "Calibri",
    "fill.color": null,
    "fill.pattern": null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
    textOrientation: 0,
    style: "Normal",
  };
  for (const e of BORDER_EDGES) {
    d[`border.${e}.style`] = "None";
    d[`border.${e}.color`] = "#000000";
    d[`border.${e}.weight`] = "Thin";
  }
  return d;
})();

export const FORMAT_KEYS = Object.keys(FORMAT_DEFAULTS);

/** Rectangles larger than this are stored as bands, not per cell. */
const BAND_THRESHOLD = 1 << 18;

interface Band {
  readonly rect: Rect;
  readonly value: FormatValue;
}

const EMPTY: Style = Object.freeze({});
const interned = new Map<string, Style>([["{}", EMPTY]]);
const transitions = new WeakMap<Style, Map<string, Style>>();

/** The interned style equal to `s` with `key` set to `value` (or removed when `value` is undefined). */
function withKey(s: Style, key: string, value: FormatValue | undefined): Style {
  let t = transitions.get(s);
  if (!t) transitions.set(s, (t = new Map()));
  const tk = value === undefined ? `${key}\u0000-` : `${key}\u0000${JSON.stringify(value)}`;
  const hit = t.get(tk);
  if (hit) return hit;
  const next: Record<string, FormatValue> = { ...s };
  if (value === undefined) delete next[key];
  else next[key] = value;
  const canon = JSON.stringify(
    Object.keys(next)
      .sort()
      .map((k) => [k, next[k]])
  );
  let result = interned.get(canon);
  if (!result) interned.set(canon, (result = Object.freeze(next)));
  t.set(tk, result);
  return result;
}

export class FormatStore {
  private readonly rows = new Map<number, (Style | undefined)[]>();
  private readonly bands = new Map<string, Band[]>();
  private cachedBounds: Rect | undefined | null = null;

  /** Sets one key over a rectangle; `undefined` resets it to the default. */
  set(rect: Rect, key: string, value: FormatValue | undefined): void {
    this.cachedBounds = null;
    if (cellCount(rect) > BAND_THRESHOLD) {
      this.forStored(rect, (row, c) => (row[c] = withKey(row[c]!, key, undefined)));
      const list = this.bands.get(key) ?? [];
      list.push({ rect, value: value === undefined ? FORMAT_DEFAULTS[key] : value });
      this.bands.set(key, list);
      return;
    }
    const explicit =
      value === undefined ? (this.bands.has(key) ? FORMAT_DEFAULTS[key] : undefined) : value;
    // Neighbouring cells mostly share a style: remember the last transition.
    let lastIn: Style | undefined;
    let lastOut: Style = EMPTY;
    for (let r = rect.r0; r <= rect.r1; r++) {
      let row = this.rows.get(r);
      if (!row) {
        if (explicit === undefined) continue;
        this.rows.set(r, (row = []));
      }
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cur = row[c] ?? EMPTY;
        if (cur !== lastIn) {
          lastIn = cur;
          lastOut = withKey(cur, key, explicit);
        }
        row[c] = lastOut;
      }
    }
  }

  /** Resets every key over a rectangle. */
  clear(rect: Rect): void {
    this.cachedBounds = null;
    const banded = [...this.bands.keys()];
    if (cellCount(rect) > BAND_THRESHOLD) {
      for (const key of banded) this.bands.get(key)!.push({ rect, value: FORMAT_DEFAULTS[key] });
      this.forStored(rect, (row, c) => (row[c] = undefined));
      return;
    }
    for (const key of banded) this.set(rect, key, undefined);
    this.forStored(rect, (row, c) => {
      let s = row[c]!;
      for (const k of Object.keys(s)) if (!this.bands.has(k)) s = withKey(s, k, undefined);
      row[c] = s === EMPTY ? undefined : s;
    });
  }

  private forStored(rect: Rect, fn: (row: (Style | undefined)[], c: number) => void): void {
    const visit = (row: (Style | undefined)[]): void => {
      for (let c = rect.c0; c <= rect.c1 && c < row.length; c++) if (row[c]) fn(row, c);
    };
    if (this.rows.size < rect.r1 - rect.r0 + 1) {
      for (const [r, row] of this.rows) if (r >= rect.r0 && r <= rect.r1) visit(row);
    } else {
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row = this.rows.get(r);
        if (row) visit(row);
      }
    }
  }

  /** The effective value of one key in one cell. */
  get(r: number, c: number, key: string): FormatValue {
    const s = this.rows.get(r)?.[c];
    if (s && key in s) return s[key];
    const list = this.bands.get(key);
    if (list)
      for (let i = list.length - 1; i >= 0; i--)
        if (contains(list[i].rect, r, c)) return list[i].value;
    return FORMAT_DEFAULTS[key];
  }

  /** The keys of one cell that differ from the defaults, sorted. */
  cellFormat(r: number, c: number): Record<string, FormatValue> {
    const out: Record<string, FormatValue> = {};
    for (const key of FORMAT_KEYS) {
      const v = this.get(r, c, key);
      if (v !== FORMAT_DEFAULTS[key]) out[key] = v;
    }
    return out;
  }

  /** The value shared by every cell of a rectangle, or null when they differ (as Office.js reports). */
  uniform(rect: Rect, key: string): FormatValue {
    const first = this.get(rect.r0, rect.c0, key);
    if (cellCount(rect) <= BAND_THRESHOLD) {
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) if (this.get(r, c, key) !== first) return null;
      return first;
    }
    let mixed = false;
    this.forStored(rect, (row, c) => {
      const s = row[c]!;
      if (key in s && s[key] !== first) mixed = true;
    });
    for (const b of this.bands.get(key) ?? []) {
      const part = intersect(b.rect, rect);
      if (part && b.value !== first && cellCount(part) !== cellCount(rect)) mixed = true;
    }
    return mixed ? null : first;
  }

  /** Bounding box of the cells with a format of their own (bands excluded, as Excel's used range). */
  bounds(): Rect | undefined {
    if (this.cachedBounds !== null) return this.cachedBounds;
    let b: { r0: number; c0: number; r1: number; c1: number } | undefined;
    for (const [r, row] of this.rows) {
      for (let c = 0; c < row.length; c++) {
        const s = row[c];
        if (!s || !FORMAT_KEYS.some((k) => k in s && s[k] !== FORMAT_DEFAULTS[k])) continue;
        if (!b) b = { r0: r, r1: r, c0: c, c1: c };
        else {
          b.r0 = Math.min(b.r0, r);
          b.r1 = Math.max(b.r1, r);
          b.c0 = Math.min(b.c0, c);
          b.c1 = Math.max(b.c1, c);
        }
      }
    }
    this.cachedBounds = b;
    return b;
  }

  /** Whether any cell or band of the sheet uses this value for this key (cheap pre-check). */
  mayUse(key: string, value: FormatValue): boolean {
    if ((this.bands.get(key) ?? []).some((b) => b.value === value)) return true;
    for (const s of interned.values()) if (s[key] === value) return true;
    return false;
  }
}
