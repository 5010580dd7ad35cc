/* global queueMicrotask */
/**
 * Change notification for the playground's views of the simulated host.
 *
 * - Every request Microsoft's client sends (the task pane's and the grid's
 *   alike, in the middle of a long build too) ends in a notification: the
 *   host's `onRequest`.
 * - The grid's own selection changes (host.setSelection) call
 *   `notifySelection()`, which leaves `contentVersion` alone, so the sheet's
 *   geometry and cells are not read again for a click.
 *
 * Subscribers get a version number (useSyncExternalStore).
 */
import type { SimulatedHost } from "../../excel-simulator";

export class HostBus {
  private version = 0;
  /** Bumped by changes that may touch contents or formats (not by selection-only changes). */
  contentVersion = 0;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private scheduled = false;

  constructor(readonly host: SimulatedHost) {
    this.unsubscribe = host.onRequest(() => this.notify());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Tells subscribers the workbook changed (coalesced to one notification per task). */
  notify = (): void => {
    this.contentVersion++;
    this.notifySelection();
  };

  /** Tells subscribers only the selection (or the active sheet) changed. */
  notifySelection = (): void => {
    this.version++;
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const l of [...this.listeners]) l();
    });
  };

  /** Stops listening to the host. */
  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }
}
