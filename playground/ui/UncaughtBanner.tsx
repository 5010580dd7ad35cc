/**
 * A banner under the page's header for errors nothing caught (./uncaught):
 * the latest one with its message and details, how many more there are, and
 * ways out (dismiss, reset the sample).
 */
import { useSyncExternalStore } from "react";
import { CrashNotice, WayOut } from "./ErrorBoundary";
import type { UncaughtLog } from "./uncaught";

export interface UncaughtBannerProps {
  readonly log: UncaughtLog;
  readonly actions?: readonly WayOut[];
}

export function UncaughtBanner({ log, actions = [] }: UncaughtBannerProps) {
  const items = useSyncExternalStore(log.subscribe, log.getSnapshot);
  if (items.length === 0) return null;
  const latest = items[items.length - 1];
  const what =
    latest.kind === "rejection"
      ? "A promise was rejected and nothing handled it"
      : "An error was thrown and nothing caught it";
  const more = items.length > 1 ? ` (and ${items.length - 1} more)` : "";
  return (
    <CrashNotice
      key={latest.id}
      title={`${what}${more}`}
      error={latest.error}
      variant="banner"
      actions={[
        { label: items.length > 1 ? "Dismiss all" : "Dismiss", run: () => log.clear() },
        ...actions,
      ]}
    />
  );
}
