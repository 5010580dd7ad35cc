/* global setTimeout, Window, ErrorEvent, PromiseRejectionEvent */
/**
 * Errors nothing caught: exceptions thrown outside React's rendering (event
 * handlers, timers) and promise rejections nobody handled, in the
 * playground's own code or anything it calls. The page lists them in a banner
 * (./UncaughtBanner). The browser still reports them in its console: this log
 * only listens.
 */
import { caughtLately } from "./errors";

export interface UncaughtError {
  readonly id: number;
  readonly kind: "error" | "rejection";
  readonly error: unknown;
}

export class UncaughtLog {
  private items: readonly UncaughtError[] = [];
  private next = 1;
  private readonly listeners = new Set<() => void>();

  /** Starts listening to `target`'s error and unhandledrejection events; returns a function that stops. */
  listen(target: Window): () => void {
    const onError = (event: ErrorEvent) => {
      const error: unknown = event.error ?? event.message;
      // In development React also reports here a render error that an error boundary caught and
      // shows (errors.ts): decided once React has handled it.
      setTimeout(() => {
        if (!caughtLately(error)) this.add("error", error);
      }, 250);
    };
    const onRejection = (event: PromiseRejectionEvent) => this.add("rejection", event.reason);
    target.addEventListener("error", onError);
    target.addEventListener("unhandledrejection", onRejection);
    return () => {
      target.removeEventListener("error", onError);
      target.removeEventListener("unhandledrejection", onRejection);
    };
  }

  add(kind: UncaughtError["kind"], error: unknown): void {
    this.items = [...this.items, { id: this.next++, kind, error }];
    this.emit();
  }

  dismiss(id: number): void {
    this.items = this.items.filter((e) => e.id !== id);
    this.emit();
  }

  clear(): void {
    if (this.items.length === 0) return;
    this.items = [];
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UncaughtError[] => this.items;

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** The page's log (index.tsx starts it before anything else runs). */
export const uncaughtErrors = new UncaughtLog();
