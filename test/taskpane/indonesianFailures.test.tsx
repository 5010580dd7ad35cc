/**
 * The Indonesian pane through failing reads and failing builds shows no
 * English sentence. The pane runs on the real Office.js service
 * (src/excel/officeWorkbookService.ts) over the simulated Excel, behind
 * Microsoft's own Office.js client; faults are injected in the host
 * (`failSyncAt`, an empty selection, a deleted table, cell-edit mode on an
 * Excel without delayForCellEdit).
 *
 * "No English" (test/support/english.ts): once the user's data (KPI and
 * perspective names, sheet names) and quoted text (Excel's own message in
 * Excel's language, “...”; a sheet's name, "...") are taken out, no word of an
 * English sentence is left in the pane: its text and the names and titles
 * screen readers and tooltips give.
 */
import "./setup";
import { TextDecoder, TextEncoder } from "util";
import { screen } from "@testing-library/react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { createHost, installExcelGlobal, SimulatedHost } from "../../excel-simulator";
import { closeOfficeJsClient } from "../../excel-simulator/officeJs";
import { useOfficeJsInNode } from "../../excel-simulator/node";
import { officeWorkbookService } from "../../src/excel/officeWorkbookService";
import { TaskPaneRoot } from "../../src/taskpane/components/TaskPaneRoot";
import { englishIn } from "../support/english";
import { seedRows } from "./fakeService";

jest.setTimeout(60_000);

// Microsoft's client runs in a jsdom window of its own (excel-simulator/node.ts); jsdom needs
// Node's text codecs, which jest's jsdom environment does not expose.
Object.assign(globalThis, { TextEncoder, TextDecoder });
useOfficeJsInNode();
afterAll(() => closeOfficeJsClient());

/** Seed 003 under the Indonesian headers of the pane's own input template. */
const HEADERS = [
  "Perspektif",
  "Bobot perspektif",
  "KPI",
  "Bobot KPI",
  "Nilai 50",
  "Nilai 100",
  "Aktual",
];

/** Names from the user's data and workbook: not words of either language. */
const DATA_NAMES = [
  "Customer",
  "Retention",
  "Acquisition",
  "Internal process",
  "Service effectiveness",
  "Learning & growth",
  "Employee training",
  "Balanced Scorecard",
  "KPIs",
  "Data",
  "Catatan",
];

/** Everything the pane says: its text, and the labels and titles of its elements. */
function paneText(): string {
  const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap(
    (el) => ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? "")
  );
  return [document.body.textContent ?? "", ...attributes].join("\n");
}

function expectNoEnglish(): void {
  const text = paneText();
  const english = englishIn(text, DATA_NAMES);
  if (english.length)
    throw new Error(`English in the Indonesian pane: ${english.join(", ")}\n${text}`);
}

const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

let host: SimulatedHost;
let restore: () => void;

function setup(excelApi = "1.17"): SimulatedHost {
  host = createHost({
    sheets: { Data: [HEADERS, ...seedRows()], Catatan: [] },
    excelApi,
    culture: "id-ID",
  });
  host.setSelection("Data", "A1:G5");
  restore = installExcelGlobal(host, globalThis, "id-ID");
  return host;
}

afterEach(() => restore?.());

function renderPane() {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <RendererProvider renderer={renderer}>
      <TaskPaneRoot service={officeWorkbookService} language="id" />
    </RendererProvider>
  );
  return user;
}

const useSelection = () => screen.getByRole("button", { name: "Gunakan pilihan" });

/** The pane has listed the workbook's sources (none) and read the selection. */
async function readSelection(user: ReturnType<typeof renderPane>): Promise<void> {
  await screen.findByText(/Tidak ada tabel atau rentang bernama/);
  await user.click(useSelection());
  await screen.findByText("4 baris data dibaca dari Data!A1:G5.");
}

