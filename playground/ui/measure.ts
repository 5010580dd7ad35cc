/* global CanvasRenderingContext2D, document */
/**
 * Text widths in the grid's font, for the decisions Excel makes from them:
 * how far text runs over empty neighbours, and how tall a row with wrapped
 * text grows. Measured with a canvas in the browser (whatever font the
 * machine substitutes for Calibri), estimated from the length elsewhere.
 */

export const FONT_STACK = 'Calibri, Carlito, "Segoe UI", "Liberation Sans", Arial, sans-serif';

export interface FontSpec {
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** A font other than Calibri, when the cell names one. */
  readonly family?: string;
}

export const DEFAULT_FONT: FontSpec = { size: 11, bold: false, italic: false };

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof document !== "undefined" ? document.createElement("canvas").getContext("2d") : null;
  }
  return context;
}

export function cssFont(font: FontSpec): string {
  const family = font.family ? `"${font.family}", ${FONT_STACK}` : FONT_STACK;
  return `${font.italic ? "italic " : ""}${font.bold ? "bold " : ""}${font.size}pt ${family}`;
}

/** Width of `text` in px. */
export function textWidth(text: string, font: FontSpec = DEFAULT_FONT): number {
  const ctx = canvas();
  if (!ctx) return text.length * 7 * (font.size / 11) * (font.bold ? 1.08 : 1);
  const css = cssFont(font);
  const key = `${css}\u0000${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    ctx.font = css;
    w = ctx.measureText(text).width;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, w);
  }
  return w;
}

/** Lines `text` takes when wrapped at word boundaries in `widthPx`. */
export function wrappedLines(text: string, widthPx: number, font: FontSpec = DEFAULT_FONT): number {
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, font);
      if (used > 0 && used + space + w > widthPx) {
        lines++;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
      // A word longer than the line breaks across lines.
      if (used > widthPx) {
        lines += Math.floor(used / widthPx);
        used %= widthPx;
      }
    }
  }
  return Math.max(1, lines);
}
