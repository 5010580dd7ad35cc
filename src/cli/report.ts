/**
 * What the command line prints: problems with their cells, and the scores of
 * a build, in the language it is given (the texts are src/cli/messages.ts's).
 */
import type { Format } from "../core/catalogue";
import type { BuildWorkbookResult } from "../export/buildWorkbook";
import { renderProblem } from "../scorecard/messages";
import type { EmployeePreview, Problem } from "../scorecard/types";
import { cliText } from "./messages";

export function formatProblem(p: Problem, f: Format): string {
  return cliText(f, "problemLine", {
    severity: p.severity,
    where: p.address ? `${p.address}: ` : "",
    text: renderProblem(p, f),
  });
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join("  ")
    .trimEnd();
}

const score = (f: Format, x: number): string => (Number.isFinite(x) ? f.fixed(x) : "n/a");

/** One line for a single scorecard, a table for several employees. */
export function formatScores(employees: readonly EmployeePreview[], f: Format): string[] {
  if (employees.length === 1) {
    const e = employees[0];
    const lines = [
      cliText(f, "overallScore", { employee: e.employee, overall: e.overall, rating: e.rating }),
    ];
    for (const p of e.perspectives) {
      lines.push(
        cliText(f, "perspectiveLine", {
          perspective: p.perspective,
          fulfillment: p.fulfillment,
          weight: p.weight,
          weighted: p.weighted,
        })
      );
    }
    if (e.css !== undefined) lines.push(cliText(f, "cssLine", { css: e.css, gcr: e.gcrEligible }));
    return lines;
  }
  const withCss = employees.some((e) => e.css !== undefined);
  const withGcr = employees.some((e) => e.gcrEligible !== undefined);
  const header = [
    cliText(f, "columnEmployee"),
    cliText(f, "columnOverall"),
    cliText(f, "columnRating"),
    ...(withCss ? ["CSS"] : []),
    ...(withGcr ? ["GCR"] : []),
  ];
  const yes = cliText(f, "yes");
  const no = cliText(f, "no");
  const rows = employees.map((e) => [
    // One row per scorecard: the employee and, with periods, the period ("PT NPS 2021").
    e.period ? `${e.employee} ${e.period}`.trim() : e.employee,
    score(f, e.overall),
    e.rating,
    ...(withCss ? [e.css === undefined ? "" : score(f, e.css)] : []),
    ...(withGcr ? [e.gcrEligible === undefined ? "" : e.gcrEligible ? yes : no] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [pad(header, widths), ...rows.map((r) => pad(r, widths))];
}

export function formatNotes(result: BuildWorkbookResult, f: Format): string[] {
  const notes: string[] = [];
  if (result.uncomputed.length) notes.push(cliText(f, "uncomputed", { cells: result.uncomputed }));
  if (result.computed.length) notes.push(cliText(f, "computed", { cells: result.computed }));
  if (result.chartsLeftOut) notes.push(cliText(f, "chartsLeftOut"));
  return notes;
}