describe("the Indonesian pane on the Office.js service, when Excel fails", () => {
  test("a read that fails: a lost connection, an empty selection; then a good read", async () => {
    setup();
    const user = renderPane();
    await screen.findByText(/Tidak ada tabel atau rentang bernama/);
    expectNoEnglish();

    host.failSyncAt(1, "GeneralException", "Simulated lost connection");
    await user.click(useSelection());
    const lost = await screen.findByText(/^Buku kerja tidak dapat dibaca:/);
    // Excel's code and Excel's own text, quoted: the sentence around it is ours, in Indonesian.
    expect(lost).toHaveTextContent(
      /Excel menolak permintaan \(GeneralException\): “.*Simulated lost connection”/
    );
    expectNoEnglish();

    host.setSelection("Catatan", "A1:C3");
    await user.click(useSelection());
    expect(await screen.findByText(/^Buku kerja tidak dapat dibaca:/)).toHaveTextContent(
      "Buku kerja tidak dapat dibaca: Catatan!A1:C3 kosong."
    );
    expectNoEnglish();

    host.setSelection("Data", "A1:G5");
    await user.click(useSelection());
    await screen.findByText("4 baris data dibaca dari Data!A1:G5.");
    expectNoEnglish();
  });

  test("a table deleted after it was listed: Excel's ItemNotFound, quoted", async () => {
    setup();
    await Excel.run(async (context) => {
      context.workbook.tables.add("Data!A1:G5", true).name = "KPIs";
      await context.sync();
    });
    const user = renderPane();
    // One table: read at once, its label in Indonesian.
    await screen.findByText("4 baris data dibaca dari KPIs (tabel) Data!A1:G5.");
    expectNoEnglish();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("KPIs").convertToRange();
      await context.sync();
    });
    await user.click(screen.getByRole("combobox", { name: /^Sumber/ }));
    await user.click(await screen.findByRole("option", { name: "KPIs (tabel)" }));
    expect(await screen.findByText(/^Buku kerja tidak dapat dibaca:/)).toHaveTextContent(
      /^Buku kerja tidak dapat dibaca: Excel menolak permintaan \(ItemNotFound.*\): “.+”$/
    );
    expectNoEnglish();
  });

  /** Reads the selection and presses Build with request `k` of the build failing with `code`. */
  async function failingBuild(k: number, code: string, message?: string) {
    setup();
    const user = renderPane();
    await readSelection(user);
    const before = host.snapshotWorkbook();
    // Request 1 reads the sheet names (useBuild); the build's own start at 2.
    host.failSyncAt(k + 1, code, message);
    await user.click(screen.getByRole("button", { name: "Buat scorecard" }));
    const failed = await screen.findByRole("group", { name: "Gagal membuat scorecard" });
    return { user, failed, before };
  }

  test.each([1, 2])(
    "a build whose request %i fails: the error in Indonesian, Excel's text quoted, the workbook as it was",
    async (k) => {
      const { failed, before } = await failingBuild(k, "GeneralException", "Simulated failure");
      expect(failed).toHaveTextContent(
        /^Gagal membuat scorecardScorecard tidak dapat ditulis: Excel menolak permintaan \(GeneralException\): “.*Simulated failure” Tidak ada yang berubah di buku kerja Anda\./
      );
      expect(host.snapshotWorkbook()).toEqual(before);
      expectNoEnglish();
    }
  );

  test("a build Excel refuses while the user edits a cell", async () => {
    const { failed } = await failingBuild(2, "InvalidOperationInCellEditMode");
    expect(failed).toHaveTextContent(
      "Scorecard tidak dapat ditulis: Excel sedang menyunting sel: tekan Enter atau Esc untuk " +
        "menyelesaikannya, lalu coba lagi. Tidak ada yang berubah di buku kerja Anda."
    );
    expectNoEnglish();
  });

  test("a build that fails and cannot be undone says what to remove by hand", async () => {
    setup();
    const user = renderPane();
    await readSelection(user);
    host.failSyncAt(3, "GeneralException", "Simulated failure");
    // Once that request failed, every later one fails too: the clean-up cannot run.
    const stop = host.onRequest((r) => {
      if (r.error) host.failSyncAt(1, "GeneralException", "Simulated failure");
    });
    await user.click(screen.getByRole("button", { name: "Buat scorecard" }));
    const failed = await screen.findByRole("group", { name: "Gagal membuat scorecard" });
    stop();
    expect(failed).toHaveTextContent(
      /Sebagian perubahan tidak dapat dibatalkan: hapus lembar baru \(Balanced Scorecard\)\./
    );
    expectNoEnglish();
  });

  test("switching the failed pane to English says the same error in English", async () => {
    const { user } = await failingBuild(2, "GeneralException", "Simulated failure");
    await user.click(screen.getByRole("combobox", { name: "Bahasa panel" }));
    await user.click(await screen.findByRole("option", { name: "English" }));
    expect(await screen.findByRole("group", { name: "Build failed" })).toHaveTextContent(
      /The scorecard could not be written: Excel refused the request \(GeneralException\): “.*Simulated failure” Nothing in your workbook was changed\./
    );
  });
});
