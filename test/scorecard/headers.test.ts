import { matchColumns } from "../../src/scorecard/headers";

describe("matchColumns", () => {
  it("matches the English headers of the template", () => {
    expect(
      matchColumns([
        "Perspective",
        "Perspective weight",
        "KPI",
        "KPI weight",
        "Value at 50",
        "Value at 100",
        "Actual",
      ])
    ).toEqual({
      perspective: 0,
      perspectiveWeight: 1,
      kpi: 2,
      kpiWeight: 3,
      valueAt50: 4,
      valueAt100: 5,
      actual: 6,
    });
  });

  it("matches the papers' Indonesian headers", () => {
    expect(
      matchColumns([
        "Karyawan",
        "Perspektif",
        "Bobot Perspektif",
        "Indikator",
        "Bobot",
        "Nilai 50",
        "Nilai 100",
        "Aktual",
        "Periode",
      ])
    ).toEqual({
      employee: 0,
      perspective: 1,
      perspectiveWeight: 2,
      kpi: 3,
      kpiWeight: 4,
      valueAt50: 5,
      valueAt100: 6,
      actual: 7,
      period: 8,
    });
  });

  it("tolerates case, punctuation and units", () => {
    const m = matchColumns([
      "PERSPECTIVE",
      "Bobot KPI (%)",
      "Nilai-50",
      "Target",
      "Realisasi 2023",
      "kpi name",
    ]);
    expect(m.perspective).toBe(0);
    expect(m.kpiWeight).toBe(1);
    expect(m.valueAt50).toBe(2);
    expect(m.valueAt100).toBe(3);
    expect(m.actual).toBe(4);
    expect(m.kpi).toBe(5);
  });

  it("keeps 'Weight' for the KPI when a perspective weight column exists", () => {
    const m = matchColumns(["Weight", "Perspective Weight"]);
    expect(m).toEqual({ kpiWeight: 0, perspectiveWeight: 1 });
  });

  it("leaves unknown headers unmapped and uses each column once", () => {
    const m = matchColumns(["Notes", "Actual", "Actual"]);
    expect(m).toEqual({ actual: 1 });
  });
});
