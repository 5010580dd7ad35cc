/**
 * Unit conversions between a sheet plan (Office.js units) and the xlsx file
 * format as ExcelJS writes it.
 */

/** "#1F4E79" (or "1F4E79") → "FF1F4E79", the opaque ARGB colour ExcelJS writes. */
export function argb(color: string): string {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`Not a #RRGGBB colour: ${color}`);
}

/** Maximum digit width of the default font (Calibri 11) in pixels at 96 dpi. */
export const MAX_DIGIT_WIDTH_PX = 7;

/**
 * A plan's column width in points (Office.js `columnWidth`) → the width an
 * xlsx file stores (ExcelJS `column.width`), in units of the default font's
 * maximum digit width including the cell padding (ECMA-376 §18.3.1.13):
 *
 *     width = pixels / 7 = points × 96/72 / 7 = points / 5.25
 *
 * so Excel's default column (64 px = 48 pt) is 9.14, and 190 pt is 36.19.
 * Rounded to 1/100 of a character.
 */
export function pointsToCharacters(points: number): number {
  const pixels = (points * 96) / 72;
  return Math.round((pixels / MAX_DIGIT_WIDTH_PX) * 100) / 100;
}

/** The inverse of `pointsToCharacters` (for tests and readers). */
export function charactersToPoints(characters: number): number {
  return (characters * MAX_DIGIT_WIDTH_PX * 72) / 96;
}
