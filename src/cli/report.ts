/** What the command line prints: problems with their cells, and the scores of a build. */
import type { Language } from "../core/language";
import type { BuildWorkbookResult } from "../export/buildWorkbook";
import { problemMessage } from "../scorecard/messages";
import type { EmployeePreview, Problem } from "../scorecard/types";

const score = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "n/a");

export function formatProblem(p: Problem, language: Language): string {
  const where = p.address ? `${p.address}: ` : "";
  return `${p.severity === "error" ? "error" : "warning"}: ${where}${problemMessage(p, language)}`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join("  ")
    .trimEnd();
}

/** One line for a single scorecard, a table for several employees. */
export function formatScores(employees: readonly EmployeePreview[]): string[] {
  if (employees.length === 1) {
    const e = employees[0];
    const who = e.employee ? ` of ${e.employee}` : "";
    const lines = [`Overall score${who}: ${score(e.overall)} (${e.rating})`];
    for (const p of e.perspectives) {
      lines.push(
        `  ${p.perspective}: ${score(p.fulfillment)} x ${Math.round(p.weight * 1000) / 10}% = ${score(p.weighted)}`
      );
    }
    if (e.css !== undefined)
      lines.push(
        `CSS total: ${score(e.css)}${e.gcrEligible === undefined ? "" : e.gcrEligible ? " (GCR eligible)" : " (not GCR eligible)"}`
      );
    return lines;
  }
  const withCss = employees.some((e) => e.css !== undefined);
  const withGcr = employees.some((e) => e.gcrEligible !== undefined);
  const header = [
    "Employee",
    "Overall",
    "Rating",
    ...(withCss ? ["CSS"] : []),
    ...(withGcr ? ["GCR"] : []),
  ];
  const rows = employees.map((e) => [
    e.employee,
    score(e.overall),
    e.rating,
    ...(withCss ? [e.css === undefined ? "" : score(e.css)] : []),
    ...(withGcr ? [e.gcrEligible === undefined ? "" : e.gcrEligible ? "yes" : "no"] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [pad(header, widths), ...rows.map((r) => pad(r, widths))];
}

export function formatNotes(result: BuildWorkbookResult): string[] {
  const notes: string[] = [];
  const list = (cells: readonly string[]) =>
    cells.slice(0, 5).join(", ") + (cells.length > 5 ? `, ... (${cells.length} cells)` : "");
  if (result.uncomputed.length) {
    notes.push(
      `warning: formula cells without a saved result, read as blank: ${list(result.uncomputed)}. Open and save the file in Excel or LibreOffice, then build again.`
    );
  }
  if (result.computed.length) {
    notes.push(
      `note: formula cells without a saved result were computed here: ${list(result.computed)}.`
    );
  }
  if (result.chartsLeftOut) {
    notes.push(
      "note: the file has no chart (ExcelJS cannot write charts); the chart's data block is on the sheet."
    );
  }
  return notes;
}
