/** Renders the whole pane, as mount.tsx does, over a fake service. */
import "./setup";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { Language } from "../../src/core/language";
import { TaskPaneRoot } from "../../src/taskpane/components/TaskPaneRoot";
import { createFakeService, FakeOptions, FakeService } from "./fakeService";

/**
 * Griffel without its CSS rules: jsdom matches every rule on each getComputedStyle,
 * which Fluent's positioning calls a lot, and no test depends on styles.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

export function renderPane(
  options: FakeOptions & { language?: Language; service?: FakeService } = {}
) {
  const service = options.service ?? createFakeService(options);
  // Skipping the pointer-events check (a getComputedStyle per ancestor per click) keeps
  // the tests fast; nothing in the pane relies on pointer-events: none.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <RendererProvider renderer={renderer}>
      <TaskPaneRoot service={service} language={options.language} />
    </RendererProvider>
  );
  return { service, user, ...view };
}

type User = ReturnType<typeof userEvent.setup>;

/** Opens a Fluent Dropdown by its label and picks an option by its text. */
export async function choose(
  user: User,
  dropdown: string | RegExp,
  option: string | RegExp
): Promise<void> {
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

/** Opens the collapsed options (an Accordion whose header is "Options"). */
export async function openOptions(user: User): Promise<void> {
  const header = screen.getByRole("button", { name: /^(Options|Opsi)/ });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

/** Opens the columns of the data step (collapsed while every required field is matched). */
export async function openColumns(user: User): Promise<void> {
  const header = screen.getByRole("button", { name: /^(Columns|Kolom):/ });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}
