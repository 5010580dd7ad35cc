import { screen, within } from "@testing-library/react";
import { createFakeService, seedRows, sourceTable, TABLE_CHOICE } from "./fakeService";
import { buildButton, choose, openColumns, renderPane, sourceRead } from "./renderPane";

describe("column mapping", () => {
  test("is collapsed when every required field is matched, and says how many are", async () => {
    renderPane();
    await sourceRead();
    const header = screen.getByRole("button", { name: "Columns: 7 of 13 matched" });
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("combobox", { name: /^KPI weight/ })).not.toBeInTheDocument();
  });

  test("opens by itself when a required column is missing", async () => {
    const headers = [
      "Perspective",
      "Perspective weight",
      "KPI",
      "KPI weight",
      "Value at 50",
      "Value at 100",
      "Result",
    ];
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(headers, seedRows()) }],
    });
    renderPane({ service });
    await sourceRead();
    expect(screen.getByRole("button", { name: "Columns: 6 of 13 matched" })).toHaveAttribute(
      "aria-expanded",
      "true"
    );
    expect(screen.getByRole("combobox", { name: /^Actual/ })).toHaveTextContent("(not mapped)");
  });

  test("explains 'Value at 50' and 'Value at 100' where they appear", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openColumns(user);
    await user.click(screen.getByRole("button", { name: "Value at 50 More information" }));
    expect(
      await screen.findByText(/The actual that scores 50: the lowest acceptable result/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Value at 100 More information" }));
    expect(await screen.findByText(/The actual that scores 100: the target/)).toBeInTheDocument();
  });

  test("is pre-filled from English headers", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openColumns(user);
    expect(screen.getByRole("combobox", { name: /^Perspective\b(?! weight)/ })).toHaveTextContent(
      "Perspective"
    );
    expect(screen.getByRole("combobox", { name: /^Value at 100/ })).toHaveTextContent(
      "Value at 100"
    );
    expect(screen.getByRole("combobox", { name: /^Actual/ })).toHaveTextContent("Actual");
    expect(screen.getByRole("combobox", { name: /^Employee/ })).toHaveTextContent("(not mapped)");
  });

  test("is pre-filled from Indonesian headers", async () => {
    const headers = [
      "Perspektif",
      "Bobot Perspektif",
      "KPI",
      "Bobot KPI",
      "Nilai 50",
      "Nilai 100",
      "Realisasi",
    ];
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(headers, seedRows()) }],
    });
    const { user } = renderPane({ service });
    await sourceRead();
    await openColumns(user);
    expect(screen.getByRole("combobox", { name: /^Perspective weight/ })).toHaveTextContent(
      "Bobot Perspektif"
    );
    expect(screen.getByRole("combobox", { name: /^Value at 50/ })).toHaveTextContent("Nilai 50");
    expect(screen.getByRole("combobox", { name: /^Actual/ })).toHaveTextContent("Realisasi");
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  test("marks required fields", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openColumns(user);
    expect(screen.getByRole("combobox", { name: /^KPI weight/ })).toBeRequired();
    expect(screen.getByRole("combobox", { name: /^Period/ })).not.toBeRequired();
  });

  test("can be changed: unmapping a required column is an error that blocks the build until mapped again", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openColumns(user);
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");

    await choose(user, /^Actual/, "(not mapped)");
    expect(screen.getByRole("combobox", { name: /^Actual/ })).toHaveTextContent("(not mapped)");
    const problems = screen.getByRole("region", { name: "Problems" });
    expect(within(problems).getByText(/No column is mapped to "Actual"/)).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
    expect(buildButton()).toHaveAccessibleDescription(/Fix the errors/);

    await choose(user, /^Actual/, "Actual");
    expect(within(problems).queryByText(/No column is mapped/)).not.toBeInTheDocument();
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  test("mapping one column twice is reported; 'Match columns again' restores the automatic mapping", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openColumns(user);
    await choose(user, /^Employee/, "KPI");
    expect(screen.getByText(/Column "KPI" is mapped twice/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Match columns again" }));
    expect(screen.queryByText(/mapped twice/)).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /^Employee/ })).toHaveTextContent("(not mapped)");
  });
});
