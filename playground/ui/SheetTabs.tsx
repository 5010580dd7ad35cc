/** Sheet tabs under the grid (generated sheets appear as the pane adds them), plus a status area. */
import type { ReactNode } from "react";
import type { TabInfo } from "./hostView";

export interface SheetTabsProps {
  readonly tabs: readonly TabInfo[];
  readonly active: string;
  readonly onActivate: (name: string) => void;
  readonly onAdd: () => void;
  readonly status?: ReactNode;
}

export function SheetTabs({ tabs, active, onActivate, onAdd, status }: SheetTabsProps) {
  return (
    <div className="tabs-bar">
      <div role="tablist" aria-label="Sheets" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.name}
            role="tab"
            type="button"
            aria-selected={t.name === active}
            className={t.name === active ? "tab active" : "tab"}
            style={t.color ? { borderBottomColor: t.color } : undefined}
            onClick={() => onActivate(t.name)}
          >
            {t.name}
          </button>
        ))}
        <button
          type="button"
          className="tab add"
          aria-label="New sheet"
          title="New sheet"
          onClick={onAdd}
        >
          +
        </button>
      </div>
      <div className="status" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
