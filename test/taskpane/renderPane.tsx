/** Renders the whole pane, as mount.tsx does, over a fake service. */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../src/core/rating";
import { TaskPaneRoot } from "../../src/taskpane/components/TaskPaneRoot";
import { createFakeService, FakeOptions, FakeService } from "./fakeService";

export function renderPane(options: FakeOptions & { language?: Language; service?: FakeService } = {}) {
  const service = options.service ?? createFakeService(options);
  const user = userEvent.setup();
  const view = render(<TaskPaneRoot service={service} language={options.language} />);
  return { service, user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

/** Opens a Fluent Dropdown by its label and picks an option by its text. */
export async function choose(user: User, dropdown: string | RegExp, option: string | RegExp): Promise<void> {
  await user.click(screen.getByRole("combobox", { name: dropdown }));
  await user.click(await screen.findByRole("option", { name: option }));
}

/** The pane has read its source: the mapping step is on screen. */
export async function sourceRead(rows = 4): Promise<void> {
  await screen.findByText(new RegExp(`Read ${rows} data rows`));
}

export function buildButton(): HTMLElement {
  return screen.getByRole("button", { name: "Build scorecard" });
}
