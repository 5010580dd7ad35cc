import { screen } from "@testing-library/react";
import { buildButton, renderPane, sourceRead } from "./renderPane";

describe("keyboard", () => {
  test("keyboard only: Build is at most 12 Tab presses from the pane's first control; Enter builds", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    const button = buildButton();
    await user.tab(); // the pane's first control
    expect(screen.getByRole("combobox", { name: "Pane language" })).toHaveFocus();
    let presses = 0;
    for (; presses < 40 && document.activeElement !== button; presses++) await user.tab();
    expect(button).toHaveFocus();
    expect(presses).toBeLessThanOrEqual(12);
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("group", { name: "Scorecard built" })).toHaveFocus();
    expect(service.build).toHaveBeenCalledTimes(1);
  }, 30000);

  test("the problems' links are reached with Tab and operated with Enter", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    const link = screen.getAllByRole("button", { name: /^Go to / })[0];
    for (let i = 0; i < 40 && document.activeElement !== link; i++) await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(service.select).toHaveBeenCalledTimes(1);
  }, 30000);
});
