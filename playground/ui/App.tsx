/**
 * The playground page: a header bar, the workbook (grid, formula bar, tabs) on
 * the left and the add-in's task pane on the right. "Reset sample" builds a
 * fresh sample workbook and remounts both; "Download .xlsx" saves the current
 * workbook through ExcelJS.
 *
 * When something fails: the workbook view and the task pane each have an error
 * boundary (the grid and each chart have their own inside), so a part that
 * cannot render shows what failed, the error and "Try again" / "Reset sample"
 * while the rest keeps working; errors nothing caught show in a banner under
 * the header (./uncaught).
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { SimulatedHost } from "../../excel-simulator";
import type { Sample } from "../sample";
import { downloadXlsx } from "../export/download";
import { ErrorBoundary, WayOut } from "./ErrorBoundary";
import { errorLine } from "./errors";
import { HostBus } from "./hostBus";
import { Spreadsheet } from "./Spreadsheet";
import { TaskPanePanel } from "./TaskPanePanel";
import { UncaughtBanner } from "./UncaughtBanner";
import { UncaughtLog, uncaughtErrors } from "./uncaught";
import { useRegionKeys } from "./regions";
import { PlaygroundWords, wordsFor } from "./words";

export interface AppProps {
  /** The first sample workbook (already installed as the `Excel` global). */
  readonly initial: Sample;
  /** Builds a fresh sample and installs it as the `Excel` global. */
  readonly createSample: () => Promise<Sample>;
  /** Errors nothing caught, shown in a banner (default: the page's log). */
  readonly uncaught?: UncaughtLog;
  /** Words standing for Excel's (title strip, status bar), in Office's language (default English). */
  readonly words?: PlaygroundWords;
}

interface Current {
  readonly sample: Sample;
  readonly bus: HostBus;
  readonly generation: number;
}

/**
 * The workbook view behind its error boundary. A failure is tried again after
 * the host answers the next request (the workbook may be mid-way through a
 * build), or with "Try again".
 */
function WorkbookArea({
  host,
  bus,
  actions,
  words,
}: {
  host: SimulatedHost;
  bus: HostBus;
  actions: readonly WayOut[];
  words: PlaygroundWords;
}) {
  const version = useSyncExternalStore(bus.subscribe, bus.getVersion);
  return (
    <ErrorBoundary title="The workbook view stopped" resetKeys={[version]} actions={actions}>
      <Spreadsheet host={host} bus={bus} actions={actions} words={words} />
    </ErrorBoundary>
  );
}

const ENGLISH = wordsFor("en");

export function App({
  initial,
  createSample,
  uncaught = uncaughtErrors,
  words = ENGLISH,
}: AppProps) {
  useRegionKeys();
  const [current, setCurrent] = useState<Current>(() => ({
    sample: initial,
    bus: new HostBus(initial.host),
    generation: 0,
  }));
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => () => current.bus.dispose(), [current]);

  const reset = useCallback(async () => {
    setBusy("Resetting…");
    try {
      const sample = await createSample();
      setCurrent((c) => ({ sample, bus: new HostBus(sample.host), generation: c.generation + 1 }));
      uncaught.clear();
      setNotice("The sample workbook was restored.");
    } catch (e) {
      setNotice(`Reset failed: ${errorLine(e)}`);
    } finally {
      setBusy(undefined);
    }
  }, [createSample, uncaught]);

  const download = useCallback(async () => {
    setBusy("Writing .xlsx…");
    try {
      await downloadXlsx(current.sample.host);
      setNotice("Downloaded scorecard-playground.xlsx (charts are not included).");
    } catch (e) {
      setNotice(`Download failed: ${errorLine(e)}`);
    } finally {
      setBusy(undefined);
    }
  }, [current]);

  const ways = useMemo<WayOut[]>(
    () => [{ label: "Reset sample", run: () => void reset() }],
    [reset]
  );

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden>
            ▦
          </span>
          <h1>Scorecard for Excel</h1>
          <span className="subtitle">Playground: a simulated workbook, no Excel needed</span>
        </div>
        <div className="actions">
          <span className="notice" role="status" aria-live="polite">
            {busy ?? notice}
          </span>
          <button type="button" onClick={() => void download()} disabled={busy !== undefined}>
            Download .xlsx
          </button>
          <button type="button" onClick={() => void reset()} disabled={busy !== undefined}>
            Reset sample
          </button>
        </div>
      </header>
      <UncaughtBanner log={uncaught} actions={ways} />
      <main className="work" key={current.generation}>
        <WorkbookArea host={current.sample.host} bus={current.bus} actions={ways} words={words} />
        <TaskPanePanel actions={ways} words={words} />
      </main>
    </div>
  );
}
