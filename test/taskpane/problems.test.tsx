import { screen, within } from "@testing-library/react";
import { WorkbookError } from "../../src/excel/messages";
import type { SourceValue } from "../../src/scorecard/types";
import { paneStrings } from "../../src/taskpane/i18n";
import {
  createFakeService,
  SEED_HEADERS,
  seedRows,
  sourceTable,
  TABLE_CHOICE,
} from "./fakeService";
import { buildButton, renderPane, sourceRead } from "./renderPane";

/** Seed 003 with text in the second KPI's actual (sheet "Data", header in row 1: the cell is G3). */
function brokenRows(): SourceValue[][] {
  const rows = seedRows();
  rows[1][6] = "n/a";
  return rows;
}

describe("problems list", () => {
  test("shows an error with its address; the address selects the cell", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, brokenRows()) }],
    });
    const { user } = renderPane({ service });
    await sourceRead();
    const problems = screen.getByRole("region", { name: "Problems" });
    const items = within(problems).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Error");
    expect(items[0]).toHaveTextContent(/Actual in 'Data'!G3 is "n\/a", not a number/);

    await user.click(within(items[0]).getByRole("button", { name: "Go to 'Data'!G3" }));
    expect(service.select).toHaveBeenCalledWith("'Data'!G3");
  });

  test("counts problems in words that agree with the number", async () => {
    const say = (errors: number, warnings: number) =>
      paneStrings("en").problemsSummary({ errors, warnings });
    expect(say(1, 1)).toBe("1 error, 1 warning");
    expect(say(0, 2)).toBe("0 errors, 2 warnings");
    expect(paneStrings("id").problemsSummary({ errors: 1, warnings: 2 })).toBe(
      "1 kesalahan, 2 peringatan"
    );
  });

  test("lists errors before warnings", async () => {
    const rows = brokenRows();
    const headers = [...SEED_HEADERS, "Notes"];
    const service = createFakeService({
      sources: [
        {
          choice: TABLE_CHOICE,
          table: sourceTable(
            headers,
            rows.map((r) => [...r, "x"])
          ),
        },
      ],
    });
    renderPane({ service });
    await sourceRead();
    const items = within(screen.getByRole("region", { name: "Problems" })).getAllByRole("listitem");
    const severities = items.map((li) =>
      li.textContent?.startsWith("Error") ? "error" : "warning"
    );
    expect(severities).toContain("warning");
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
  });

  test("a failing selection is reported", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, brokenRows()) }],
    });
    service.select.mockRejectedValueOnce(
      new WorkbookError("excelRefused", { code: "AccessDenied", detail: "The sheet is protected." })
    );
    const { user } = renderPane({ service });
    await sourceRead();
    await user.click(screen.getByRole("button", { name: "Go to 'Data'!G3" }));
    expect(
      await screen.findByText(
        "Could not select 'Data'!G3: Excel refused the request (AccessDenied): “The sheet is protected.”"
      )
    ).toBeInTheDocument();
  });

  test("errors disable Build with an explanation; fixing the data and refreshing enables it", async () => {
    const table = sourceTable(SEED_HEADERS, brokenRows());
    const fixed = sourceTable(SEED_HEADERS, seedRows());
    const service = createFakeService({ sources: [{ choice: TABLE_CHOICE, table }] });
    const { user } = renderPane({ service });
    await sourceRead();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
    expect(buildButton()).toHaveAccessibleDescription(
      "Fix the errors listed under Problems to build."
    );
    await user.click(buildButton());
    expect(service.build).not.toHaveBeenCalled();

    service.readSource.mockResolvedValueOnce(fixed);
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByText(/0 errors/);
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  test("warnings do not disable Build", async () => {
    renderPane();
    await sourceRead();
    // Seed 003's retention scores -106.59: a warning, not an error.
    expect(screen.getByText(/0 errors, [1-9]\d* warnings?/)).toBeInTheDocument();
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
  });
});
