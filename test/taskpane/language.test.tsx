import { screen, within } from "@testing-library/react";
import { LANGUAGE_NUMBERS } from "../../src/scorecard/numberText";
import type { SourceValue } from "../../src/scorecard/types";
import { LANGUAGES } from "../../src/core/language";
import { paneStrings } from "../../src/taskpane/i18n";
import {
  createFakeService,
  SEED_HEADERS,
  seedRows,
  sourceTable,
  TABLE_CHOICE,
} from "./fakeService";
import { choose, openColumns, openOptions, renderPane, sourceRead } from "./renderPane";

function brokenRows(): SourceValue[][] {
  const rows = seedRows();
  rows[1][6] = "n/a";
  return rows;
}

describe("language", () => {
  test("the switch turns the pane's strings into Indonesian, problems and numbers included", async () => {
    const service = createFakeService({
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, brokenRows()) }],
    });
    const { user } = renderPane({ service });
    await sourceRead();
    expect(screen.getByRole("heading", { name: "1. KPI data" })).toBeInTheDocument();
    expect(screen.getByText(/is "n\/a", not a number/)).toBeInTheDocument();

    await choose(user, "Pane language", "Bahasa Indonesia");

    expect(screen.getByRole("combobox", { name: "Bahasa panel" })).toHaveTextContent(
      "Bahasa Indonesia"
    );
    expect(screen.getByRole("heading", { name: "1. Data KPI" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Buat scorecard" })).toBeInTheDocument();
    await openColumns(user);
    expect(screen.getByRole("combobox", { name: /^Aktual/ })).toBeInTheDocument();
    const problems = screen.getByRole("region", { name: "Masalah" });
    expect(within(problems).getByText(/berisi "n\/a", bukan angka/)).toBeInTheDocument();
    expect(within(problems).getByRole("button", { name: "Buka 'Data'!G3" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "id");
  });

  test("starts in the language it is given (Office's display language) with Indonesian numbers and ratings", async () => {
    const { user } = renderPane({ language: "id", numbers: LANGUAGE_NUMBERS.id });
    await screen.findByText(/4 baris data dibaca/);
    const overall = screen.getByRole("group", { name: "Skor keseluruhan" });
    expect(overall).toHaveTextContent("57,85");
    expect(overall).toHaveTextContent("Kurang Baik");
    // The generated sheet's language starts from the pane's.
    await openOptions(user);
    expect(screen.getByRole("combobox", { name: "Bahasa lembar" })).toHaveTextContent(
      "Bahasa Indonesia"
    );
  });

  test("numbers follow the workbook's locale, words the pane's language", async () => {
    const weights = seedRows();
    weights[0][3] = 0.455; // Customer's KPI weights now sum to 95.5%
    const { unmount } = renderPane({
      numbers: LANGUAGE_NUMBERS.id,
      sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, weights) }],
    });
    expect(await screen.findByText(/sum to 95,5%, not 100%/)).toBeInTheDocument();
    unmount();

    renderPane({ language: "id", numbers: LANGUAGE_NUMBERS.en });
    await screen.findByText(/4 baris data dibaca/);
    expect(screen.getByRole("group", { name: "Skor keseluruhan" })).toHaveTextContent("57.85");
  });

  test("uses Excel's own separators when the user set them", async () => {
    renderPane({ numbers: { locale: "en-US", decimal: ",", group: " " } });
    await screen.findByText(/Read 4 data rows/);
    expect(screen.getByRole("group", { name: "Overall score" })).toHaveTextContent("57,85");
  });

  test("keeps the language's numbers when the workbook cannot tell its locale", async () => {
    const service = createFakeService();
    service.numberLocale.mockRejectedValue(new Error("ExcelApi 1.11 is not supported"));
    renderPane({ language: "id", service });
    await screen.findByText(/4 baris data dibaca/);
    expect(screen.getByRole("group", { name: "Skor keseluruhan" })).toHaveTextContent("57,85");
  });

  test("the sheet's language follows the pane's until the user picks one", async () => {
    const { user } = renderPane();
    await sourceRead();
    await openOptions(user);
    const sheetLanguage = () =>
      screen.getByRole("combobox", { name: /Sheet language|Bahasa lembar/ });
    expect(sheetLanguage()).toHaveTextContent("English");

    await choose(user, "Pane language", "Bahasa Indonesia");
    expect(sheetLanguage()).toHaveTextContent("Bahasa Indonesia");

    // Picked by hand: it stays when the pane's language changes again.
    await choose(user, "Bahasa lembar", "English");
    await choose(user, "Bahasa panel", "English");
    await choose(user, "Pane language", "Bahasa Indonesia");
    expect(sheetLanguage()).toHaveTextContent("English");
  });

  test("switching back restores English", async () => {
    const { user } = renderPane({ language: "id" });
    await screen.findByText(/4 baris data dibaca/);
    await choose(user, "Bahasa panel", "English");
    expect(screen.getByRole("heading", { name: "1. KPI data" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Overall score" })).toHaveTextContent("57.85");
  });

  test("both languages fill every word (the parameters of messages are typed: a mismatch does not compile)", () => {
    for (const language of LANGUAGES) {
      const strings = paneStrings(language) as unknown as Record<string, unknown>;
      const blank = Object.keys(strings).filter(
        (k) => typeof strings[k] === "string" && (strings[k] as string).trim() === ""
      );
      expect([language, blank]).toEqual([language, []]);
    }
  });
});
