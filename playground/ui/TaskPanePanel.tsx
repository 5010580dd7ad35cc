/**
 * The REAL task pane (src/taskpane, the code Excel loads) in a 340 px panel
 * beside the grid, as Excel shows it, over the Office.js workbook service:
 * it talks to the simulated host through the installed `Excel` global.
 *
 * The pane is its own React root (as in Excel), so an exception while it
 * renders cannot reach the page's boundaries: its root renders it inside an
 * error boundary of its own ("The task pane stopped", Try again restarts it).
 */
import { useEffect, useRef } from "react";
import { Root, createRoot } from "react-dom/client";
import { officeWorkbookService } from "../../src/excel/officeWorkbookService";
import { mountTaskPane } from "../../src/taskpane/mount";
import { ErrorBoundary, WayOut } from "./ErrorBoundary";
import { PlaygroundWords, wordsFor } from "./words";

export interface TaskPanePanelProps {
  /** Ways out offered when the pane fails (e.g. "Reset sample"). */
  readonly actions?: readonly WayOut[];
  /** The title strip's words, in Office's language (default English). */
  readonly words?: PlaygroundWords;
}

/** `root`, rendering whatever it is given inside an error boundary. */
function guarded(root: Root, actions: () => readonly WayOut[] | undefined): Root {
  return {
    render: (children) =>
      root.render(
        <ErrorBoundary title="The task pane stopped" actions={actions()}>
          {children}
        </ErrorBoundary>
      ),
    unmount: () => root.unmount(),
  };
}

export function TaskPanePanel({ actions, words = wordsFor("en") }: TaskPanePanelProps) {
  const el = useRef<HTMLDivElement>(null);
  const ways = useRef(actions);
  ways.current = actions;
  useEffect(() => {
    if (!el.current) return undefined;
    const root = createRoot(el.current);
    mountTaskPane(
      guarded(root, () => ways.current),
      officeWorkbookService
    );
    // Unmount after the current render: React refuses a synchronous unmount during one.
    return () => void setTimeout(() => root.unmount(), 0);
  }, []);
  return (
    <aside className="pane" aria-label={words.taskPane}>
      <div className="pane-title">
        <span>{words.paneTitle}</span>
        <span className="pane-sub">{words.paneSubtitle}</span>
      </div>
      <div className="pane-body" ref={el} />
    </aside>
  );
}
