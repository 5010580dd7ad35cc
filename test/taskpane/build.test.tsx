import { act, screen, waitFor, within } from "@testing-library/react";
import type { SheetPlan } from "../../src/scorecard/plan";
import type { BuildResult } from "../../src/scorecard/workbookService";
import { createFakeService, employeesTable, TABLE_CHOICE } from "./fakeService";
import { buildButton, choose, openOptions, renderPane, sourceRead } from "./renderPane";

describe("build", () => {
  test("builds the plans through the service and announces the new sheet", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await user.click(buildButton());

    const success = await screen.findByRole("group", { name: "Scorecard built" });
    expect(service.workbookNames).toHaveBeenCalled();
    expect(service.build).toHaveBeenCalledTimes(1);
    const [plans, replace] = service.build.mock.calls[0];
    // One scorecard sheet for the one employee, its data block starting at A1 with the title.
    expect(plans.map((p: SheetPlan) => p.name)).toEqual(["Balanced Scorecard"]);
    expect(plans[0].blocks[0].address).toMatch(/^A1(:|$)/);
    expect(plans[0].blocks[0].cells[0][0]).toBe("Balanced Scorecard");
    expect(replace).toEqual([]);
    expect(success).toHaveTextContent("Created “Balanced Scorecard”.");
    expect(success).not.toHaveTextContent("Replaced");
    expect(success).toHaveFocus();
  });

  test("uses the title and options of the form", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await openOptions(user);
    const title = screen.getByRole("textbox", { name: /Sheet title/ });
    await user.clear(title);
    await user.type(title, "BPJS 2023");
    await choose(user, "Actual values", "Snapshot of the values");
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    expect(service.build.mock.calls[0][0][0].name).toBe("BPJS 2023");
  });

  test("a sheet with the same title gets a new name unless replacing is asked", async () => {
    const { service, user } = renderPane({ sheets: ["Data", "Balanced Scorecard"] });
    await sourceRead();
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    const [plans, replace] = service.build.mock.calls[0];
    expect(plans[0].name).not.toBe("Balanced Scorecard");
    expect(replace).toEqual([]);
  });

  test("replacing an existing sheet is confirmed first, then passed in `replace`", async () => {
    const { service, user } = renderPane({ sheets: ["Data", "Balanced Scorecard"] });
    await sourceRead();
    await openOptions(user);
    await user.click(screen.getByRole("checkbox", { name: "Replace sheets with the same title" }));
    await user.click(buildButton());

    const dialog = await screen.findByRole("alertdialog", { name: "Replace sheets?" });
    expect(dialog).toHaveTextContent("“Balanced Scorecard”");
    expect(service.build).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Replace" }));

    const success = await screen.findByRole("group", { name: "Scorecard built" });
    const [plans, replace] = service.build.mock.calls[0];
    expect(plans[0].name).toBe("Balanced Scorecard");
    expect(replace).toEqual(["Balanced Scorecard"]);
    // The message says what happened: replaced, not created.
    expect(success).toHaveTextContent("Replaced “Balanced Scorecard”.");
    expect(success).not.toHaveTextContent("Created");
  });

  test("cancelling the confirmation builds nothing", async () => {
    const { service, user } = renderPane({ sheets: ["Data", "Balanced Scorecard"] });
    await sourceRead();
    await openOptions(user);
    await user.click(screen.getByRole("checkbox", { name: "Replace sheets with the same title" }));
    await user.click(buildButton());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Cancel" })
    );
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(service.build).not.toHaveBeenCalled();
  });

  test("several employees: one sheet per employee when asked", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(["Adi", "Budi"]) }],
    });
    const { user } = renderPane({ service });
    await sourceRead(8);
    await openOptions(user);
    await user.click(screen.getByRole("checkbox", { name: "Also one sheet per employee" }));
    await user.click(buildButton());
    const success = await screen.findByRole("group", { name: "Scorecard built" });
    const names = service.build.mock.calls[0][0].map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.some((n) => n.includes("Adi"))).toBe(true);
    expect(names.some((n) => n.includes("Budi"))).toBe(true);
    for (const n of names) expect(success).toHaveTextContent(n);
  });

  test("a failing build shows the service's message and takes the focus", async () => {
    const service = createFakeService({
      build: async () => {
        throw new Error("The workbook is protected: nothing was written.");
      },
    });
    const { user } = renderPane({ service });
    await sourceRead();
    await user.click(buildButton());
    const error = await screen.findByRole("group", { name: "Build failed" });
    expect(error).toHaveTextContent("The workbook is protected: nothing was written.");
    expect(error).toHaveFocus();
  });

  test("shows progress while the build runs and the pane stays usable", async () => {
    let finish: (r: BuildResult) => void = () => undefined;
    let progress: ((p: { done: number; total: number }) => void) | undefined;
    const service = createFakeService({
      build: (_plans: readonly SheetPlan[], _replace, onProgress) =>
        new Promise<BuildResult>((resolve) => {
          progress = onProgress;
          finish = resolve;
        }),
    });
    const { user } = renderPane({ service });
    await sourceRead();
    await user.click(buildButton());
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Building the scorecard…")).toBeInTheDocument();
    act(() => progress?.({ done: 1, total: 2 }));
    expect(await screen.findByText("1 of 2")).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
    // The rest of the pane still answers.
    await openOptions(user);
    await choose(user, "Sheet language", "Bahasa Indonesia");
    expect(screen.getByRole("combobox", { name: "Sheet language" })).toHaveTextContent(
      "Bahasa Indonesia"
    );

    act(() =>
      finish({ sheets: ["Balanced Scorecard"], activated: "Balanced Scorecard", syncs: 3 })
    );
    expect(await screen.findByRole("group", { name: "Scorecard built" })).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  test("Space operates the Build button too", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    act(() => buildButton().focus());
    await user.keyboard(" ");
    await screen.findByRole("group", { name: "Scorecard built" });
    expect(service.build).toHaveBeenCalledTimes(1);
  });
});
