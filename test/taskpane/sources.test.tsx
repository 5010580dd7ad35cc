import { screen, waitFor, within } from "@testing-library/react";
import {
  createFakeService,
  SEED_HEADERS,
  SELECTION,
  seedRows,
  seedTable,
  sourceTable,
  TABLE_CHOICE,
} from "./fakeService";
import { buildButton, choose, renderPane, sourceRead } from "./renderPane";

const NAME_CHOICE = { kind: "name" as const, id: "BSC_Input" };

describe("sources", () => {
  test("lists the selection, tables and named ranges; choosing one reads it", async () => {
    const service = createFakeService({
      sources: [
        { choice: TABLE_CHOICE, table: seedTable() },
        {
          choice: NAME_CHOICE,
          table: seedTable({
            sheetName: "Input",
            label: { kind: "name", name: "BSC_Input", address: "'Input'!A1:G5" },
          }),
        },
      ],
    });
    const { user } = renderPane({ service });
    await waitFor(() => expect(service.listSources).toHaveBeenCalled());
    // Two candidates: nothing is read until the user chooses.
    expect(service.readSource).not.toHaveBeenCalled();
    await user.click(screen.getByRole("combobox", { name: /^Source/ }));
    expect(
      within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["Current selection", "KPIs (table)", "BSC_Input (named range)"]);
    await user.click(screen.getByRole("option", { name: "BSC_Input (named range)" }));
    await screen.findByText("Read 4 data rows from BSC_Input (named range) 'Input'!A1:G5.");
    expect(service.readSource).toHaveBeenCalledWith(NAME_CHOICE);
  });

  test("a workbook with one table is read at once", async () => {
    const { service } = renderPane();
    await sourceRead();
    expect(service.readSource).toHaveBeenCalledWith(TABLE_CHOICE);
    expect(screen.getByRole("combobox", { name: /^Source/ })).toHaveTextContent("KPIs (table)");
  });

  test("'Use selection' reads the current selection", async () => {
    const service = createFakeService({
      sources: [],
      selection: seedTable({ label: { kind: "range", address: "Data!A1:G5" } }),
    });
    const { user } = renderPane({ service });
    await screen.findByText(/No table or named range found/);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByText("Read 4 data rows from Data!A1:G5.");
    expect(service.readSource).toHaveBeenCalledWith(SELECTION);
  });

  test("'Use selection' lists every problem at once and takes the focus there; Refresh re-reads the same range", async () => {
    const label = { kind: "range" as const, address: "Data!A1:G5" };
    const broken = seedRows();
    broken[2][6] = "81,56%"; // G4: text
    broken[1][3] = 0.4; // D3: Customer's KPI weights sum to 90%
    const service = createFakeService({
      sources: [],
      selection: sourceTable(SEED_HEADERS, broken, { label }),
    });
    const { user } = renderPane({ service });
    await screen.findByText(/No table or named range found/);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByText("Read 4 data rows from Data!A1:G5.");
    const problems = screen.getByRole("region", { name: "Problems" });
    expect(problems).toHaveTextContent("2 errors, 1 warning"); // and retention below 0, as the paper has it
    expect(within(problems).getByRole("button", { name: "Go to 'Data'!G4" })).toBeInTheDocument();
    // The weights' problem points at every weight summed.
    expect(
      within(problems).getByRole("button", { name: "Go to 'Data'!D2:D3" })
    ).toBeInTheDocument();
    // The next step is the problems: the focus is on their heading.
    await waitFor(() => expect(screen.getByRole("heading", { name: "Problems" })).toHaveFocus());

    // The user fixes the cells (and has since selected G4); Refresh reads A1:G5 again, not G4.
    service.readSource.mockImplementation(async (choice) => {
      expect(choice).toEqual({ kind: "range", id: "Data!A1:G5" });
      return seedTable({ label });
    });
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(problems).toHaveTextContent("0 errors, 1 warning"));
    expect(service.readSource).toHaveBeenLastCalledWith({ kind: "range", id: "Data!A1:G5" });
    expect(screen.getByRole("combobox", { name: /^Source/ })).toHaveTextContent(
      "Current selection"
    );
    // Nothing blocks the build now: the focus goes to Build.
    await waitFor(() => expect(buildButton()).toHaveFocus());
  });

  test("after a good read the focus goes to Build", async () => {
    const service = createFakeService({
      sources: [],
      selection: seedTable({ label: { kind: "range", address: "Data!A1:G5" } }),
    });
    const { user } = renderPane({ service });
    await screen.findByText(/No table or named range found/);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    await screen.findByText("Read 4 data rows from Data!A1:G5.");
    await waitFor(() => expect(buildButton()).toHaveFocus());
  });

  test("a failed read is shown", async () => {
    const { user } = renderPane({ sources: [] });
    await screen.findByText(/No table or named range found/);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    expect(
      await screen.findByText("Could not read the workbook: Data!A1 is empty.")
    ).toBeInTheDocument();
  });

  test("'Insert example' inserts the template, lists the sources again and reads the new table", async () => {
    const { service, user } = renderPane({ sources: [] });
    await screen.findByText(/No table or named range found/);
    // One menu button for both templates, in plain words.
    await user.click(screen.getByRole("button", { name: "Insert table" }));
    await user.click(await screen.findByRole("menuitem", { name: "Example with sample data" }));
    await screen.findByText("Read 4 data rows from BSC_Example (table) 'BSC Example'!A1:G5.");
    expect(service.insertTemplate).toHaveBeenCalledWith("example", "en");
    expect(service.listSources).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Inserted sheet “BSC Example”.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /^Source/ })).toHaveTextContent(
      "BSC_Example (table)"
    );
    expect(screen.getByRole("group", { name: "Overall score" })).toHaveTextContent("57.85");
  });

  test("'Insert empty input table' picks the new empty table, which has no KPI rows yet", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await user.click(screen.getByRole("button", { name: "Insert table" }));
    await user.click(await screen.findByRole("menuitem", { name: "Empty KPI table" }));
    await screen.findByText("Read 0 data rows from BSC_Input (table) 'BSC Input'!A1:G5.");
    expect(service.insertTemplate).toHaveBeenCalledWith("empty", "en");
    expect(screen.getByText("The table has no KPI rows.")).toBeInTheDocument();
  });

  test("Refresh lists the sources again", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(service.listSources).toHaveBeenCalledTimes(2));
    await choose(user, /^Source/, "KPIs (table)");
    await sourceRead();
  });
});
