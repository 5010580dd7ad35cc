/**
 * The pane's options for periods and units: the grade-down threshold and
 * number of periods (validated), and the roll-up's weighting, offered only
 * with a Unit column and weighted only with a roll-up weight column.
 */
import { screen } from "@testing-library/react";
import type { SheetPlan } from "../../src/scorecard/plan";
import { seed001Table } from "../../src/scorecard/exampleTables";
import { TABLE_CHOICE, sourceTable } from "./fakeService";
import { buildButton, choose, openOptions, renderPane, sourceRead } from "./renderPane";

function seed001(weights = false) {
  const t = seed001Table();
  const headers = [...t.headers, ...(weights ? ["Roll-up weight"] : [])];
  const rows = t.rows.map((r) => [...r, ...(weights ? [r[1] === "JKM" ? 3 : 1] : [])]);
  return [{ choice: TABLE_CHOICE, table: sourceTable(headers, rows) }];
}

describe("history and roll-up options", () => {
  test("grade down: a threshold and a whole number of periods; the history sheet gets the flag", async () => {
    const { service, user } = renderPane({ sources: seed001() });
    await sourceRead(32);
    await openOptions(user);
    await user.click(
      screen.getByRole("checkbox", { name: "Flag grade down on the history sheet" })
    );
    const threshold = screen.getByRole("textbox", { name: /Grade-down threshold/ });
    const periods = screen.getByRole("textbox", { name: /Number of periods/ });
    expect(periods).toHaveValue("2");
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
    await user.type(threshold, "99");
    await user.clear(periods);
    await user.type(periods, "1.5");
    expect(screen.getByText("Enter a whole number of at least 1.")).toBeInTheDocument();
    await user.clear(periods);
    await user.type(periods, "2");
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    const plans: readonly SheetPlan[] = service.build.mock.calls[0][0];
    const history = plans.find((p) => p.name === "Balanced Scorecard History")!;
    expect(history.blocks[0].cells[1].slice(0, 4)).toEqual([
      "Grade-down threshold",
      99,
      "Periods below the threshold",
      2,
    ]);
    expect(plans.map((p) => p.name)).toContain("Balanced Scorecard Roll-up");
  });

  test("the roll-up: weighted only with a roll-up weight column; off writes no roll-up sheet", async () => {
    const { service, user } = renderPane({ sources: seed001() });
    await sourceRead(32);
    await openOptions(user);
    const rollup = screen.getByRole("combobox", { name: /Roll-up of units and organisation/ });
    expect(rollup).toHaveTextContent("Mean of the members");
    // Without a roll-up weight column there is no weighted choice, and a hint says why.
    await user.click(rollup);
    expect(
      screen.queryByRole("option", { name: "Weighted by the roll-up weight column" })
    ).not.toBeInTheDocument();
    expect(
      screen.getByText("Map a roll-up weight column to weight the members.")
    ).toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "No roll-up sheet" }));
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    const names = service.build.mock.calls[0][0].map((p: SheetPlan) => p.name);
    expect(names).not.toContain("Balanced Scorecard Roll-up");
  });

  test("weighted with the column: the roll-up sheet says so", async () => {
    const { service, user } = renderPane({ sources: seed001(true) });
    await sourceRead(32);
    await openOptions(user);
    await choose(
      user,
      /Roll-up of units and organisation/,
      "Weighted by the roll-up weight column"
    );
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    const plans: readonly SheetPlan[] = service.build.mock.calls[0][0];
    const rollup = plans.find((p) => p.name === "Balanced Scorecard Roll-up");
    expect(rollup!.blocks[0].cells[1][0]).toBe("Weighted by the roll-up weight");
  });

  test("no roll-up choice without a Unit column", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openOptions(user);
    expect(
      screen.queryByRole("combobox", { name: /Roll-up of units and organisation/ })
    ).not.toBeInTheDocument();
  });
});
