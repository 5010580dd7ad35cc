import { screen } from "@testing-library/react";
import { buildButton, renderPane, sourceRead } from "./renderPane";

describe("keyboard", () => {
  test("keyboard only: Tab to Build and press Enter", async () => {
    const { service, user } = renderPane();
    await sourceRead();
    const button = buildButton();
    for (let i = 0; i < 80 && document.activeElement !== button; i++) await user.tab();
    expect(button).toHaveFocus();
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
