import { analyseSource } from "../../src/scorecard/analyse";
import { matchColumns } from "../../src/scorecard/headers";
import { problemMessage } from "../../src/scorecard/messages";
import { sourceCellOf } from "../../src/scorecard/readRows";
import { Problem } from "../../src/scorecard/types";
import { SEED_HEADERS, seedRows, seedSource, sourceTable } from "../support/seedSource";

/** A problem in English (problems carry a code and parameters, never a sentence). */
const en = (p: Problem | undefined): string => (p ? problemMessage(p, "en") : "");

const analyse = (rows = seedRows(), headers = SEED_HEADERS) => {
  const source = sourceTable(headers, rows);
  return analyseSource(source, matchColumns(headers));
};
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

describe("analyseSource on the seed 003 table", () => {
  it("gives a typed table with cell addresses and only score warnings", () => {
    const { table, problems } = analyseSource(seedSource(), matchColumns(SEED_HEADERS));
    expect(errors(problems)).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(["negativeScore"]); // retention: -106.59, as the paper computes it
    expect(problems[0].address).toBe("'Data'!G2");
    expect(table!.rows).toHaveLength(4);
    expect(table!.rows[0]).toMatchObject({
      perspective: "Customer",
      kpi: "Retention",
      kpiWeight: 0.5,
      perspectiveWeight: 0.35,
    });
    expect(table!.rows[3].cells.actual).toBe("'Data'!G5");
  });
});

describe("problems, each with the cell to select", () => {
  it("KPI weights of a perspective not summing to 100%, with the sum", () => {
    const rows = seedRows();
    rows[1][3] = 0.4;
    const e = errors(analyse(rows).problems);
    expect(e).toHaveLength(1);
    expect(e[0].code).toBe("kpiWeightSum");
    expect(en(e[0])).toBe('KPI weights of "Customer" sum to 90%, not 100%.');
    // Every weight summed: the link selects them all.
    expect(e[0].address).toBe("'Data'!D2:D3");
  });

  it("finds every problem in one pass: a text actual and a perspective's weights summing to 90%", () => {
    const rows = seedRows();
    rows[2][6] = "81,56%"; // G4: typed as text
    rows[1][3] = 0.4; // D3: Customer's KPI weights 50% + 40%
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => [p.code, p.address])).toEqual([
      ["notANumber", "'Data'!G4"],
      ["kpiWeightSum", "'Data'!D2:D3"],
    ]);
    expect(en(e[1])).toBe('KPI weights of "Customer" sum to 90%, not 100%.');
  });

  it("a row that cannot be read still counts in its perspective's KPI weights", () => {
    const rows = seedRows();
    rows[1][6] = "x"; // G3, Customer's second KPI: its weight (50%) was read
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => p.code)).toEqual(["notANumber"]); // 50% + 50%: no weight problem
  });

  it("a sum with a weight that cannot be read is not judged", () => {
    const rows = seedRows();
    rows[1][3] = "half"; // D3: Customer's second KPI weight
    rows[3][1] = 0.3; // B5: perspectives 35 + 40 + 30 = 105%
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => [p.code, p.address])).toEqual([
      ["notANumber", "'Data'!D3"],
      ["perspectiveWeightSum", "'Data'!B2:B5"],
    ]);
  });

  it("perspective weights not summing to 100%", () => {
    const rows = seedRows();
    rows[3][1] = 0.3;
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => p.code)).toEqual(["perspectiveWeightSum"]);
    expect(en(e[0])).toContain("105%");
    expect(e[0].address).toBe("'Data'!B2:B5");
  });

  it("value at 50 equal to value at 100", () => {
    const rows = seedRows();
    rows[2][4] = 0.8;
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => p.code)).toEqual(["flatLine"]);
    expect(e[0].address).toBe("'Data'!F4");
  });

  it("text or blanks where numbers belong", () => {
    const rows = seedRows();
    rows[0][6] = "n/a";
    rows[2][3] = null;
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => [p.code, p.address])).toEqual([
      ["notANumber", "'Data'!G2"],
      ["blankCell", "'Data'!D4"],
    ]);
    expect(en(e[0])).toBe("Actual in 'Data'!G2 is \"n/a\", not a number.");
  });

  it("a KPI name of only white space is blank", () => {
    const rows = seedRows();
    rows[1][2] = "   ";
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => [p.code, en(p)])).toEqual([["blankCell", "KPI in 'Data'!C3 is blank."]]);
  });

  it("duplicate KPI rows", () => {
    const rows = seedRows();
    rows.push([...rows[3]]);
    rows[3][3] = 0.5;
    rows[4][3] = 0.5;
    const e = errors(analyse(rows).problems);
    expect(e.map((p) => p.code)).toEqual(["duplicateKpi"]);
    expect(e[0].address).toBe("'Data'!C6");
  });

  it("missing required columns and unknown columns", () => {
    const headers = [
      "Perspective",
      "Perspective weight",
      "KPI",
      "KPI weight",
      "Value at 50",
      "Comments",
      "Actual",
    ];
    const { problems, table } = analyse(seedRows(), headers);
    expect(table).toBeUndefined();
    expect(problems.map((p) => [p.severity, p.code])).toEqual([
      ["error", "missingColumn"],
      ["warning", "unknownColumn"],
    ]);
    expect(en(problems[0])).toBe('No column is mapped to "Value at 100".');
    expect(problems[1].address).toBe("'Data'!F1");
  });

  it("a column mapped twice", () => {
    const source = seedSource();
    const mapping = { ...matchColumns(SEED_HEADERS), actual: 5 };
    expect(analyseSource(source, mapping).problems.map((p) => p.code)).toContain("duplicateColumn");
  });

  it("warns, without blocking, about scores above 150", () => {
    const rows = seedRows();
    rows[3][6] = 0.9;
    const { problems, table } = analyse(rows);
    expect(table).toBeDefined();
    expect(en(problems.find((p) => p.code === "scoreAbove150"))).toContain(
      "Employee training scores 166.67"
    );
  });

  it("an empty table", () => {
    expect(analyse([]).problems.map((p) => p.code)).toEqual(["noRows"]);
  });

  it("renders problems in Indonesian", () => {
    const rows = seedRows();
    rows[1][3] = 0.4;
    const [p] = errors(analyse(rows).problems);
    expect(problemMessage(p, "id")).toBe('Jumlah bobot KPI "Customer" adalah 90%, bukan 100%.');
  });
});

