import userEvent from "@testing-library/user-event";
import "./setup";
import { act, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot, Root } from "react-dom/client";
import { languageFor, mountTaskPane, themeFor } from "../../src/taskpane/mount";
import { createFakeService } from "./fakeService";

describe("Office theme and language", () => {
  test("the language follows Office's display language: id-* is Indonesian, the rest English", () => {
    expect(languageFor("id-ID")).toBe("id");
    expect(languageFor("ID")).toBe("id");
    expect(languageFor("en-US")).toBe("en");
    expect(languageFor("nl-NL")).toBe("en");
    expect(languageFor("ind")).toBe("en");
    expect(languageFor(undefined)).toBe("en");
  });

  test("the theme follows Office's: dark when it says so or its background is dark, light otherwise", () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });
});

describe("mountTaskPane", () => {
  let root: Root | undefined;
  const g = globalThis as { Office?: unknown };

  afterEach(() => {
    act(() => root?.unmount());
    delete g.Office;
    document.body.innerHTML = "";
  });

  function mount(office?: unknown) {
    if (office) g.Office = office;
    const container = document.body.appendChild(document.createElement("div"));
    root = createRoot(container);
    const service = createFakeService();
    act(() => mountTaskPane(root as Root, service));
    return service;
  }

  test("renders the pane over the given service, in Office's language", async () => {
    const service = mount({
      context: { displayLanguage: "id-ID", officeTheme: { isDarkTheme: true } },
    });
    expect(await screen.findByRole("heading", { name: "1. Data KPI" })).toBeInTheDocument();
    expect(await screen.findByText(/4 baris data dibaca/)).toBeInTheDocument();
    expect(service.listSources).toHaveBeenCalled();
  });

  test("starts in the language the user picked last time, over Office's", async () => {
    localStorage.setItem("bsc-scorecard.language", "id");
    try {
      mount({ context: { displayLanguage: "en-US" } });
      expect(await screen.findByRole("heading", { name: "1. Data KPI" })).toBeInTheDocument();
    } finally {
      localStorage.clear();
    }
  });

  test("remembers the language picked with the switch, and ignores a value it does not know", async () => {
    localStorage.setItem("bsc-scorecard.language", "fr");
    try {
      mount({ context: { displayLanguage: "en-US" } });
      const user = userEvent.setup();
      await user.click(await screen.findByRole("combobox", { name: "Pane language" }));
      await user.click(await screen.findByRole("option", { name: "Bahasa Indonesia" }));
      expect(localStorage.getItem("bsc-scorecard.language")).toBe("id");
    } finally {
      localStorage.clear();
    }
  });

  test("works without Office (the playground): English, light theme", async () => {
    mount();
    expect(await screen.findByRole("heading", { name: "1. KPI data" })).toBeInTheDocument();
    await screen.findByText(/Read 4 data rows/);
  });
});
