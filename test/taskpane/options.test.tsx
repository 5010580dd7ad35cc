import { initialDraft, toBuildOptions } from "../../src/taskpane/hooks/useBuildOptions";
import { screen } from "@testing-library/react";
import { MANY_SHEETS } from "../../src/taskpane/components/BuildOptionsForm";
import { createFakeService, employeesTable, TABLE_CHOICE } from "./fakeService";
import { buildButton, choose, openOptions, renderPane, sourceRead } from "./renderPane";

describe("build options", () => {
  test("clamping is off by default; when on, it changes the preview and its bounds are validated", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await openOptions(user);
    // A setting applied on Build is a checkbox (Fluent: switches are for settings applied at once).
    const clamp = screen.getByRole("checkbox", { name: "Limit KPI scores" });
    expect(clamp).not.toBeChecked();
    expect(screen.queryByRole("textbox", { name: /Lowest score/ })).not.toBeInTheDocument();

    await user.click(clamp);
    const floor = screen.getByRole("textbox", { name: /Lowest score/ });
    const cap = screen.getByRole("textbox", { name: /Highest score/ });
    expect(floor).toHaveValue("0");
    expect(cap).toHaveValue("150");
    // Clamped at 0, retention no longer pulls the overall score below seed 003's 57.85.
    expect(screen.getByRole("group", { name: "Overall score" })).not.toHaveTextContent("57.85");

    await user.clear(cap);
    await user.type(cap, "-5");
    expect(screen.getByText("The lowest score must not exceed the highest.")).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
    expect(buildButton()).toHaveAccessibleDescription("Fix the options marked in red to build.");

    await user.clear(cap);
    await user.type(cap, "120");
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    expect(service.build).toHaveBeenCalledTimes(1);
  });

  test("a blank title blocks the build", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openOptions(user);
    await user.clear(screen.getByRole("textbox", { name: /Sheet title/ }));
    expect(screen.getByText("Enter a title.")).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
  });

  test("one sheet per employee is offered only with several employees", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openOptions(user);
    expect(
      screen.queryByRole("checkbox", { name: "Also one sheet per employee" })
    ).not.toBeInTheDocument();
  });

  test("one sheet per employee says how many sheets it adds, and warns when they are many", async () => {
    const few = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(["Adi", "Budi", "Citra"]) }],
    });
    const first = renderPane({ service: few });
    await sourceRead(12);
    await openOptions(first.user);
    const box = screen.getByRole("checkbox", { name: "Also one sheet per employee" });
    expect(box).toHaveAccessibleDescription("Adds 3 sheets.");
    first.unmount();

    const names = Array.from({ length: MANY_SHEETS + 20 }, (_, i) => `Employee ${i + 1}`);
    const many = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: employeesTable(names) }],
    });
    const { user } = renderPane({ service: many });
    await sourceRead(names.length * 4);
    await openOptions(user);
    expect(
      screen.getByRole("checkbox", { name: "Also one sheet per employee" })
    ).toHaveAccessibleDescription(
      "Adds 120 sheets: a workbook with this many is slow to open and save."
    );
    // A warning, not an error: the build stays possible.
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  test("options are collapsed behind their defaults; each choice is a dropdown, each on/off a checkbox", async () => {
    const { user } = renderPane();
    await sourceRead();
    // Collapsed: the header says what the sheet will be.
    const header = screen.getByRole("button", { name: /^Options/ });
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(header).toHaveTextContent("Balanced Scorecard · English");
    expect(screen.queryByRole("textbox", { name: /Sheet title/ })).not.toBeInTheDocument();
    await openOptions(user);
    expect(screen.getByRole("combobox", { name: "Rating scheme" })).toHaveTextContent(
      "Achievement (score points)"
    );
    expect(screen.getByRole("combobox", { name: "Sheet language" })).toHaveTextContent("English");
    expect(screen.getByRole("combobox", { name: "Actual values" })).toHaveTextContent(
      "Live formulas linked to the data"
    );
    expect(screen.queryAllByRole("switch")).toEqual([]);
    expect(screen.queryAllByRole("radio")).toEqual([]);
    for (const name of [
      "Limit KPI scores",
      "Show who is eligible for a GCR",
      "Replace sheets with the same title",
    ])
      expect(screen.getByRole("checkbox", { name })).not.toBeChecked();
    await choose(user, "Sheet language", "Bahasa Indonesia");
    expect(header).toHaveTextContent("Balanced Scorecard · Bahasa Indonesia");
  });

  test("the CSS weights default to 70/10/20, and must sum to 100% before a build", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    await openOptions(user);
    const kpi = screen.getByRole("textbox", { name: /KPI score/ });
    const assessment = screen.getByRole("textbox", { name: /Assessment/ });
    const development = screen.getByRole("textbox", { name: /Development/ });
    expect([kpi, assessment, development].map((i) => (i as HTMLInputElement).value)).toEqual([
      "70",
      "10",
      "20",
    ]);
    await user.clear(development);
    await user.type(development, "10");
    expect(screen.getByText("The three CSS weights must sum to 100%.")).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");

    await user.clear(kpi);
    await user.type(kpi, "60");
    await user.clear(development);
    await user.type(development, "30");
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");
    await user.click(buildButton());
    await screen.findByRole("group", { name: "Scorecard built" });
    expect(service.build).toHaveBeenCalledTimes(1);
  });

  test("the CSS weights as typed give the build's weights as fractions; the defaults give none", () => {
    const draft = initialDraft("en");
    expect(toBuildOptions(draft, false).options.cssWeights).toBeUndefined();
    const typed = { ...draft, cssKpi: "60", cssAssessment: "10", cssDevelopment: "30" };
    expect(toBuildOptions(typed, false).options.cssWeights).toEqual([0.6, 0.1, 0.3]);
    const bad = toBuildOptions({ ...draft, cssKpi: "70", cssDevelopment: "25" }, false);
    expect(bad.valid).toBe(false);
    expect(bad.errors.cssDevelopment).toBe("optionsCssWeightsSum");
    const text = toBuildOptions({ ...draft, cssAssessment: "x" }, false);
    expect(text.errors.cssAssessment).toBe("optionsNumberInvalid");
  });
});
