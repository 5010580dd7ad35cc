/**
 * The REAL task pane (src/taskpane, the code Excel loads) in a 360 px panel
 * beside the grid, as Excel shows it, over the Office.js workbook service:
 * it talks to the simulated host through the installed `Excel` global.
 */
import { useEffect, useRef } from "react";
import { createRoot } from "react-dom/client";
import { officeWorkbookService } from "../../src/excel/officeWorkbookService";
import { mountTaskPane } from "../../src/taskpane/mount";

export function TaskPanePanel() {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    const root = createRoot(el.current);
    mountTaskPane(root, officeWorkbookService);
    // Unmount after the current render: React refuses a synchronous unmount during one.
    return () => void setTimeout(() => root.unmount(), 0);
  }, []);
  return (
    <aside className="pane" aria-label="Task pane">
      <div className="pane-title">
        <span>Build scorecard</span>
        <span className="pane-sub">Scorecard for Excel add-in</span>
      </div>
      <div className="pane-body" ref={el} />
    </aside>
  );
}
