/** The command line's help text. */

export const USAGE = `Scorecard for Excel: builds Balanced Scorecard sheets from a KPI table, without Excel.

Usage:
  bsc-scorecard build <input.xlsx> --out <scorecard.xlsx> [options]
  bsc-scorecard template <out.xlsx> [--example] [--language en|id]
  bsc-scorecard --help | --version

build: reads the KPI table of <input.xlsx> (header row + one row per KPI:
Perspective, Perspective weight, KPI, KPI weight, Value at 50, Value at 100,
Actual; optional Employee, Period, Assessment, Development), checks it, and
writes <input>'s sheets plus the new scorecard sheets to <scorecard.xlsx>.
Every computed cell is a native Excel formula that links to your table.
  --sheet NAME        read the table region of this sheet
  --range A1:G9       read this range (of --sheet, or "Sheet!A1:G9")
  --table NAME        read this Excel table
                      (default: the first table whose headers fit, else the
                      first sheet's region, which ends at the first blank row)
  --language en|id    labels, ratings and messages in English or Indonesian
  --values            write the inputs as numbers, not links to their cells
  --floor N, --cap N  clamp every KPI score into [N, M] (off by default)
  --title TEXT        title and sheet name (default "Balanced Scorecard")
  --gcr-minimum N     add a GCR column: CSS >= N (needs assessment and development columns)
  --per-employee      with several employees, also one scorecard sheet each

template: writes an empty, formatted KPI table, or with --example the seed
003 example (BPJS Ketenagakerjaan 2023: four KPIs and their monthly data).

Exit status: 0 built, 1 the table has errors (listed with their cells) or a
file could not be read or written, 2 wrong usage.

The output file is written by ExcelJS: it has no charts (the chart's data is
on the sheet), and parts of your own sheets that ExcelJS does not keep
(charts, pivot tables, macros) are not in the copy. Your input file is never
changed.
`;
