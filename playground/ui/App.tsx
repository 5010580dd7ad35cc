/**
 * The playground page: a header bar, the workbook (grid, formula bar, tabs) on
 * the left and the add-in's task pane on the right. "Reset sample" builds a
 * fresh sample workbook and remounts both; "Download .xlsx" saves the current
 * workbook through ExcelJS.
 */
import { useCallback, useEffect, useState } from "react";
import type { Sample } from "../sample";
import { downloadXlsx } from "../export/download";
import { HostBus } from "./hostBus";
import { Spreadsheet } from "./Spreadsheet";
import { TaskPanePanel } from "./TaskPanePanel";

export interface AppProps {
  /** The first sample workbook (already installed as the `Excel` global). */
  readonly initial: Sample;
  /** Builds a fresh sample and installs it as the `Excel` global. */
  readonly createSample: () => Promise<Sample>;
}

interface Current {
  readonly sample: Sample;
  readonly bus: HostBus;
  readonly generation: number;
}

export function App({ initial, createSample }: AppProps) {
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
      setNotice("The sample workbook was restored.");
    } catch (e) {
      setNotice(`Reset failed: ${(e as Error).message}`);
    } finally {
      setBusy(undefined);
    }
  }, [createSample]);

  const download = useCallback(async () => {
    setBusy("Writing .xlsx…");
    try {
      await downloadXlsx(current.sample.host);
      setNotice("Downloaded scorecard-playground.xlsx (charts are not included).");
    } catch (e) {
      setNotice(`Download failed: ${(e as Error).message}`);
    } finally {
      setBusy(undefined);
    }
  }, [current]);

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
      <main className="work" key={current.generation}>
        <Spreadsheet host={current.sample.host} bus={current.bus} />
        <TaskPanePanel />
      </main>
    </div>
  );
}
