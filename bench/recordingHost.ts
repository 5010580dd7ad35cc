/**
 * A recording Excel for benchmarks: every Office.js proxy object is a JS Proxy
 * that accepts any property read, call or write; property writes are queued
 * and serialized to JSON at `context.sync()` (what office.js does to send a
 * request), collections load as empty and every `*OrNullObject` is a null
 * object. No workbook, no formula engine: timing the writer on it shows the
 * add-in's own cost (plans → Office.js calls → request payloads).
 */
export interface RecordingExcel {
  readonly Excel: unknown;
  /** Method calls and property writes made so far. */
  readonly calls: number;
  readonly syncs: number;
  /** Bytes of JSON serialized at syncs. */
  readonly bytes: number;
}

export function recordingExcel(): RecordingExcel {
  let calls = 0;
  let syncs = 0;
  let bytes = 0;
  let queued: unknown[] = [];
  const sync = async (): Promise<void> => {
    syncs++;
    bytes += JSON.stringify(queued).length;
    queued = [];
  };
  const handler: ProxyHandler<() => void> = {
    get(_target, prop) {
      if (prop === "then") return undefined; // not a thenable: `await proxy` gives the proxy
      if (prop === "sync") return sync;
      if (prop === "items") return [];
      if (prop === "isNullObject") return true;
      if (prop === "toJSON") return () => ({});
      if (prop === Symbol.toPrimitive) return () => "";
      if (prop === "run") return async (batch: (context: unknown) => unknown) => batch(node());
      return node();
    },
    set(_target, _prop, value) {
      calls++;
      queued.push(value);
      return true;
    },
    apply() {
      calls++;
      return node();
    },
  };
  function node(): unknown {
    return new Proxy(function proxyTarget() {}, handler);
  }
  return {
    Excel: node(),
    get calls() {
      return calls;
    },
    get syncs() {
      return syncs;
    },
    get bytes() {
      return bytes;
    },
  };
}
