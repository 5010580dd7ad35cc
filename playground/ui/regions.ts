/**
 * F6 and Ctrl+F6 move the focus between the workbook's grid and the task
 * pane, as in Office (Shift goes the other way; with two regions both reach
 * the other one). From anywhere else on the page, F6 goes to the grid.
 */
import { useEffect } from "react";

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where F6 lands in each region: the grid itself, the pane's first control. */
function target(region: "grid" | "pane"): HTMLElement | null {
  if (region === "grid") return document.querySelector<HTMLElement>('[role="grid"]');
  return document.querySelector<HTMLElement>(
    `.pane-body ${FOCUSABLE.split(", ").join(", .pane-body ")}`
  );
}

export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F6" || e.altKey) return;
      const here = document.activeElement;
      const inGrid = here?.closest('[role="grid"]') != null;
      const el = target(inGrid ? "pane" : "grid");
      if (!el) return;
      e.preventDefault();
      el.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
