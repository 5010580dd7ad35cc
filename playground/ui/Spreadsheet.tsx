/* global Excel */
/**
 * The workbook view: Name box and formula bar, the grid of the active sheet,
 * sheet tabs and a status line. Its state is the host's: the active sheet and
 * the selected rectangle are read from the host after every change and the
 * user's selection is written to it (so "Use selection" in the task pane reads
 * it). Edits go through Excel.run, as an add-in's would; a failed one shows in
 * the status line.
 *
 * The grid has its own error boundary: when a sheet cannot be read or drawn,
 * the grid's place says so (tried again after every change of the workbook and
 * on another sheet), and the formula bar and the tabs keep working.
 */
import { useMemo, useRef, useState, useSyncExternalStore } from "react";
import { cellA1 } from "../../src/scorecard/a1";
import type { SimulatedHost } from "../../excel-simulator";
import { ErrorBoundary, Rethrow, WayOut } from "./ErrorBoundary";
import { errorLine } from "./errors";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import type { HostBus } from "./hostBus";
import { SheetInfo, blankSheetInfo, parseRect, readSheetInfo, visibleTabs } from "./hostView";
import { gridKey } from "./keyboard";
import { Selection, advance, fromRect, nameBoxText, rectA1, rectOf } from "./selection";
import { SheetTabs } from "./SheetTabs";
import { SelectionStats } from "./SelectionStats";
import { toInvariant, toLocal } from "./localFormula";
import type { PlaygroundWords } from "./words";

export interface SpreadsheetProps {
  readonly host: SimulatedHost;
  readonly bus: HostBus;
  /** Ways out offered when the grid or a chart fails (e.g. "Reset sample"). */
  readonly actions?: readonly WayOut[];
  /** The playground's words for Excel's (status bar, refused entries), in Office's language. */
  readonly words: PlaygroundWords;
}

type SheetRead =
  { readonly ok: true; readonly info: SheetInfo } | { readonly ok: false; readonly error: unknown };

function readSheet(host: SimulatedHost, sheet: string): SheetRead {
  try {
    return { ok: true, info: readSheetInfo(host, sheet) };
  } catch (error) {
    return { ok: false, error };
  }
}

export function Spreadsheet({ host, bus, actions, words }: SpreadsheetProps) {
  useSyncExternalStore(bus.subscribe, bus.getVersion);
  const version = bus.contentVersion;
  const sheet = host.activeSheet();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const read = useMemo(() => readSheet(host, sheet), [host, sheet, version]);
  const info = read.ok ? read.info : blankSheetInfo(sheet);
  const hostRect = parseRect(host.selection().address) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  const [local, setLocal] = useState<Selection>(() => fromRect(hostRect));
  const selection = fromRect(hostRect, local);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const gridRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const active = cellA1(selection.active.r, selection.active.c);
  // What the formula bar shows and takes is in the workbook's locale (=BSC.ROA(500;10000), 0,4).
  const culture = host.workbook.culture;
  const stored = host.getFormulas(sheet, active)[0][0] ?? "";
  const content =
    typeof stored === "number"
      ? String(stored).replace(".", culture.decimal)
      : toLocal(String(stored), culture);
  const used = useMemo(() => {
    const u = host.usedRange(sheet);
    return (u && parseRect(u)) || { r0: 0, c0: 0, r1: 0, c1: 0 };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, sheet, version]);

  const select = (next: Selection) => {
    setLocal(next);
    setError(undefined);
    host.setSelection(sheet, rectA1(rectOf(next)));
    bus.notifySelection();
  };

  const startEdit = (text?: string) => {
    setDraft(text ?? content);
    // Focus now, so the next keys go to the formula bar; the caret goes to the end once it shows the draft.
    inputRef.current?.focus();
    requestAnimationFrame(() => {
      const input = inputRef.current;
      if (input) input.setSelectionRange(input.value.length, input.value.length);
    });
  };

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });

  const commit = async (dr: number, dc: number) => {
    const text = draft;
    if (text !== undefined && text !== content) {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(active).formulas = [
            [toInvariant(text, culture)],
          ];
          await context.sync();
        });
      } catch (e) {
        setError(words.notEntered({ detail: errorLine(e) }));
        return;
      }
    }
    setDraft(undefined);
    select(advance(selection, dr, dc, info.rows.count, info.cols.count));
    focusGrid();
  };

  const cancel = () => {
    setDraft(undefined);
    setError(undefined);
    focusGrid();
  };

  const clear = async () => {
    const rect = rectOf(selection);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(rectA1(rect)).clear("Contents");
        await context.sync();
      });
    } catch (e) {
      setError(words.notCleared({ detail: errorLine(e) }));
    }
  };

  const goTo = (address: string): boolean => {
    try {
      host.setSelection(host.activeSheet(), address);
      bus.notifySelection();
      focusGrid();
      return true;
    } catch {
      setError(words.notAnAddress({ address }));
      return false;
    }
  };

  const activate = async (name: string) => {
    setDraft(undefined);
    setError(undefined);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    } catch (e) {
      setError(words.notActivated({ sheet: name, detail: errorLine(e) }));
      return;
    }
    focusGrid();
  };

  const addSheet = async () => {
    setError(undefined);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.add().activate();
        await context.sync();
      });
    } catch (e) {
      setError(words.noSheetAdded({ detail: errorLine(e) }));
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>, pageRows: number) => {
    const action = gridKey(e, selection, {
      rows: info.rows.count,
      cols: info.cols.count,
      lastRow: used.r1,
      lastCol: used.c1,
      pageRows,
    });
    if (action.kind === "none") return;
    e.preventDefault();
    if (action.kind === "select") select(action.selection);
    else if (action.kind === "edit") startEdit(action.text);
    else void clear();
  };

  return (
    <section className="sheet-area" aria-label="Workbook">
      <FormulaBar
        address={nameBoxText(rectOf(selection))}
        content={content}
        draft={draft}
        inputRef={inputRef}
        onDraft={setDraft}
        onCommit={(dr, dc) => void commit(dr, dc)}
        onCancel={cancel}
        onGoTo={goTo}
      />
      <ErrorBoundary
        key={sheet}
        title={`The grid could not draw the sheet “${sheet}”`}
        resetKeys={[version]}
        actions={actions}
      >
        {!read.ok ? (
          <Rethrow error={read.error} />
        ) : (
          <Grid
            host={host}
            info={info}
            selection={selection}
            draft={draft}
            gridRef={gridRef}
            onSelect={select}
            onKeyDown={onKeyDown}
            onEdit={() => startEdit()}
            chartActions={actions}
          />
        )}
      </ErrorBoundary>
      <SheetTabs
        tabs={visibleTabs(host)}
        active={sheet}
        onActivate={(name) => void activate(name)}
        onAdd={() => void addSheet()}
        status={
          error ? (
            <span className="status-error" role="alert">
              {error}
            </span>
          ) : (
            <SelectionStats
              host={host}
              sheet={sheet}
              rect={rectOf(selection)}
              active={selection.active}
              used={used}
              version={version}
              words={words}
            />
          )
        }
      />
    </section>
  );
}