describe("layouts people use", () => {
  it("skips blank rows in the middle", () => {
    const rows = seedRows();
    rows.splice(2, 0, [null, null, null, null, null, null, null], ["", "", "", "", "", "", ""]);
    const { table, problems } = analyse(rows);
    expect(errors(problems)).toEqual([]);
    expect(table!.rows.map((r) => r.index)).toEqual([0, 1, 4, 5]);
  });

  it("fills perspective and its weight down when only the first row of a group has them (merged cells)", () => {
    const rows = seedRows();
    rows[1][0] = null;
    rows[1][1] = null;
    const { table, problems } = analyse(rows);
    expect(errors(problems)).toEqual([]);
    expect(table!.rows[1]).toMatchObject({ perspective: "Customer", perspectiveWeight: 0.35 });
    expect(table!.rows[1].cells.perspectiveWeight).toBe("'Data'!B2");
  });

  it("computes an actual from period data (seed 003 retention months)", () => {
    const { RETENTION_MONTHLY } = jest.requireActual("../../src/examples/seed003");
    const source = seedSource();
    const periods = new Map([
      [
        0,
        {
          source: {
            numerator: "'Monthly'!B2:M2",
            denominator: "'Monthly'!B3:M3",
            aggregation: "meanOfRatios" as const,
          },
          numerators: RETENTION_MONTHLY.map((m: number[]) => m[0]),
          denominators: RETENTION_MONTHLY.map((m: number[]) => m[1]),
        },
      ],
    ]);
    const { table } = analyseSource(source, matchColumns(SEED_HEADERS), periods);
    expect(table!.rows[0].actual).toBeCloseTo(0.1236285, 6);
    expect(table!.rows[0].periods?.numerator).toBe("'Monthly'!B2:M2");
  });

  it("says why period data cannot give an actual, in the reader's language", () => {
    const periods = new Map([
      [
        0,
        {
          source: {
            numerator: "'Monthly'!B2:D2",
            denominator: "'Monthly'!B3:D3",
            aggregation: "ratioOfSums" as const,
          },
          numerators: [0, 0, 0],
          denominators: [0, 0, 0],
        },
      ],
    ]);
    const { problems } = analyseSource(seedSource(), matchColumns(SEED_HEADERS), periods);
    const [p] = problems.filter((x) => x.code === "periodActual");
    expect(en(p)).toBe(
      "Retention: the actual from 'Data'!G2 cannot be computed: The denominators sum to 0."
    );
    expect(problemMessage(p, "id")).toMatch(
      /^Retention: nilai aktual dari 'Data'!G2 tidak dapat dihitung: \S/
    );
    expect(problemMessage(p, "id")).not.toMatch(/denominators/);
  });
});

describe("sourceCellOf: where a row's cell is, without making its address", () => {
  it("reads a row the analysis read from its column and row, the perspective weight from the row it came from", () => {
    const { table } = analyseSource(seedSource(), matchColumns(seedSource().headers));
    const row = table!.rows[1];
    expect(sourceCellOf(row.cells, "actual")).toEqual({ column: "'Data'!G", row: 3 });
    expect(row.cells.actual).toBe("'Data'!G3");
    expect(sourceCellOf(row.cells, "perspectiveWeight")?.row).toBe(
      Number(/\d+$/.exec(row.cells.perspectiveWeight!)![0])
    );
    expect(sourceCellOf(row.cells, "unit")).toBeUndefined();
  });

  it("parses cells given as addresses (rows made elsewhere), with or without a sheet", () => {
    const cells = { actual: "'My Data'!H12", kpi: "C7", valueAt50: "$D$9" };
    expect(sourceCellOf(cells, "actual")).toEqual({ column: "'My Data'!H", row: 12 });
    expect(sourceCellOf(cells, "kpi")).toEqual({ column: "C", row: 7 });
    expect(sourceCellOf(cells, "valueAt50")).toEqual({ column: "D", row: 9 });
    expect(sourceCellOf(cells, "valueAt100")).toBeUndefined();
  });
});
