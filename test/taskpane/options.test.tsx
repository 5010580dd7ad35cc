import { initialDraft, toBuildOptions } from "../../src/taskpane/hooks/useBuildOptions";
import { screen } from "@testing-library/react";
import { buildButton, renderPane, sourceRead } from "./renderPane";

describe("build options", () => {
  test("clamping is off by default; when on, it changes the preview and its bounds are validated", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    const clamp = screen.getByRole("switch", { name: "Limit KPI scores" });
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
    await user.clear(screen.getByRole("textbox", { name: /Sheet title/ }));
    expect(screen.getByText("Enter a title.")).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");
  });

  test("one sheet per employee is offered only with several employees", async () => {
    renderPane();
    await sourceRead();
    expect(
      screen.queryByRole("checkbox", { name: "Also one sheet per employee" })
    ).not.toBeInTheDocument();
  });

  test("the rating scheme, sheet language and mode are radio groups with defaults", async () => {
    renderPane();
    await sourceRead();
    expect(screen.getByRole("radio", { name: "Achievement (score points)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Live formulas linked to the data" })).toBeChecked();
    expect(screen.getByRole("radiogroup", { name: "Rating scheme" })).toBeInTheDocument();
  });

  test("the CSS weights default to 70/10/20, and must sum to 100% before a build", async () => {
    const { service, user } = renderPane();
    await sourceRead();
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
