/* global setInterval, clearInterval, queueMicrotask */
/**
 * Change notification for the simulated host, which has none of its own.
 *
 * - Every `Excel.run` (the task pane's and the grid's alike) ends in a
 *   notification: `host.run`, which the installed `Excel.run` calls, is
 *   wrapped on this host instance.
 * - Syncs that happen in the middle of a long run (a big build with progress)
 *   or through `new Excel.RequestContext()` are caught by a cheap poll of
 *   `host.syncCount` (one integer comparison every 250 ms).
 * - The grid's own selection changes (host.setSelection) call
 *   `notifySelection()`, which leaves `contentVersion` alone, so the sheet's
 *   geometry and cells are not read again for a click.
 *
 * Subscribers get a version number (useSyncExternalStore).
 */
import type { SimulatedHost } from "../host";

type RunFn = (first: unknown, second?: unknown) => Promise<unknown>;

export class HostBus {
  private version = 0;
  /** Bumped by changes that may touch contents or formats (not by selection-only changes). */
  contentVersion = 0;
  private readonly listeners = new Set<() => void>();
  private lastSyncs: number;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly originalRun: RunFn;
  private scheduled = false;

  constructor(readonly host: SimulatedHost) {
    const h = host as unknown as { run: RunFn };
    this.originalRun = h.run;
    const original = this.originalRun.bind(host);
    h.run = (first, second) =>
      original(first, second).finally(() => {
        this.lastSyncs = host.syncCount;
        this.notify();
      });
    this.lastSyncs = host.syncCount;
    this.timer = setInterval(() => {
      if (host.syncCount !== this.lastSyncs) {
        this.lastSyncs = host.syncCount;
        this.notify();
      }
    }, 250);
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

  /** Stops polling and unwraps the host's run. */
  dispose(): void {
    clearInterval(this.timer);
    (this.host as unknown as { run: RunFn }).run = this.originalRun;
    this.listeners.clear();
  }
}
