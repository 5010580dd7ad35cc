import { screen, within } from "@testing-library/react";
import {
  createFakeService,
  employeesTable,
  SEED_HEADERS,
  seedRows,
  sourceTable,
  TABLE_CHOICE,
} from "./fakeService";
import { renderPane, sourceRead, buildButton, openOptions } from "./renderPane";

function rowTexts(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0].textContent ?? "");
}

describe("preview", () => {
  test("shows seed 003's overall score 57.85 with its rating band", async () => {
    renderPane();
    await sourceRead();
    const overall = screen.getByRole("group", { name: "Overall score" });
    expect(overall).toHaveTextContent("57.85");
    expect(overall).toHaveTextContent("Poor");
  });

  test("shows each perspective's weighted score, as a chart and a table", async () => {
    renderPane();
    await sourceRead();
    const chart = screen.getByRole("figure", { name: "Weighted score by perspective" });
    const bars = within(chart).getAllByRole("listitem");
    expect(bars.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Customer.*-13\.33$/),
      expect.stringMatching(/^Internal process.*40\.57$/),
      expect.stringMatching(/^Learning & growth.*30\.61$/),
    ]);
    const table = screen.getByRole("table", { name: "Perspective" });
    expect(within(table).getByRole("row", { name: /Internal process/ })).toHaveTextContent("40%");
  });

  test("no preview while the data has errors", async () => {
    const rows = seedRows();
    rows[0][1] = "heavy";
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, rows) }],
    });
    renderPane({ service });
    await sourceRead();
    expect(screen.queryByRole("group", { name: "Overall score" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "2. Preview" })).not.toBeInTheDocument();
    expect(buildButton()).toHaveAccessibleDescription(
      "Fix the errors listed under Problems to build."
    );
  });

  test("several employees: a list sortable by name and by overall score, with CSS", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(["Citra", "Adi", "Budi"]) }],
    });
    const { user } = renderPane({ service });
    await sourceRead(12);
    const table = screen.getByRole("table", { name: "Employees" });
    // Default: best first. Budi's actuals are scaled most.
    expect(rowTexts(table)).toEqual(["Budi", "Adi", "Citra"]);
    expect(within(table).getByRole("columnheader", { name: /^CSS/ })).toBeInTheDocument();
    // The term explains itself where it appears.
    expect(within(table).getByRole("button", { name: "CSS More information" })).toBeInTheDocument();

    await user.click(within(table).getByRole("button", { name: "Employee" }));
    expect(rowTexts(table)).toEqual(["Adi", "Budi", "Citra"]);
    expect(within(table).getByRole("columnheader", { name: "Employee" })).toHaveAttribute(
      "aria-sort",
      "ascending"
    );
    await user.click(within(table).getByRole("button", { name: "Employee" }));
    expect(rowTexts(table)).toEqual(["Citra", "Budi", "Adi"]);
    await user.click(within(table).getByRole("button", { name: "Overall score" }));
    expect(rowTexts(table)).toEqual(["Citra", "Adi", "Budi"]);
  });

  test("several employees: the chart follows the chosen employee", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(["Citra", "Adi"]) }],
    });
    const { user } = renderPane({ service });
    await sourceRead(8);
    expect(screen.getByRole("group", { name: "Overall score" })).toHaveTextContent("57.85");
    await user.click(screen.getByRole("combobox", { name: "Show perspectives of" }));
    await user.click(screen.getByRole("option", { name: "Adi" }));
    expect(screen.getByRole("group", { name: "Overall score" })).not.toHaveTextContent("57.85");
  });

  test("the GCR column appears when a minimum score is set", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(["Citra", "Adi"]) }],
    });
    const { user } = renderPane({ service });
    await sourceRead(8);
    const table = screen.getByRole("table", { name: "Employees" });
    expect(within(table).queryByRole("columnheader", { name: /^GCR/ })).not.toBeInTheDocument();
    await openOptions(user);
    await user.click(screen.getByRole("checkbox", { name: "Show who is eligible for a GCR" }));
    // Citra's CSS total is 0.7 × 57.849… + 0.1 × 80 + 0.2 × 70 = 62.49; Adi's actuals are 10% higher.
    await user.type(screen.getByRole("textbox", { name: /Minimum CSS score for GCR/ }), "63");
    expect(within(table).getByRole("columnheader", { name: /^GCR/ })).toBeInTheDocument();
    const row = (name: string) =>
      within(table).getByRole("row", { name: new RegExp(`^${name}\\b`) });
    expect(row("Citra")).toHaveTextContent("62.49");
    expect(within(row("Citra")).getByText("Not eligible")).toBeInTheDocument();
    expect(within(row("Adi")).getByText("Eligible")).toBeInTheDocument();
    expect(within(row("Adi")).queryByText("Not eligible")).not.toBeInTheDocument();
  });
});
